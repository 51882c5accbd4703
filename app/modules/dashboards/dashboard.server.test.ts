import { describe, expect, it } from "vitest";
import { db, getRoundTrips } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { createOrgWithMember, createOrgWithRoadmap, createUser } from "~/test/factories";
import { updateProfile } from "../auth/auth.server";
import { recordMeasurement } from "../kpis/measurements.server";
import { planTask } from "../tasks/tasks.server";
import { SPARKLINE_POINTS } from "../kpis/summary";
import { addDaysIso, isoToUtcDate, utcDateToIso } from "../calendar/dates";
import { getDashboard, getDashboardCached } from "./dashboard.server";

const START = "2026-03-02";
/** The roadmap every test here starts from. */
const ROADMAP = { startDate: START, plannedBudgetCents: 5_000_000 };

/** A KPI of the roadmap, measured from its start to its 90th day. */
function createKpi(
  orgId: string,
  roadmapId: string,
  kpi: Omit<Prisma.KpiUncheckedCreateInput, "orgId" | "roadmapId" | "baselineDate" | "targetDate">,
) {
  return db.kpi.create({
    data: {
      orgId,
      roadmapId,
      baselineDate: isoToUtcDate(START),
      targetDate: isoToUtcDate(addDaysIso(START, 89)),
      ...kpi,
    },
  });
}

