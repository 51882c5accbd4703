import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { createOrgWithMember } from "~/test/factories";
import { getKpiDetail } from "./kpis.server";
import { createKpi, updateKpi } from "./edit.server";
import { recordMeasurement } from "./measurements.server";
import type { CreateKpiInput } from "./schema";

// The rules behind every stored value (issue 15, items 1 and 2), through the module
// functions the KPI page's actions call.

const TODAY = "2026-04-20";

const minutes: CreateKpiInput = {
  name: "Minutes per request",
  category: "efficiency",
  unit: "min",
  direction: "lower_is_better",
  baseline: 20,
  target: 10,
  baselineDate: "2026-03-02",
  targetDate: "2026-05-30",
  roadmapId: null,
  ownerId: null,
  useCaseId: null,
};

async function setup(input: Partial<CreateKpiInput> = {}) {
  const { org, user } = await createOrgWithMember("manager");
  const created = await createKpi({
    orgId: org.id,
    actorId: user.id,
    input: { ...minutes, ...input },
  });
  if (!created.ok) throw new Error("setup failed");
  const record = (
    value: number,
    date: string,
    answers: { confirmOutlier?: boolean; sameDay?: "replace" | "correction" } = {},
  ) =>
    recordMeasurement({
      orgId: org.id,
      actorId: user.id,
      kpiId: created.id,
      input: { value, date, note: "", ...answers },
      today: TODAY,
    });
  // The stored values in recording order (the detail page lists them newest first).
  const stored = async () =>
    (await getKpiDetail({ orgId: org.id, kpiId: created.id }))!.measurements
      .map((m) => m.value)
      .reverse();
  return { org, user, kpiId: created.id, record, stored };
}

describe("recording a measurement", () => {
  it("derives the kind of value from the unit when none is chosen", async () => {
    const percent = await setup({
      unit: "%",
      baseline: 40,
      target: 80,
      direction: "higher_is_better",
    });
    const kpi = await db.kpi.findUniqueOrThrow({ where: { id: percent.kpiId } });
    expect(kpi.valueKind).toBe("percent");
    const count = await setup();
    expect((await db.kpi.findUniqueOrThrow({ where: { id: count.kpiId } })).valueKind).toBe(
      "non_negative",
    );
  });

  it("refuses a percentage beyond 0–100 and a negative duration, storing nothing", async () => {
    const percent = await setup({
      unit: "%",
      baseline: 40,
      target: 80,
      direction: "higher_is_better",
    });
    expect(await percent.record(-12, TODAY)).toEqual({
      status: "invalid",
      fieldErrors: { value: { key: "kpis.errors.percentRange" } },
    });
    expect(await percent.record(130, TODAY)).toMatchObject({ status: "invalid" });
    const duration = await setup();
    expect(await duration.record(-3, TODAY)).toEqual({
      status: "invalid",
      fieldErrors: { value: { key: "kpis.errors.negative" } },
    });
    expect(await percent.stored()).toEqual([]);
    expect(await duration.stored()).toEqual([]);
  });

  it("takes a negative value when the KPI says any number goes", async () => {
    const change = await setup({
      unit: "%",
      valueKind: "any",
      baseline: -5,
      target: 15,
      direction: "higher_is_better",
    });
    expect(await change.record(-2, TODAY)).toMatchObject({ status: "recorded" });
    expect(await change.record(140, "2026-04-19")).toMatchObject({ status: "recorded" });
  });

  it("refuses dates in the future and more than a year before the baseline", async () => {
    const { record, stored } = await setup();
    expect(await record(15, "2026-04-22")).toMatchObject({
      status: "invalid",
      fieldErrors: { date: { key: "kpis.errors.futureDate" } },
    });
    expect(await record(15, "1900-03-02")).toEqual({
      status: "invalid",
      fieldErrors: { date: { key: "kpis.errors.tooEarlyDate", earliest: "2025-03-02" } },
    });
    expect(await record(15, "2025-03-02")).toMatchObject({ status: "recorded" });
    expect(await stored()).toEqual([15]);
  });

  it("asks before storing a value far outside the history, and stores it once confirmed", async () => {
    const { record, stored } = await setup();
    await record(16, "2026-03-09");
    // Baseline 20, target 10, one value 16: the range is 10, so 150 is 13 ranges off.
    expect(await record(150, "2026-03-16")).toEqual({
      status: "outlier",
      history: { low: 10, high: 20 },
    });
    expect(await stored()).toEqual([16]);
    expect(await record(150, "2026-03-16", { confirmOutlier: true })).toMatchObject({
      status: "recorded",
    });
    expect(await stored()).toEqual([16, 150]);
    // The confirmed value is history now: 160 is no longer far outside it.
    expect(await record(160, "2026-03-23")).toMatchObject({ status: "recorded" });
  });

  it("asks about a second value for a day: replace keeps one row, a correction adds one that counts", async () => {
    const { org, kpiId, record, stored } = await setup();
    const first = await record(16, "2026-03-09");
    expect(first).toMatchObject({ status: "recorded" });
    expect(await record(14, "2026-03-09")).toEqual({ status: "same_day", existing: { value: 16 } });
    expect(await stored()).toEqual([16]);

    const replaced = await record(14, "2026-03-09", { sameDay: "replace" });
    expect(replaced).toEqual(first);
    expect(await stored()).toEqual([14]);
    const audit = await db.auditEvent.findMany({
      where: { orgId: org.id, entity: "kpi_measurement" },
      orderBy: { createdAt: "asc" },
      select: { action: true, before: true, after: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["record", "update"]);
    expect(audit[1]!.before).toMatchObject({ value: 16 });

    expect(await record(13, "2026-03-09", { sameDay: "correction" })).toMatchObject({
      status: "recorded",
    });
    expect(await stored()).toEqual([14, 13]);
    const detail = (await getKpiDetail({ orgId: org.id, kpiId }))!;
    // The correction is what the KPI is judged by.
    expect(detail.summary.latest).toEqual({ value: 13, date: "2026-03-09" });
    expect(detail.summary.spark).toEqual([13]);
  });
});

describe("the kind of value on an edit", () => {
  it("refuses a kind that recorded measurements do not fit, and a baseline outside it", async () => {
    const { org, user, kpiId, record } = await setup({
      unit: "%",
      valueKind: "any",
      baseline: 40,
      target: 80,
      direction: "higher_is_better",
    });
    await record(120, TODAY);
    const edit = (input: Partial<CreateKpiInput>) =>
      updateKpi({
        orgId: org.id,
        actorId: user.id,
        kpiId,
        input: {
          ...minutes,
          unit: "%",
          baseline: 40,
          target: 80,
          direction: "higher_is_better",
          version: 1,
          ...input,
        },
      });
    expect(await edit({ valueKind: "percent" })).toEqual({
      ok: false,
      reason: "measurements_outside_kind",
      count: 1,
    });
    expect(await edit({ valueKind: "non_negative", baseline: -1 })).toEqual({
      ok: false,
      reason: "value_kind",
      fields: { baseline: "kpis.errors.negative" },
    });
    // Without a kind named, the stored one (any number) stays and is checked.
    expect(await edit({ baseline: -1 })).toEqual({ ok: true, id: kpiId });
    expect((await db.kpi.findUniqueOrThrow({ where: { id: kpiId } })).valueKind).toBe("any");
  });
});
