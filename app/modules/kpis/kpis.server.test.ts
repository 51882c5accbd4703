import { describe, expect, it } from "vitest";
import { captureStatements, db, getRoundTrips } from "~/lib/db.server";
import { addDaysIso, isoToUtcDate } from "~/modules/calendar/dates";
import { addMember, createOrgWithMember, createTemplateRoadmap } from "~/test/factories";
import {
  getKpiDetail,
  getKpiForEdit,
  listKpis,
  listRecordableKpis,
  MEASUREMENTS_PAGE_SIZE,
} from "./kpis.server";
import { createKpi, setKpiArchived, updateKpi } from "./edit.server";
import { deleteMeasurement, recordMeasurement, updateMeasurement } from "./measurements.server";
import type { RecordResult } from "./measurements.server";
import type { CreateKpiInput } from "./schema";

export function recordedId(result: RecordResult): string {
  if (result.status !== "recorded") throw new Error(`not recorded: ${result.status}`);
  return result.id;
}

const input: CreateKpiInput = {
  name: "Minutes per request",
  category: "efficiency",
  unit: "min",
  direction: "lower_is_better",
  baseline: 18,
  target: 9,
  baselineDate: "2026-03-02",
  targetDate: "2026-05-30",
  roadmapId: null,
  ownerId: null,
  useCaseId: null,
};

async function setup() {
  const { org, user } = await createOrgWithMember("manager");
  const member = await addMember(org.id, "member");
  const created = await createKpi({
    orgId: org.id,
    actorId: user.id,
    input: { ...input, ownerId: member.id },
  });
  if (!created.ok) throw new Error("setup failed");
  return { org, manager: user, member, kpiId: created.id };
}