describe("getDashboard", () => {
  it("sums progress, budget, KPI status, tiers and the value of saved hours", async () => {
    const { org, user, roadmap } = await createOrgWithRoadmap(ROADMAP);
    const today = addDaysIso(START, 28); // 4 weeks in
    const tasks = await db.task.findMany({
      where: { roadmapId: roadmap.id, phaseId: roadmap.phaseIds.analysis },
      orderBy: { dueDate: "asc" },
      select: { id: true },
    });
    await db.task.update({
      where: { id: tasks[0]!.id },
      data: { status: "done", completedAt: isoToUtcDate(addDaysIso(START, 3)) },
    });
    await db.phase.update({
      where: { id: roadmap.phaseIds.analysis },
      data: { gateStatus: "requested" },
    });
    await db.budgetLine.createMany({
      data: [
        { plannedCents: 600_000, actualCents: 540_000, label: "Workshops" },
        { plannedCents: 250_000, actualCents: 310_000, label: "Legal" },
      ].map((l) => ({
        ...l,
        orgId: org.id,
        roadmapId: roadmap.id,
        phaseId: roadmap.phaseIds.analysis,
      })),
    });
    const piloting = await db.useCase.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        title: "Replies",
        status: "piloting",
        hoursSavedPerWeek: 22,
        hourlyCostCents: 5200,
      },
    });
    // An unlinked candidate counts in the tiers but not in the value.
    await db.useCase.create({
      data: {
        orgId: org.id,
        title: "Offers",
        status: "selected",
        hoursSavedPerWeek: 10,
        hourlyCostCents: 6000,
      },
    });
    await db.useCase.create({ data: { orgId: org.id, title: "Rejected", status: "rejected" } });
    // Two completed assessments: the later one's tier counts.
    await db.assessment.createMany({
      data: [
        { tier: "high_risk", completedAt: new Date("2026-03-05T10:00:00Z") },
        { tier: "limited", completedAt: new Date("2026-03-20T10:00:00Z") },
      ].map((a) => ({
        ...a,
        orgId: org.id,
        useCaseId: piloting.id,
        status: "completed" as const,
        answers: {},
        rulesetVersion: "test",
      })),
    });
    const kpi = await createKpi(org.id, roadmap.id, {
      name: "Minutes",
      category: "efficiency",
      direction: "lower_is_better",
      baseline: 18,
      target: 9,
    });
    await db.kpiMeasurement.createMany({
      data: [
        { value: 18, date: isoToUtcDate(START) },
        { value: 15, date: isoToUtcDate(addDaysIso(START, 28)) },
      ].map((m) => ({ ...m, orgId: org.id, kpiId: kpi.id, recordedById: user.id })),
    });

    await createKpi(org.id, roadmap.id, {
      name: "Not measured yet",
      category: "quality",
      direction: "higher_is_better",
      baseline: 1,
      target: 2,
    });

    const d = (await getDashboard({ orgId: org.id, roadmapId: roadmap.id, today }))!;
    expect(d.roadmap).toMatchObject({
      title: "Pilot",
      startDate: START,
      plannedBudgetCents: 5_000_000,
    });
    expect(d.overall.done).toBe(1);
    expect(d.phases.map((p) => p.gate.state)).toEqual(["overdue", "due", "upcoming"]);
    expect(d.phases[0]!.budget).toEqual({ plannedCents: 850_000, actualCents: 850_000 });
    expect(d.budget).toMatchObject({ plannedCents: 850_000, actualCents: 850_000 });
    expect(d.burnUp[0]).toMatchObject({ week: 1, done: 1 });
    expect(d.burnUp.at(-1)!.done).toBeNull();
    expect(d.kpis.map((k) => k.name)).toEqual(["Minutes", "Not measured yet"]);
    expect(d.kpis[1]!.summary).toMatchObject({ status: "no_data", spark: [] });
    // Day 28 of 89: expected ≈ 15.17 min; 15 is better → on track.
    expect(d.kpis[0]!.summary).toMatchObject({ status: "on_track", spark: [18, 15] });
    expect(Object.fromEntries(d.tiers.map((x) => [x.tier, x.count]))).toMatchObject({
      limited: 1,
      high_risk: 0,
      not_assessed: 1,
    });
    expect(d.useCaseCount).toBe(2);
    // 22 h × €52 × 4 weeks.
    expect(d.value.soFarCents).toBe(457_600);
    expect(d.overdueByOwner.length).toBeGreaterThan(0);
    expect(d.overdueByOwner[0]!.ownerName).toBe(user.name);
  });

  it("does not reveal another organisation's roadmap", async () => {
    const { roadmap } = await createOrgWithRoadmap(ROADMAP);
    const { org: other } = await createOrgWithMember("owner");
    expect(await getDashboard({ orgId: other.id, roadmapId: roadmap.id, today: START })).toBeNull();
  });

  it("shows a same-day correction as the latest value, and only this organisation's measurements", async () => {
    const { org, roadmap } = await createOrgWithRoadmap(ROADMAP);
    const { org: other } = await createOrgWithMember("owner");
    const kpi = await createKpi(org.id, roadmap.id, {
      name: "Replies per day",
      category: "efficiency",
      direction: "higher_is_better",
      baseline: 10,
      target: 40,
    });
    // Recorded at 01:00, corrected at 02:00 the same day.
    const day = isoToUtcDate(addDaysIso(START, 14));
    await db.kpiMeasurement.createMany({
      data: [
        { value: 12, hour: 1 },
        { value: 21, hour: 2 },
      ].map(({ value, hour }) => ({
        orgId: org.id,
        kpiId: kpi.id,
        value,
        date: day,
        createdAt: new Date(day.getTime() + hour * 3_600_000),
      })),
    });
    // A row that claims the KPI but belongs to another organisation never shows.
    await db.kpiMeasurement.create({
      data: {
        orgId: other.id,
        kpiId: kpi.id,
        value: 999,
        date: isoToUtcDate(addDaysIso(START, 20)),
      },
    });

    const d = (await getDashboard({
      orgId: org.id,
      roadmapId: roadmap.id,
      today: addDaysIso(START, 21),
    }))!;
    expect(d.kpis).toHaveLength(1);
    expect(d.kpis[0]!.summary.latest).toEqual({ value: 21, date: addDaysIso(START, 14) });
    // One value per day: the correction replaces the slip in the sparkline too.
    expect(d.kpis[0]!.summary.spark).toEqual([21]);
  });

  it("shows a change on the next visit, however it was remembered", async () => {
    const { org, user, roadmap } = await createOrgWithRoadmap(ROADMAP);
    const kpi = await createKpi(org.id, roadmap.id, {
      name: "Angebote pro Woche",
      category: "efficiency",
      direction: "higher_is_better",
      baseline: 0,
      target: 40,
    });
    const args = { orgId: org.id, roadmapId: roadmap.id, today: addDaysIso(START, 14) };
    const first = (await getDashboardCached(args))!;
    expect(first.kpis[0]!.summary.latest).toBeNull();

    await recordMeasurement({
      orgId: org.id,
      actorId: user.id,
      requestId: "test",
      kpiId: kpi.id,
      input: { value: 2, date: addDaysIso(START, 14), note: "" },
    });
    const measured = (await getDashboardCached(args))!;
    expect(measured.kpis[0]!.summary.latest).toEqual({ value: 2, date: addDaysIso(START, 14) });
    expect(measured.kpis[0]!.summary.status).not.toBe("no_data");

    // Assigning an overdue task, then the owner renaming themself (another table, no
    // roadmap row, no organisation in its audit event) show too.
    const task = await db.task.findFirstOrThrow({
      where: { roadmapId: roadmap.id, dueDate: { lt: isoToUtcDate(args.today) } },
      select: { id: true, dueDate: true, priority: true, version: true },
    });
    await planTask({
      orgId: org.id,
      actorId: user.id,
      roadmapId: roadmap.id,
      data: {
        taskId: task.id,
        ownerId: user.id,
        dueDate: utcDateToIso(task.dueDate!),
        priority: task.priority,
        version: task.version,
      },
    });
    const assigned = (await getDashboardCached(args))!;
    expect(assigned.overdueByOwner.map((g) => g.ownerName)).toContain(user.name);
    await updateProfile({ userId: user.id, name: "Neuer Name", locale: "de", requestId: "t" });
    const renamed = (await getDashboardCached(args))!;
    expect(renamed.overdueByOwner.map((g) => g.ownerName)).toContain("Neuer Name");

    // The next day is its own entry (overdue and "so far" depend on the date).
    const nextDay = (await getDashboardCached({ ...args, today: addDaysIso(args.today, 1) }))!;
    expect(nextDay.today).toBe(addDaysIso(args.today, 1));
  });

  it("needs 3 database round trips (the session's included) for 300 tasks and 20 KPIs × 90 measurements", async () => {
    const { org, user, roadmap } = await createOrgWithRoadmap(ROADMAP);
    const owners = await Promise.all([createUser(), createUser(), createUser()]);
    const phaseIds = [roadmap.phaseIds.analysis, roadmap.phaseIds.pilot, roadmap.phaseIds.scale];
    await db.task.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        orgId: org.id,
        roadmapId: roadmap.id,
        phaseId: phaseIds[i % 3]!,
        title: `Task ${i}`,
        dueDate: isoToUtcDate(addDaysIso(START, i % 90)),
        status: (["todo", "in_progress", "blocked", "done"] as const)[i % 4],
        ownerId: owners[i % 3]!.id,
        position: 100 + i,
      })),
    });
    for (let k = 0; k < 20; k++) {
      const kpi = await createKpi(org.id, roadmap.id, {
        name: `KPI ${k}`,
        category: "efficiency",
        direction: "higher_is_better",
        baseline: 0,
        target: 100,
        ownerId: user.id,
      });
      await db.kpiMeasurement.createMany({
        data: Array.from({ length: 90 }, (_, day) => ({
          orgId: org.id,
          kpiId: kpi.id,
          value: day,
          date: isoToUtcDate(addDaysIso(START, day)),
        })),
      });
    }
    await db.useCase.createMany({
      data: Array.from({ length: 10 }, (_, i) => ({
        orgId: org.id,
        roadmapId: roadmap.id,
        title: `Use case ${i}`,
        status: i < 2 ? ("piloting" as const) : ("candidate" as const),
        hoursSavedPerWeek: 5,
        hourlyCostCents: 5000,
      })),
    });

    // As the page loads it on a miss: the dashboard's own statements (the organisation's
    // data version comes with the session's).
    const { dataVersion } = await db.organisation.findUniqueOrThrow({
      where: { id: org.id },
      select: { dataVersion: true },
    });
    const args = { orgId: org.id, roadmapId: roadmap.id, today: addDaysIso(START, 45) };
    let before = getRoundTrips();
    const d = await getDashboardCached({ ...args, dataVersion });
    expect(getRoundTrips() - before).toBe(2);
    // Nothing written since: the next visit sends nothing at all.
    before = getRoundTrips();
    expect(await getDashboardCached({ ...args, dataVersion })).toEqual(d);
    expect(getRoundTrips() - before).toBe(0);
    expect(d!.overall.total).toBeGreaterThan(300);
    expect(d!.kpis).toHaveLength(20);
    // Each card gets the latest points only; the newest (day 89) decides the status.
    expect(d!.kpis.every((k) => k.summary.spark.length === SPARKLINE_POINTS)).toBe(true);
    expect(d!.kpis[0]!.summary.latest).toEqual({ value: 89, date: addDaysIso(START, 89) });
    expect(d!.useCaseCount).toBe(10);
  });

  it("keeps one organisation's dashboard remembered while another organisation writes", async () => {
    const a = await createOrgWithRoadmap(ROADMAP);
    const b = await createOrgWithRoadmap(ROADMAP);
    const kpi = await createKpi(b.org.id, b.roadmap.id, {
      name: "Angebote pro Woche",
      category: "efficiency",
      direction: "higher_is_better",
      baseline: 0,
      target: 40,
    });
    const versionOf = async (orgId: string) =>
      (await db.organisation.findUniqueOrThrow({ where: { id: orgId } })).dataVersion;
    const [aBefore, bBefore] = [await versionOf(a.org.id), await versionOf(b.org.id)];
    await recordMeasurement({
      orgId: b.org.id,
      actorId: b.user.id,
      requestId: "test",
      kpiId: kpi.id,
      input: { value: 2, date: addDaysIso(START, 14), note: "" },
    });
    expect(await versionOf(b.org.id)).toBeGreaterThan(bBefore);
    expect(await versionOf(a.org.id)).toBe(aBefore);
    // A's dashboard, remembered under A's version, is still served without a statement.
    const args = { orgId: a.org.id, roadmapId: a.roadmap.id, today: addDaysIso(START, 14) };
    await getDashboardCached({ ...args, dataVersion: aBefore });
    const before = getRoundTrips();
    await getDashboardCached({ ...args, dataVersion: await versionOf(a.org.id) });
    expect(getRoundTrips() - before).toBe(1); // only versionOf's own read
  });
});
