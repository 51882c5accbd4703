import { describe, expect, it } from "vitest";
import { db, getRoundTrips } from "~/lib/db.server";
import { createOrgWithRoadmap, createTemplateRoadmap } from "~/test/factories";
import { addDaysIso, isoToUtcDate } from "../calendar/dates";
import { getDashboard } from "../dashboards/dashboard.server";
import { getPortfolio } from "./portfolio.server";

const FIRST_START = "2026-03-02";
const SECOND_START = addDaysIso(FIRST_START, 90);
/** A day in the second roadmap's fourth week: the first one is over. */
const TODAY = addDaysIso(SECOND_START, 24);

/**
 * A completed roadmap with a task done, three KPIs (met, partly, no values), a piloted
 * use case, a budget line and a completed review (scale one use case, stop another),
 * and its successor generated from it (a draft with a KPI met already).
 */
async function createChain() {
  const { org, user, actor, roadmap } = await createOrgWithRoadmap({
    title: "Fahrplan 1",
    startDate: FIRST_START,
  });
  await db.roadmap.update({ where: { id: roadmap.id }, data: { status: "completed" } });
  const next = await createTemplateRoadmap(actor, {
    title: "Fahrplan 2",
    startDate: SECOND_START,
    status: "draft",
  });
  await db.roadmap.update({ where: { id: next.id }, data: { predecessorId: roadmap.id } });
  const task = await db.task.findFirstOrThrow({
    where: { roadmapId: roadmap.id },
    select: { id: true },
  });
  await db.task.update({ where: { id: task.id }, data: { status: "done" } });
  const kpi = (roadmapId: string, name: string, values: number[]) =>
    db.kpi.create({
      data: {
        orgId: org.id,
        roadmapId,
        name,
        category: "efficiency",
        direction: "higher_is_better",
        baseline: 10,
        target: 20,
        baselineDate: isoToUtcDate(FIRST_START),
        targetDate: isoToUtcDate(addDaysIso(FIRST_START, 89)),
        measurements: {
          create: values.map((value, i) => ({
            orgId: org.id,
            value,
            date: isoToUtcDate(addDaysIso(FIRST_START, 10 + i)),
          })),
        },
      },
    });
  await kpi(roadmap.id, "Met", [12, 21]);
  await kpi(roadmap.id, "Partly", [16]);
  await kpi(roadmap.id, "No values", []);
  await kpi(next.id, "Carried", [20]);
  const createUseCase = (title: string, status: "piloting" | "candidate") =>
    db.useCase.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        title,
        status,
        hoursSavedPerWeek: 7,
        hourlyCostCents: 5_000,
      },
      select: { id: true },
    });
  const piloted = await createUseCase("Antwortentwürfe", "piloting");
  const stopped = await createUseCase("Angebote", "candidate");
  await db.budgetLine.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      phaseId: roadmap.phaseIds.analysis,
      label: "Workshops",
      plannedCents: 400_000,
      actualCents: 300_000,
    },
  });
  await db.roadmapReview.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      completedAt: new Date(),
      completedById: user.id,
      decisions: {
        create: [
          { orgId: org.id, useCaseId: piloted.id, decision: "scale" },
          { orgId: org.id, useCaseId: stopped.id, decision: "stop", reason: "Zu wenig Nutzen" },
        ],
      },
    },
  });
  return { org, actor, roadmap, next };
}

