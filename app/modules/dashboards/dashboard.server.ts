import { versionedCache } from "~/lib/versioned-cache.server";
import type { IsoDate } from "../calendar/dates";
import { computePhaseDates, roadmapEndDate, roadmapTimeline } from "../calendar/phase-dates";
import type { RoadmapSpan } from "../calendar/phase-dates";
import {
  burnUpSeries,
  expectedPercent,
  scheduleHealth,
  summariseTasks,
} from "../roadmaps/progress";
import { readKpiCards } from "../kpis/queries.server";
import type { KpiCardRow } from "../kpis/queries.server";
import { SPARKLINE_POINTS, summariseKpi } from "../kpis/summary";
import { weeklyRatesByKpi } from "../oversight/derived.server";
import { isDerivedSource, weeksToPoints } from "../oversight/rates";
import { countByTier, gateState, overdueByOwner, pilotValue } from "./dashboard";
import {
  readDashboardPhases,
  readDashboardTasks,
  readDashboardUseCases,
  readOrgDataVersion,
} from "./queries.server";

/*
 * The leadership dashboard of one roadmap in FOUR database round trips (with the
 * session's, the page's five; a cached one needs none), whatever the
 * number of tasks, KPIs and measurements, all sent at once:
 *
 *   1. phases ⋈ roadmap, with each phase's budget sums (and the other open roadmaps,
 *      for switching)
 *   2. tasks ⟕ owner name
 *   3. KPIs of the roadmap ∪ their latest measurements ∪ the daily oversight totals
 *      of the derived ones (kpis/queries.server.ts)
 *   4. use cases with the tier of their latest completed assessment ∪ their open
 *      high-severity oversight incidents
 *
 * All four are hand-written SQL (queries.server.ts): on SQLite, Prisma 6 loads every
 * relation with its own statement (no JOINs), so the same data through
 * `select`/`include` would take nine; sent straight to the driver (readRows) they also
 * skip Prisma's query pipeline and value mapping, a good part of a request's time.
 */

