import { describe, expect, it } from "vitest";
import { db, getRoundTrips } from "~/lib/db.server";
import { getDashboard, getDashboardCached } from "../dashboards/dashboard.server";
import { getKpiDetail, listKpis, listRecordableKpis } from "../kpis/kpis.server";
import { createKpi, updateKpi } from "../kpis/edit.server";
import { recordMeasurement } from "../kpis/measurements.server";
import { fromWireSeries } from "../kpis/series-wire";
import { getMeasurementsCsv } from "../reports/exports.server";
import { getLeadershipReport } from "../reports/report.server";
import { setTaskDone } from "../tasks/status.server";
import { isoToUtcDate } from "../calendar/dates";
import { createCorrectionRateKpi } from "./kpi-offer.server";
import { createReview, updateReview } from "./edit.server";
import { oversightSetup, review, START, TODAY } from "./oversight.test-helpers";
import type { ReviewInput } from "./schema";

type Setup = Awaited<ReturnType<typeof oversightSetup>>;

function record(s: Setup, input: ReviewInput) {
  return createReview({
    orgId: s.org.id,
    actorId: s.member.id,
    useCase: s.useCase,
    input,
    today: TODAY,
    description: "",
  });
}

/** The one-click correction-rate KPI of the setup's use case. */
async function correctionKpi(s: Setup) {
  const created = await createCorrectionRateKpi({
    orgId: s.org.id,
    actorId: s.manager.id,
    useCase: s.useCase,
    name: "Korrekturquote",
    today: TODAY,
  });
  if (!created.ok) throw new Error("expected ok");
  return created.id;
}

/** Three weeks of reviews: 30 %, (none), 10 % in week of 2026-03-16, 5 % this week. */
async function threeWeeks(s: Setup) {
  const first = await record(s, review("2026-03-03", s.member.id, 20, 4, 2)); // 30 %
  await record(s, review("2026-03-16", s.manager.id, 10, 1)); // 10 %
  await record(s, review("2026-03-23", s.member.id, 20, 1)); // 5 %
  return first;
}

describe("derived KPIs (correction rate from the oversight log)", () => {
  it("gets one value per ISO week, dated on its Monday, with gaps, judged like any KPI", async () => {
    const s = await oversightSetup();
    const first = await threeWeeks(s);
    const kpiId = await correctionKpi(s);

    const detail = (await getKpiDetail({ orgId: s.org.id, kpiId }))!;
    expect(detail.kpi).toMatchObject({
      isDerived: true,
      source: "oversight_correction_rate",
      baseline: 30, // the first week's rate
      target: 10,
      baselineDate: START,
      targetDate: "2026-05-30",
      direction: "lower_is_better",
      unit: "%",
    });
    expect(detail.measurements).toEqual([]);
    expect(detail.values.map((p) => p.value)).toEqual([30, 10, 5]);
    expect(detail.weeks!.map((w) => [w.label, w.monday, w.value])).toEqual([
      ["2026-W10", "2026-03-02", 30],
      ["2026-W12", "2026-03-16", 10],
      ["2026-W13", "2026-03-23", 5],
    ]);
    // Latest 5 % on 2026-03-23 against a line at ~25 % that day: on track.
    expect(detail.summary).toMatchObject({
      status: "on_track",
      latest: { value: 5, date: "2026-03-23" },
      count: 3,
    });
    const [listed] = await listKpis({ orgId: s.org.id });
    expect(listed!.summary.spark).toEqual([30, 10, 5]);
    // Nobody types its values in: "my tasks" does not offer it to its owner.
    expect(await listRecordableKpis({ orgId: s.org.id, userId: s.member.id })).toEqual([]);

    // Correcting a past session changes that past week, and only that one.
    if (!first.ok) throw new Error("expected ok");
    await updateReview({
      orgId: s.org.id,
      actorId: s.manager.id,
      reviewId: first.id,
      useCase: s.useCase,
      today: TODAY,
      description: "",
      input: { ...review("2026-03-03", s.member.id, 20, 1, 1), version: 1 },
    });
    const after = (await getKpiDetail({ orgId: s.org.id, kpiId }))!;
    expect(after.weeks!.map((w) => w.value)).toEqual([10, 10, 5]);
  });

  it("takes no typed-in values, and a measured KPI cannot switch to the log", async () => {
    const s = await oversightSetup();
    const kpiId = await correctionKpi(s);
    expect(
      await recordMeasurement({
        orgId: s.org.id,
        actorId: s.member.id,
        kpiId,
        input: { value: 3, date: TODAY, note: "" },
      }),
    ).toEqual({ status: "not_found" });
    expect(await db.kpiMeasurement.count({ where: { kpiId } })).toBe(0);

    const manual = await createKpi({
      orgId: s.org.id,
      actorId: s.manager.id,
      input: {
        name: "Fehlerquote",
        category: "quality",
        unit: "%",
        direction: "lower_is_better",
        baseline: 6,
        target: 3,
        baselineDate: START,
        targetDate: "2026-05-30",
        roadmapId: s.roadmap.id,
        ownerId: null,
        useCaseId: s.useCase.id,
      },
    });
    if (!manual.ok) throw new Error("expected ok");
    await recordMeasurement({
      orgId: s.org.id,
      actorId: s.member.id,
      kpiId: manual.id,
      input: { value: 5, date: TODAY, note: "" },
    });
    const switched = await updateKpi({
      orgId: s.org.id,
      actorId: s.manager.id,
      kpiId: manual.id,
      input: {
        name: "Fehlerquote",
        category: "quality",
        unit: "%",
        direction: "lower_is_better",
        baseline: 6,
        target: 3,
        baselineDate: START,
        targetDate: "2026-05-30",
        roadmapId: s.roadmap.id,
        ownerId: null,
        useCaseId: s.useCase.id,
        source: "oversight_correction_rate",
        version: 1,
      },
    });
    expect(switched).toEqual({ ok: false, reason: "has_measurements" });
  });

  it("creates the one-click KPI once, audited, with an assumed 30 % before any review", async () => {
    const s = await oversightSetup();
    const id = await correctionKpi(s);
    expect(await correctionKpi(s)).toBe(id);
    const kpi = await db.kpi.findUniqueOrThrow({
      where: { id },
      select: { baseline: true, roadmapId: true, ownerId: true, useCaseId: true, source: true },
    });
    expect(kpi).toEqual({
      baseline: 30,
      roadmapId: s.roadmap.id,
      ownerId: s.member.id,
      useCaseId: s.useCase.id,
      source: "oversight_correction_rate",
    });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "create" } })).toBe(1);
  });

  it("never reads another organisation's log", async () => {
    const a = await oversightSetup("A GmbH");
    const b = await oversightSetup("B GmbH");
    await record(a, review("2026-03-23", a.member.id, 10, 1));
    const kpiId = await correctionKpi(a);
    // B's forged review names A's use case; B's forged KPI reads A's use case.
    await db.oversightReview.create({
      data: {
        orgId: b.org.id,
        useCaseId: a.useCase.id,
        date: isoToUtcDate("2026-03-23"),
        reviewedCount: 90,
        approvedCount: 0,
        correctedCount: 90,
        rejectedCount: 0,
      },
    });
    const forged = await db.kpi.create({
      data: {
        orgId: b.org.id,
        useCaseId: a.useCase.id,
        name: "Fremd",
        category: "quality",
        direction: "lower_is_better",
        baseline: 30,
        target: 10,
        baselineDate: isoToUtcDate(START),
        targetDate: isoToUtcDate("2026-05-30"),
        source: "oversight_correction_rate",
      },
    });
    expect((await getKpiDetail({ orgId: a.org.id, kpiId }))!.weeks!.map((w) => w.value)).toEqual([
      10,
    ]);
    expect((await getKpiDetail({ orgId: b.org.id, kpiId: forged.id }))!.weeks).toEqual([
      expect.objectContaining({ value: 100 }),
    ]);
    expect(await getKpiDetail({ orgId: b.org.id, kpiId })).toBeNull();
  });
});

