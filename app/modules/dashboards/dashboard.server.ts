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
import { readDashboardRecords, readOrgDataVersion } from "./queries.server";
import type { DashboardRow } from "./queries.server";

/*
 * The leadership dashboard of one roadmap in TWO database round trips (with the
 * session's, the page's three; a cached one needs none), whatever the number of tasks,
 * KPIs and measurements, both sent at once:
 *
 *   1. the roadmap (and the other open ones, for switching) ∪ their phases with their
 *      budget sums ∪ its tasks ∪ the open use cases with the tier of their latest
 *      completed assessment ∪ their open high-severity oversight incidents ∪ those
 *      incidents' follow-up tasks (queries.server.ts, readDashboardRecords)
 *   2. KPIs of the roadmap ∪ their latest measurements ∪ the daily oversight totals
 *      of the derived ones (kpis/queries.server.ts)
 *
 * Both are hand-written SQL: on SQLite, Prisma 6 loads every relation with its own
 * statement (no JOINs), so the same data through `select`/`include` would take nine;
 * sent straight to the driver (readRows) they also skip Prisma's query pipeline and
 * value mapping, a good part of a request's time.
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
  const [records, kpiRows] = await Promise.all([
    readDashboardRecords(orgId, roadmapId),
    readKpiCards({ orgId, roadmapId }),
  ]);
  type Rows<K extends DashboardRow["kind"]> = Extract<DashboardRow, { kind: K }>[];
  const roadmaps: Rows<0> = [];
  const phaseRows: Rows<1> = [];
  const taskRows: Rows<2> = [];
  const useCaseRows: Rows<3> = [];
  const incidentRows: Rows<4> = [];
  const followUps = new Map<string, Rows<5>[number]>();
  for (const row of records) {
    if (row.kind === 0) roadmaps.push(row);
    else if (row.kind === 1) phaseRows.push(row);
    else if (row.kind === 2) taskRows.push(row);
    else if (row.kind === 3) useCaseRows.push(row);
    else if (row.kind === 4) incidentRows.push(row);
    else followUps.set(row.parentId, row);
  }
  // The statement's rows come in no order: the ordered kinds carry theirs.
  const byRank = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank;
  roadmaps.sort(byRank);
  useCaseRows.sort(byRank);
  incidentRows.sort(byRank);

  const first = roadmaps.find((row) => row.id === roadmapId);
  if (!first) return null;
  const own = phaseRows.filter((row) => row.roadmapId === roadmapId);

  const span: RoadmapSpan = { startDate: first.day, lengthDays: first.amount };
  const { startDate } = span;
  const kindOf = new Map(own.map((row) => [row.id, row.title]));
  const tasks = taskRows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    dueDate: row.day,
    completedOn: row.doneOn,
    phase: kindOf.get(row.parentId) ?? "analysis",
    ownerId: row.ownerId,
    ownerName: row.ownerName,
  }));

  const phases = computePhaseDates(span).map((dates) => {
    const row = own.find((r) => r.title === dates.kind);
    const gateStatus = row?.status ?? "open";
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
        decidedOn: row?.doneOn ?? null,
      },
      budget: { plannedCents: row?.amount ?? 0, actualCents: row?.amount2 ?? 0 },
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

  const useCases = useCaseRows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    roadmapId: row.roadmapId,
    hoursSavedPerWeek: row.amount2,
    hourlyCostCents: row.amount,
    tier: row.text,
  }));
  const openIncidents = incidentRows.map((row) => {
    const task = followUps.get(row.id);
    return {
      reviewId: row.id,
      useCaseId: row.parentId,
      useCaseTitle: row.title,
      date: row.day,
      description: row.text ?? "",
      task: task
        ? {
            id: task.id,
            title: task.title,
            status: task.status,
            dueDate: task.day,
            ownerName: task.ownerName,
            roadmapId: task.roadmapId,
          }
        : null,
    };
  });

  const budgetPlannedCents = phases.reduce((sum, p) => sum + p.budget.plannedCents, 0);
  const budgetActualCents = phases.reduce((sum, p) => sum + p.budget.actualCents, 0);

  const otherRoadmaps = roadmaps
    .filter((row) => row.id !== roadmapId)
    .map((row) => ({ id: row.id, title: row.title, status: row.status }));

  return {
    roadmap: {
      id: roadmapId,
      title: first.title,
      ambition: first.text,
      status: first.status,
      startDate,
      lengthDays: span.lengthDays,
      endDate: roadmapEndDate(span),
      plannedBudgetCents: first.amount2,
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
      roadmapPlannedCents: first.amount2,
    },
    overdueByOwner: overdueByOwner(tasks, today),
    /** High-severity oversight incidents whose follow-up task is not done yet. */
    openIncidents,
    otherRoadmaps,
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