describe("KPIs", () => {
  it("creates a KPI with an audit event and lists it as 'no data' until measured", async () => {
    const { org, kpiId, member } = await setup();
    const [item] = await listKpis({ orgId: org.id });
    expect(item).toMatchObject({ id: kpiId, name: "Minutes per request", ownerName: member.name });
    expect(item!.summary.status).toBe("no_data");
    const audit = await db.auditEvent.findMany({ where: { orgId: org.id, entityId: kpiId } });
    expect(audit.map((a) => a.action)).toEqual(["create"]);
  });

  it("judges the status from the latest measurement", async () => {
    const { org, kpiId, member } = await setup();
    const record = (value: number, date: string) =>
      recordMeasurement({
        orgId: org.id,
        actorId: member.id,
        kpiId,
        input: { value, date, note: "" },
      });
    await record(18, "2026-03-02");
    expect((await listKpis({ orgId: org.id }))[0]!.summary.status).toBe("on_track");
    // Halfway (2026-04-16, expected ≈ 13.5): 16 is 2.5 worse, beyond 20 % of 9 = 1.8.
    await record(16, "2026-04-16");
    const [item] = await listKpis({ orgId: org.id });
    expect(item!.summary.status).toBe("off_track");
    expect(item!.summary.latest).toEqual({ value: 16, date: "2026-04-16" });
    expect(item!.summary.spark).toEqual([18, 16]);
  });

  it("refuses references to another organisation's roadmap, owner or use case", async () => {
    const { org, manager } = await setup();
    const other = await createOrgWithMember("owner");
    const roadmap = await createTemplateRoadmap(other.actor, { title: "Other" });
    const result = await createKpi({
      orgId: org.id,
      actorId: manager.id,
      input: { ...input, roadmapId: roadmap.id, ownerId: other.user.id },
    });
    expect(result).toEqual({
      ok: false,
      reason: "invalid_reference",
      fields: ["roadmapId", "ownerId"],
    });
  });

  it("refuses a stale edit and returns the current values", async () => {
    const { org, manager, kpiId } = await setup();
    const first = await updateKpi({
      orgId: org.id,
      actorId: manager.id,
      kpiId,
      input: { ...input, name: "First edit", version: 1 },
    });
    expect(first).toEqual({ ok: true, id: kpiId });
    const second = await updateKpi({
      orgId: org.id,
      actorId: manager.id,
      kpiId,
      input: { ...input, name: "Second edit", version: 1 },
    });
    expect(second).toMatchObject({ ok: false, reason: "stale", current: { name: "First edit" } });
    expect((await getKpiForEdit({ orgId: org.id, kpiId }))!.name).toBe("First edit");
  });

  it("archives and restores, hiding archived KPIs from the active list", async () => {
    const { org, manager, kpiId } = await setup();
    expect(
      await setKpiArchived({ orgId: org.id, actorId: manager.id, kpiId, archived: true }),
    ).toBe(true);
    expect(await listKpis({ orgId: org.id })).toHaveLength(0);
    expect(await listKpis({ orgId: org.id, archived: true })).toHaveLength(1);
    // Archiving twice changes nothing.
    expect(
      await setKpiArchived({ orgId: org.id, actorId: manager.id, kpiId, archived: true }),
    ).toBe(false);
    // Nobody records on an archived KPI.
    expect(
      await recordMeasurement({
        orgId: org.id,
        actorId: manager.id,
        kpiId,
        input: { value: 1, date: "2026-03-10", note: "" },
      }),
    ).toEqual({ status: "not_found" });
    await setKpiArchived({ orgId: org.id, actorId: manager.id, kpiId, archived: false });
    expect(await listKpis({ orgId: org.id })).toHaveLength(1);
  });

  it("lets people change only their own measurements, managers anyone's", async () => {
    const { org, manager, member, kpiId } = await setup();
    const measurementId = recordedId(
      await recordMeasurement({
        orgId: org.id,
        actorId: manager.id,
        kpiId,
        input: { value: 17, date: "2026-03-09", note: "" },
      }),
    );
    const change = { value: 15, date: "2026-03-09", note: "corrected" };
    const base = { orgId: org.id, kpiId, measurementId, version: 1 };
    const refused = { status: "not_found" };
    const done = { status: "ok" };
    expect(
      await updateMeasurement({ ...base, actorId: member.id, canChangeAll: false, input: change }),
    ).toEqual(refused);
    expect(await deleteMeasurement({ ...base, actorId: member.id, canChangeAll: false })).toEqual(
      refused,
    );
    const mine = recordedId(
      await recordMeasurement({
        orgId: org.id,
        actorId: member.id,
        kpiId,
        input: { value: 16, date: "2026-03-16", note: "" },
      }),
    );
    expect(
      await updateMeasurement({
        ...base,
        measurementId: mine,
        actorId: member.id,
        canChangeAll: false,
        input: change,
      }),
    ).toEqual(done);
    expect(
      await updateMeasurement({ ...base, actorId: manager.id, canChangeAll: true, input: change }),
    ).toEqual(done);
    expect(
      await deleteMeasurement({
        ...base,
        measurementId: mine,
        version: 2, // corrected once above
        actorId: member.id,
        canChangeAll: false,
      }),
    ).toEqual(done);
    const detail = await getKpiDetail({ orgId: org.id, kpiId });
    expect(detail!.measurements.map((m) => [m.value, m.note])).toEqual([[15, "corrected"]]);
    const actions = await db.auditEvent.findMany({
      where: { orgId: org.id, entity: "kpi_measurement" },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "record",
      "record",
      "update",
      "update",
      "delete",
    ]);
  });

  it("never shows or changes another organisation's KPI", async () => {
    const { kpiId, manager } = await setup();
    const other = await createOrgWithMember("owner");
    expect(await getKpiDetail({ orgId: other.org.id, kpiId })).toBeNull();
    expect(await listKpis({ orgId: other.org.id })).toEqual([]);
    expect(
      await updateKpi({
        orgId: other.org.id,
        actorId: other.user.id,
        kpiId,
        input: { ...input, version: 1 },
      }),
    ).toEqual({ ok: false, reason: "not_found" });
    expect(
      await setKpiArchived({ orgId: other.org.id, actorId: manager.id, kpiId, archived: true }),
    ).toBe(false);
    expect(
      await recordMeasurement({
        orgId: other.org.id,
        actorId: other.user.id,
        kpiId,
        input: { value: 1, date: "2026-03-10", note: "" },
      }),
    ).toEqual({ status: "not_found" });
  });

  it("offers 'my tasks' the active KPIs a person owns, by name, in one statement", async () => {
    const { org, member, manager, kpiId } = await setup();
    const another = await createKpi({
      orgId: org.id,
      actorId: manager.id,
      input: { ...input, name: "Antwortzeit", unit: "Std.", ownerId: member.id },
    });
    const archived = await createKpi({
      orgId: org.id,
      actorId: manager.id,
      input: { ...input, name: "Alt", ownerId: member.id },
    });
    if (!another.ok || !archived.ok) throw new Error("setup failed");
    await setKpiArchived({
      orgId: org.id,
      actorId: manager.id,
      kpiId: archived.id,
      archived: true,
    });
    let offered: Awaited<ReturnType<typeof listRecordableKpis>> = [];
    const statements = await captureStatements(async () => {
      offered = await listRecordableKpis({ orgId: org.id, userId: member.id });
    });
    expect(statements).toHaveLength(1);
    expect(offered).toEqual([
      { id: another.id, name: "Antwortzeit", unit: "Std." },
      { id: kpiId, name: input.name, unit: input.unit },
    ]);
    expect(await listRecordableKpis({ orgId: org.id, userId: manager.id })).toEqual([]);
    const other = await createOrgWithMember("owner");
    expect(await listRecordableKpis({ orgId: other.org.id, userId: member.id })).toEqual([]);
  });

  it("pages a KPI fed many times a day: one value per day for the chart, 50 rows a page, 3 statements", async () => {
    const { org, kpiId, member } = await setup();
    // 40 days × 3 values, recorded a second apart: the day's last one counts.
    const start = Date.UTC(2026, 2, 2, 8);
    await db.kpiMeasurement.createMany({
      data: Array.from({ length: 120 }, (_, i) => {
        const day = Math.floor(i / 3);
        return {
          orgId: org.id,
          kpiId,
          value: day * 10 + (i % 3),
          date: isoToUtcDate(addDaysIso("2026-03-02", day)),
          recordedById: member.id,
          createdAt: new Date(start + i * 1000),
        };
      }),
    });
    const before = getRoundTrips();
    const first = (await getKpiDetail({ orgId: org.id, kpiId }))!;
    expect(getRoundTrips() - before).toBe(3);
    expect(first.measurementPages).toEqual({ page: 1, pages: 3, total: 120 });
    expect(first.measurements).toHaveLength(MEASUREMENTS_PAGE_SIZE);
    // Newest first; within the last day the latest counts and the first is no correction.
    expect(
      first.measurements.slice(0, 3).map((m) => [m.date, m.value, m.counts, m.firstOfDay]),
    ).toEqual([
      ["2026-04-10", 392, true, false],
      ["2026-04-10", 391, false, false],
      ["2026-04-10", 390, false, true],
    ]);
    expect(first.measurements[0]!.recordedByName).toBe(member.name);
    // The chart and status read one value per day: the last recorded.
    expect(first.values).toHaveLength(40);
    expect(first.values[0]).toEqual({ date: "2026-03-02", value: 2 });
    expect(first.values.at(-1)).toEqual({ date: "2026-04-10", value: 392 });
    expect(first.summary.latest).toEqual({ date: "2026-04-10", value: 392 });

    const last = (await getKpiDetail({ orgId: org.id, kpiId, page: 3 }))!;
    expect(last.measurements).toHaveLength(20);
    expect(last.measurements.at(-1)).toMatchObject({ date: "2026-03-02", value: 0 });
    const all = [first, (await getKpiDetail({ orgId: org.id, kpiId, page: 2 }))!, last].flatMap(
      (page) => page.measurements.map((m) => m.id),
    );
    expect(new Set(all).size).toBe(120);
    // Past the last page: no rows, and the page count says where the last one is.
    const beyond = (await getKpiDetail({ orgId: org.id, kpiId, page: 9 }))!;
    expect(beyond.measurements).toEqual([]);
    expect(beyond.measurementPages.pages).toBe(3);
  });
});