describe("the dashboard, report and export treat a derived KPI like a measured one", () => {
  it("shows its weekly value and status, and an open high incident until its task is done", async () => {
    const s = await oversightSetup();
    await threeWeeks(s);
    const kpiId = await correctionKpi(s);
    const high = await record(
      s,
      review("2026-03-24", s.member.id, 10, 2, 2, {
        incident: { severity: "high", description: "Fremde Adresse im Entwurf" },
        followUp: { title: "Nachbereiten", ownerId: s.manager.id, dueDate: "2026-03-27" },
      }),
    );
    if (!high.ok) throw new Error("expected ok");
    await record(
      s,
      review("2026-03-24", s.member.id, 5, 0, 0, {
        incident: { severity: "low", description: "Ton" },
      }),
    );

    const args = { orgId: s.org.id, roadmapId: s.roadmap.id, today: TODAY };
    const before = getRoundTrips();
    const dashboard = (await getDashboard(args))!;
    expect(getRoundTrips() - before).toBe(2);
    const card = dashboard.kpis.find((k) => k.id === kpiId)!;
    // This week: (1 + 4) of (20 + 10 + 5) = 14.3 %.
    expect(card.summary).toMatchObject({
      status: "on_track",
      latest: { value: 14.3, date: "2026-03-23" },
      spark: [30, 10, 14.3],
    });
    expect(dashboard.openIncidents).toEqual([
      {
        reviewId: high.id,
        useCaseId: s.useCase.id,
        useCaseTitle: "Antwortentwürfe",
        date: "2026-03-24",
        description: "Fremde Adresse im Entwurf",
        task: {
          id: high.followUpTaskId,
          title: "Nachbereiten",
          status: "todo",
          dueDate: "2026-03-27",
          ownerName: s.manager.name,
          roadmapId: s.roadmap.id,
        },
      },
    ]);
    expect(dashboard.useCaseCount).toBe(1);

    const report = (await getLeadershipReport(args))!;
    const series = report.kpis.find((k) => k.id === kpiId)!.series!;
    // The series travels packed (one string); unpacked it is the weekly rates.
    expect(fromWireSeries(series).actual).toEqual([
      { date: "2026-03-02", value: 30 },
      { date: "2026-03-16", value: 10 },
      { date: "2026-03-23", value: 14.3 },
    ]);
    expect(report.openIncidents).toHaveLength(1);

    const csv = await getMeasurementsCsv({
      orgId: s.org.id,
      orgSlug: s.org.slug,
      today: TODAY,
      locale: "de",
    });
    expect(csv.body).toContain(
      ";2026-03-23;14,3;2026-W13: 5/35;;Aufsichtsprotokoll: Korrekturquote",
    );

    // Ticking the follow-up task off closes the incident (the cache sees the write).
    await getDashboardCached(args);
    await setTaskDone({
      orgId: s.org.id,
      actorId: s.manager.id,
      requestId: "test",
      taskId: high.followUpTaskId!,
      done: true,
    });
    expect((await getDashboardCached(args))!.openIncidents).toEqual([]);
  });
});