export async function getDashboard({
  orgId,
  roadmapId,
  today,
}: {
  orgId: string;
  roadmapId: string;
  today: IsoDate;
}) {
  const [phaseRows, taskRows, kpiRows, useCaseRows] = await Promise.all([
    readDashboardPhases(orgId, roadmapId),
    readDashboardTasks(orgId, roadmapId),
    readKpiCards({ orgId, roadmapId }),
    readDashboardUseCases(orgId, roadmapId),
  ]);

  const own = phaseRows.filter((row) => row.roadmapId === roadmapId);
  const first = own[0];
  if (!first) return null;

  const span: RoadmapSpan = { startDate: first.startDate, lengthDays: first.lengthDays };
  const { startDate } = span;
  const kindOf = new Map(own.map((row) => [row.phaseId, row.kind]));
  const tasks = taskRows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    dueDate: row.dueDate,
    completedOn: row.completedOn,
    phase: kindOf.get(row.phaseId) ?? "analysis",
    ownerId: row.ownerId,
    ownerName: row.ownerName,
  }));

  const phases = computePhaseDates(span).map((dates) => {
    const row = own.find((r) => r.kind === dates.kind);
    const gateStatus = row?.gateStatus ?? "open";
    return {
      ...dates,
      summary: summariseTasks(
        tasks.filter((task) => task.phase === dates.kind),
        today,
      ),
      gate: {
        status: gateStatus,
        state: gateState(
          { status: gateStatus, phaseStart: dates.startDate, phaseEnd: dates.endDate },
          today,
        ),
        decidedOn: row?.gateDecidedOn ?? null,
      },
      budget: { plannedCents: row?.plannedCents ?? 0, actualCents: row?.actualCents ?? 0 },
    };
  });

  const overall = summariseTasks(tasks, today);
  const expected = expectedPercent(span, today);
  const timeline = roadmapTimeline(span, today);

  // The KPIs first, then their measurements and review days: fold them into cards.
  const kpiOrder: Extract<KpiCardRow, { kind: 0 }>[] = [];
  const byKpi = new Map<string, { value: number; date: IsoDate }[]>();
  const reviewDays: { kpiId: string; date: IsoDate; reviewed: number; hits: number }[] = [];
  for (const row of kpiRows) {
    if (row.kind === 0) {
      kpiOrder.push(row);
      byKpi.set(row.id, []);
    } else if (row.kind === 2) {
      reviewDays.push({ kpiId: row.id, date: row.date, reviewed: row.reviewed, hits: row.value });
    } else {
      byKpi.get(row.id)?.push({ value: row.value, date: row.date });
    }
  }
  // The one seam: a derived KPI's weekly rates stand in for its measurements.
  const derivedWeeks = weeklyRatesByKpi(reviewDays);
  for (const kpi of kpiOrder) {
    if (isDerivedSource(kpi.source)) {
      byKpi.set(kpi.id, weeksToPoints(derivedWeeks.get(kpi.id)).slice(-SPARKLINE_POINTS));
    }
  }
  const kpiCards = kpiOrder.map((kpi) => {
    const definition = {
      direction: kpi.direction,
      baseline: kpi.baseline,
      target: kpi.target,
      baselineDate: kpi.baselineDate,
      targetDate: kpi.targetDate,
    };
    return {
      id: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      category: kpi.category,
      direction: kpi.direction,
      baseline: definition.baseline,
      target: definition.target,
      baselineDate: definition.baselineDate,
      targetDate: definition.targetDate,
      source: kpi.source,
      summary: summariseKpi(definition, byKpi.get(kpi.id) ?? []),
    };
  });

  const useCases = [];
  const openIncidents = [];
  for (const row of useCaseRows) {
    if (row.kind === 0) {
      const { kind: _kind, ...useCase } = row;
      useCases.push(useCase);
    } else {
      openIncidents.push({
        reviewId: row.reviewId,
        useCaseId: row.id,
        useCaseTitle: row.title,
        date: row.incidentDate,
        description: row.incidentDescription ?? "",
        task: row.taskId
          ? {
              id: row.taskId,
              title: row.taskTitle ?? "",
              status: row.taskStatus ?? "todo",
              dueDate: row.taskDueDate ?? "",
              ownerName: row.taskOwnerName,
              roadmapId: row.taskRoadmapId ?? roadmapId,
            }
          : null,
      });
    }
  }

  const budgetPlannedCents = phases.reduce((sum, p) => sum + p.budget.plannedCents, 0);
  const budgetActualCents = phases.reduce((sum, p) => sum + p.budget.actualCents, 0);

  const otherRoadmaps = new Map<string, { id: string; title: string; status: string }>();
  for (const row of phaseRows) {
    if (row.roadmapId !== roadmapId && !otherRoadmaps.has(row.roadmapId)) {
      otherRoadmaps.set(row.roadmapId, {
        id: row.roadmapId,
        title: row.title,
        status: row.roadmapStatus,
      });
    }
  }

  return {
    roadmap: {
      id: roadmapId,
      title: first.title,
      ambition: first.ambition,
      status: first.roadmapStatus,
      startDate,
      lengthDays: span.lengthDays,
      endDate: roadmapEndDate(span),
      plannedBudgetCents: first.plannedBudgetCents,
    },
    today,
    timeline,
    currentWeek: timeline.state === "running" ? timeline.week : null,
    overall,
    expectedPercent: expected,
    health: scheduleHealth(overall.percentDone, expected),
    phases,
    burnUp: burnUpSeries(tasks, span, today),
    kpis: kpiCards,
    tiers: countByTier(useCases),
    useCaseCount: useCases.length,
    // Hours count only for use cases of this roadmap: the weeks are this roadmap's.
    value: pilotValue(
      useCases.filter((u) => u.roadmapId === roadmapId),
      span,
      today,
    ),
    budget: {
      plannedCents: budgetPlannedCents,
      actualCents: budgetActualCents,
      roadmapPlannedCents: first.plannedBudgetCents,
    },
    overdueByOwner: overdueByOwner(tasks, today),
    /** High-severity oversight incidents whose follow-up task is not done yet. */
    openIncidents,
    otherRoadmaps: [...otherRoadmaps.values()],
  };
}

const cache = versionedCache<Awaited<ReturnType<typeof getDashboard>>>(200);

/**
 * getDashboard, remembered until the organisation's data changes or the day does
 * (see versionedCache): leadership opens the same dashboard far more often than anyone
 * records a measurement, and a repeat visit then costs no round trip at all. Pages pass
 * the organisation's dataVersion their session statement read; without it, it is read
 * here (one round trip). Up to 200 roadmap-days per process.
 */
export async function getDashboardCached(args: {
  orgId: string;
  roadmapId: string;
  today: IsoDate;
  dataVersion?: number;
}) {
  const version = args.dataVersion ?? (await readOrgDataVersion(args.orgId));
  return cache.get(
    `${args.orgId}/${args.roadmapId}/${args.today}`,
    version === null ? null : String(version),
    () => getDashboard(args),
  );
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;