describe("getPortfolio", () => {
  it("shows both roadmaps of a chain with their figures, the chain and the sums", async () => {
    const { org, roadmap, next } = await createChain();
    const before = getRoundTrips();
    const p = await getPortfolio({ orgId: org.id, today: TODAY });
    expect(getRoundTrips() - before).toBe(3);

    expect(p.roadmaps.map((r) => [r.title, r.status])).toEqual([
      ["Fahrplan 1", "completed"],
      ["Fahrplan 2", "draft"],
    ]);
    const [first, second] = p.roadmaps;
    expect(first!.successor).toEqual({ id: next.id, title: "Fahrplan 2" });
    expect(second!.predecessor).toEqual({ id: roadmap.id, title: "Fahrplan 1" });
    expect(p.chains).toEqual([
      [
        { id: roadmap.id, title: "Fahrplan 1" },
        { id: next.id, title: "Fahrplan 2" },
      ],
    ]);
    expect(first!.endDate).toBe(addDaysIso(FIRST_START, 89));

    // 7 h/week × 50 € over the whole 90 days, for the piloted use case only.
    expect(first!.figures.valueCents).toBe(Math.round(7 * 5_000 * (90 / 7)));
    expect(first!.figures.kpis).toEqual({ met: 1, withValues: 2, total: 3 });
    expect(first!.figures.budget).toEqual({
      plannedCents: 400_000,
      actualCents: 300_000,
      percentUsed: 75,
    });
    expect(first!.figures.decisions).toEqual({ scale: 1, adjust: 0, stop: 1 });
    expect(first!.figures.tasksDone).toBe(1);
    expect(first!.figures.tasksTotal).toBeGreaterThan(1);
    expect(second!.figures.decisions).toBeNull();
    expect(second!.figures.kpis).toEqual({ met: 1, withValues: 1, total: 1 });
    expect(second!.figures.valueCents).toBe(0);

    expect(p.total).toEqual({
      valueCents: first!.figures.valueCents,
      kpis: { met: 2, withValues: 3, total: 4 },
      completed: 1,
      roadmaps: 2,
    });
    // The successor hangs below its predecessor on the timeline, linked to it.
    expect(p.timeline.bars.map((b) => b.id)).toEqual([roadmap.id, next.id]);
    expect(p.timeline.bars[1]!.link).not.toBeNull();
  });

  it("reads the same progress and value as the roadmap's dashboard", async () => {
    const { org, roadmap } = await createChain();
    const today = addDaysIso(FIRST_START, 40);
    const [p, dashboard] = await Promise.all([
      getPortfolio({ orgId: org.id, today }),
      getDashboard({ orgId: org.id, roadmapId: roadmap.id, today }),
    ]);
    const first = p.roadmaps.find((r) => r.id === roadmap.id)!;
    expect(first.figures.percentDone).toBe(dashboard!.overall.percentDone);
    expect(first.figures.tasksTotal).toBe(dashboard!.overall.total);
    expect(first.figures.valueCents).toBe(dashboard!.value.soFarCents);
    expect(first.figures.budget.actualCents).toBe(dashboard!.budget.actualCents);
    expect(first.figures.budget.plannedCents).toBe(dashboard!.budget.plannedCents);
  });

  it("keeps the value of a scaled use case in the finished roadmap after the next one took it", async () => {
    const { org, next } = await createChain();
    // As generating the next roadmap leaves it: the scaled use case moved on.
    await db.useCase.updateMany({
      where: { orgId: org.id, title: "Antwortentwürfe" },
      data: { roadmapId: next.id, status: "scaled" },
    });
    const p = await getPortfolio({ orgId: org.id, today: TODAY });
    const [first, second] = p.roadmaps;
    expect(first!.figures.valueCents).toBe(Math.round(7 * 5_000 * (90 / 7)));
    expect(first!.value.useCases).toBe(1);
    // The next roadmap counts it from its own start: no week counted twice.
    expect(second!.value.useCases).toBe(1);
    expect(second!.value.weeks).toBeLessThan(4);
    expect(second!.figures.valueCents).toBeGreaterThan(0);
    expect(p.total.valueCents).toBe(first!.figures.valueCents + second!.figures.valueCents);
  });

  it("never shows another organisation's roadmaps, reviews or figures", async () => {
    const mine = await createChain();
    const theirs = await createChain();
    const p = await getPortfolio({ orgId: mine.org.id, today: TODAY });
    const ids = p.roadmaps.map((r) => r.id);
    expect(ids.sort()).toEqual([mine.roadmap.id, mine.next.id].sort());
    expect(JSON.stringify(p)).not.toContain(theirs.roadmap.id);
    expect(JSON.stringify(p)).not.toContain(theirs.next.id);
    // Their figures are not added to mine.
    expect(p.total.kpis.total).toBe(4);
    expect(p.roadmaps[0]!.figures.decisions).toEqual({ scale: 1, adjust: 0, stop: 1 });
  });

  it("reads in three statements whatever the number of roadmaps, tasks, use cases and KPIs", async () => {
    const { org, actor, roadmap, next } = await createChain();
    const count = async () => {
      const before = getRoundTrips();
      const p = await getPortfolio({ orgId: org.id, today: TODAY });
      return { statements: getRoundTrips() - before, p };
    };
    const small = await count();
    // More of everything: a third roadmap in the chain, more tasks, use cases, KPIs, a derived one.
    const third = await createTemplateRoadmap(actor, {
      title: "Fahrplan 3",
      startDate: addDaysIso(SECOND_START, 90),
      status: "draft",
    });
    await db.roadmap.update({ where: { id: third.id }, data: { predecessorId: next.id } });
    for (const [roadmapId, title] of [
      [roadmap.id, "Rechnungen"],
      [next.id, "Protokolle"],
      [third.id, "Übersetzungen"],
    ] as const) {
      const useCase = await db.useCase.create({
        data: {
          orgId: org.id,
          roadmapId,
          title,
          status: "piloting",
          hoursSavedPerWeek: 2.5,
          hourlyCostCents: 4_000,
        },
      });
      await db.kpi.create({
        data: {
          orgId: org.id,
          roadmapId,
          useCaseId: useCase.id,
          name: `Freigabequote ${title}`,
          category: "quality",
          direction: "higher_is_better",
          baseline: 50,
          target: 90,
          baselineDate: isoToUtcDate(FIRST_START),
          targetDate: isoToUtcDate(addDaysIso(FIRST_START, 89)),
          source: "oversight_approval_rate",
          valueKind: "percent",
        },
      });
      await db.oversightReview.create({
        data: {
          orgId: org.id,
          useCaseId: useCase.id,
          date: isoToUtcDate(addDaysIso(SECOND_START, 3)),
          reviewedCount: 10,
          approvedCount: 9,
          correctedCount: 1,
          rejectedCount: 0,
        },
      });
    }
    const large = await count();
    expect(small.statements).toBe(3);
    expect(large.statements).toBe(3);

    expect(large.p.roadmaps.map((r) => r.title)).toEqual([
      "Fahrplan 1",
      "Fahrplan 2",
      "Fahrplan 3",
    ]);
    expect(large.p.chains.map((chain) => chain.length)).toEqual([3]);
    const [first, second, last] = large.p.roadmaps;
    // Each derived KPI has a week of reviews at 90 % approved: met.
    expect(first!.figures.kpis).toEqual({ met: 2, withValues: 3, total: 4 });
    expect(second!.figures.kpis).toEqual({ met: 2, withValues: 2, total: 2 });
    expect(last!.figures.kpis).toEqual({ met: 1, withValues: 1, total: 1 });
    expect(first!.value.useCases).toBe(2);
    expect(second!.value.useCases).toBe(1);
    expect(last!.value.useCases).toBe(1);
    expect(last!.figures.tasksTotal).toBe(first!.figures.tasksTotal);
    expect(last!.figures.tasksDone).toBe(0);
    expect(large.p.total.kpis).toEqual({ met: 5, withValues: 6, total: 7 });
  });

  it("is empty for an organisation without roadmaps", async () => {
    const { org } = await createOrgWithRoadmap();
    await db.roadmap.deleteMany({ where: { orgId: org.id } });
    const p = await getPortfolio({ orgId: org.id, today: TODAY });
    expect(p.roadmaps).toEqual([]);
    expect(p.total.roadmaps).toBe(0);
  });
});
