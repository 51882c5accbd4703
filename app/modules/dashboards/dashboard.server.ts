import { Prisma, readRows } from "~/lib/db.server";
import { versionedCache } from "~/lib/versioned-cache.server";
import type { IsoDate } from "../roadmaps/dates";
import { computePhaseDates, roadmapEndDate, roadmapTimeline } from "../roadmaps/phase-dates";
import type { PhaseKind } from "../roadmaps/phase-dates";
import {
  burnUpSeries,
  expectedPercent,
  scheduleHealth,
  summariseTasks,
} from "../roadmaps/progress";
import type { TaskStatus } from "../roadmaps/progress";
import { SPARKLINE_POINTS, summariseKpi } from "../kpis/summary";
import { weeklyRatesByKpi } from "../oversight/derived.server";
import { isDerivedSource, weeksToPoints } from "../oversight/rates";
import { countByTier, gateState, overdueByOwner, pilotValue } from "./dashboard";

/*
 * The leadership dashboard of one roadmap in FOUR database round trips (the promise is
 * at most five; getDashboardCached adds one to check the data version), whatever the
 * number of tasks, KPIs and measurements, all sent at once:
 *
 *   1. phases ⋈ roadmap, with each phase's budget sums (and the other open roadmaps,
 *      for switching)                                               — raw SQL
 *   2. tasks ⟕ owner name                                            — raw SQL
 *   3. KPIs of the roadmap ∪ their latest measurements ∪ the daily oversight totals
 *      of the derived ones                                          — raw SQL
 *   4. use cases with the tier of their latest completed assessment ∪ their open
 *      high-severity oversight incidents                            — raw SQL
 *
 * Why raw SQL: on SQLite, Prisma 6 loads every relation with its own statement (no
 * JOINs), so the same data through `select`/`include` would take nine; raw queries
 * sent straight to the driver (readRows) also skip Prisma's query pipeline and value
 * mapping, a good part of a request's time. The queries use only portable SQL (quoted
 * identifiers, JOIN, correlated subqueries, COALESCE/SUM, LIMIT), so they run unchanged
 * on PostgreSQL; every WHERE and JOIN carries orgId. Values come back as the driver
 * delivers them (dates as ISO text; sums as number or text) and are normalised below.
 */

type PhaseRow = {
  roadmapId: string;
  title: string;
  ambition: string;
  roadmapStatus: string;
  startDate: unknown;
  plannedBudgetCents: unknown;
  phaseId: string;
  kind: PhaseKind;
  gateStatus: string;
  gateDecidedAt: unknown;
  plannedCents: unknown;
  actualCents: unknown;
};

type TaskRow = {
  id: string;
  title: string;
  status: TaskStatus;
  dueDate: unknown;
  completedAt: unknown;
  phaseId: string;
  ownerId: string | null;
  ownerName: string | null;
};

/**
 * A KPI (kind 0, with its source), one of its measurements (kind 1: id is the KPI's,
 * value and `at` set) or, for a KPI derived from an oversight log, one review day
 * (kind 2: id is the KPI's, `at` the day, `reviewed` and the rate's numerator `value`).
 */
type KpiRow = {
  kind: unknown;
  id: string;
  name: string;
  unit: string;
  category: string;
  direction: "higher_is_better" | "lower_is_better";
  baseline: unknown;
  target: unknown;
  baselineDate: unknown;
  targetDate: unknown;
  value: unknown;
  /** The KPI's creation time, or the measurement's date. */
  at: unknown;
  source: string | null;
  reviewed: unknown;
};

/**
 * A use case (kind 0), or an open high-severity oversight incident of one (kind 1:
 * id and title are the use case's, the incident's and its follow-up task's columns set).
 */
type UseCaseRow = {
  kind: unknown;
  id: string;
  title: string;
  status: string;
  roadmapId: string | null;
  hoursSavedPerWeek: unknown;
  hourlyCostCents: unknown;
  tier: string | null;
  reviewId: string | null;
  incidentDate: unknown;
  incidentDescription: string | null;
  taskId: string | null;
  taskTitle: string | null;
  taskStatus: string | null;
  taskDueDate: unknown;
  taskOwnerName: string | null;
  taskRoadmapId: string | null;
};

/** A number from readRows: a number, or its text (SQLite integers, PostgreSQL sums). */
function num(value: unknown): number {
  return value === null || value === undefined || value === "" ? 0 : Number(value);
}

/** A stored calendar date (00:00 UTC, ISO text from readRows) as "YYYY-MM-DD". */
function calendarDate(value: unknown): IsoDate {
  return String(value).slice(0, 10);
}

/**
 * A timestamp (ISO text from readRows) as the local calendar day it happened on
 * (what todayIso gives, without date-fns: this runs for every task of the roadmap).
 */
function dayOf(value: unknown): IsoDate | null {
  if (value === null || value === undefined) return null;
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

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
    readRows<PhaseRow>(Prisma.sql`
      SELECT r."id" AS "roadmapId", r."title", r."ambition", r."status" AS "roadmapStatus",
             r."startDate", r."plannedBudgetCents",
             p."id" AS "phaseId", p."kind", p."gateStatus", p."gateDecidedAt",
             COALESCE((SELECT SUM(b."plannedCents") FROM "BudgetLine" b
                       WHERE b."orgId" = p."orgId" AND b."phaseId" = p."id"), 0) AS "plannedCents",
             COALESCE((SELECT SUM(b."actualCents") FROM "BudgetLine" b
                       WHERE b."orgId" = p."orgId" AND b."phaseId" = p."id"), 0) AS "actualCents"
      FROM "Phase" p
      JOIN "Roadmap" r ON r."id" = p."roadmapId" AND r."orgId" = p."orgId"
      WHERE p."orgId" = ${orgId}
        AND (r."id" = ${roadmapId} OR r."status" <> 'archived')
      ORDER BY r."startDate" DESC, r."id", p."position"`),
    readRows<TaskRow>(Prisma.sql`
      SELECT t."id", t."title", t."status", t."dueDate", t."completedAt", t."phaseId",
             t."ownerId", u."name" AS "ownerName"
      FROM "Task" t
      LEFT JOIN "User" u ON u."id" = t."ownerId"
      WHERE t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId} AND t."deletedAt" IS NULL`),
    // The roadmap's KPIs (kind 0, in creation order), then their latest
    // SPARKLINE_POINTS measurements (kind 1, in recording order): those dated on or
    // after the SPARKLINE_POINTS-th latest date (ties may add a few). One statement,
    // two row shapes: a JOIN would repeat the KPI's columns on every measurement,
    // and building those strings cost more than the query. The cutoff subquery
    // filters by kpiId only, so SQLite walks the (kpiId, date) index — ten times
    // faster than ROW_NUMBER() over all of them. `m."orgId" || ''` keeps the
    // planner off the (orgId, date) index while still checking the organisation.
    // Derived KPIs (kind 2) get their use case's reviews summed per day (the rate's
    // numerator in "value"); weekly rates are folded from them below, like a
    // measurement series. The oversight log is small next to measurements: all days.
    readRows<KpiRow>(Prisma.sql`
      SELECT 0 AS "kind", k."id", k."name", k."unit", k."category", k."direction",
             k."baseline", k."target", k."baselineDate", k."targetDate",
             NULL AS "value", k."createdAt" AS "at", k."createdAt" AS "tie",
             k."source", NULL AS "reviewed"
      FROM "Kpi" k
      WHERE k."orgId" = ${orgId} AND k."roadmapId" = ${roadmapId} AND k."archivedAt" IS NULL
      UNION ALL
      SELECT 2, k."id", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             SUM(CASE WHEN k."source" = 'oversight_approval_rate' THEN o."approvedCount"
                      ELSE o."correctedCount" + o."rejectedCount" END),
             o."date", o."date", NULL, SUM(o."reviewedCount")
      FROM "Kpi" k
      JOIN "OversightReview" o ON o."useCaseId" = k."useCaseId" AND o."orgId" = k."orgId"
      WHERE k."orgId" = ${orgId} AND k."roadmapId" = ${roadmapId} AND k."archivedAt" IS NULL
        AND k."source" <> 'manual'
      GROUP BY k."id", o."date"
      UNION ALL
      SELECT 1, m."kpiId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             m."value", m."date", m."createdAt", NULL, NULL
      FROM "Kpi" k
      JOIN "KpiMeasurement" m
        ON m."kpiId" = k."id"
       AND m."date" >= (SELECT MIN(recent."date") FROM (
             SELECT c."date" FROM "KpiMeasurement" c
             WHERE c."kpiId" = k."id"
             ORDER BY c."date" DESC
             LIMIT ${SPARKLINE_POINTS}) recent)
      WHERE k."orgId" = ${orgId} AND k."roadmapId" = ${roadmapId} AND k."archivedAt" IS NULL
        AND m."orgId" || '' = k."orgId"
      ORDER BY 1, 12, 13, 2`),
    // Open high incidents (kind 1): of the same use cases, until the follow-up task is
    // done (none, or a deleted one, keeps it open). The task's columns come separately
    // from the use case's, as PostgreSQL cannot unite two enum types in one column.
    readRows<UseCaseRow>(Prisma.sql`
      SELECT 0 AS "kind", u."id", u."title", u."status", u."roadmapId", u."hoursSavedPerWeek",
             u."hourlyCostCents",
             (SELECT a."tier" FROM "Assessment" a
              WHERE a."orgId" = u."orgId" AND a."useCaseId" = u."id" AND a."status" = 'completed'
              ORDER BY a."completedAt" DESC, a."createdAt" DESC
              LIMIT 1) AS "tier",
             NULL AS "reviewId", NULL AS "incidentDate", NULL AS "incidentDescription",
             NULL AS "taskId", NULL AS "taskTitle", NULL AS "taskStatus", NULL AS "taskDueDate",
             NULL AS "taskOwnerName", NULL AS "taskRoadmapId"
      FROM "UseCase" u
      WHERE u."orgId" = ${orgId} AND u."archivedAt" IS NULL AND u."status" <> 'rejected'
        AND (u."roadmapId" = ${roadmapId} OR u."roadmapId" IS NULL)
      UNION ALL
      SELECT 1, u."id", u."title", NULL, NULL, NULL, NULL, NULL,
             o."id", o."date", o."incidentDescription",
             t."id", t."title", t."status", t."dueDate", ow."name", t."roadmapId"
      FROM "OversightReview" o
      JOIN "UseCase" u ON u."id" = o."useCaseId" AND u."orgId" = o."orgId"
      LEFT JOIN "Task" t
        ON t."id" = o."followUpTaskId" AND t."orgId" = o."orgId" AND t."deletedAt" IS NULL
      LEFT JOIN "User" ow ON ow."id" = t."ownerId"
      WHERE o."orgId" = ${orgId} AND o."hasIncident" = TRUE AND o."incidentSeverity" = 'high'
        AND (t."id" IS NULL OR t."status" <> 'done')
        AND u."archivedAt" IS NULL AND u."status" <> 'rejected'
        AND (u."roadmapId" = ${roadmapId} OR u."roadmapId" IS NULL)
      ORDER BY 1, 3, 10`),
  ]);

  const own = phaseRows.filter((row) => row.roadmapId === roadmapId);
  const first = own[0];
  if (!first) return null;

  const startDate = calendarDate(first.startDate);
  const kindOf = new Map(own.map((row) => [row.phaseId, row.kind]));
  const tasks = taskRows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    dueDate: calendarDate(row.dueDate),
    completedOn: dayOf(row.completedAt),
    phase: kindOf.get(row.phaseId) ?? "analysis",
    ownerId: row.ownerId,
    ownerName: row.ownerName,
  }));

  const phases = computePhaseDates(startDate).map((dates) => {
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
        decidedOn: dayOf(row?.gateDecidedAt),
      },
      budget: { plannedCents: num(row?.plannedCents), actualCents: num(row?.actualCents) },
    };
  });

  const overall = summariseTasks(tasks, today);
  const expected = expectedPercent(startDate, today);
  const timeline = roadmapTimeline(startDate, today);

  // The KPIs first, then their measurements and review days: fold them into cards.
  const kpiOrder: KpiRow[] = [];
  const byKpi = new Map<string, { value: number; date: IsoDate }[]>();
  const reviewDays: { kpiId: string; date: IsoDate; reviewed: number; hits: number }[] = [];
  for (const row of kpiRows) {
    const kind = num(row.kind);
    if (kind === 0) {
      kpiOrder.push(row);
      byKpi.set(row.id, []);
    } else if (kind === 2) {
      const day = { date: calendarDate(row.at), reviewed: num(row.reviewed), hits: num(row.value) };
      reviewDays.push({ kpiId: row.id, ...day });
    } else {
      byKpi.get(row.id)?.push({ value: num(row.value), date: calendarDate(row.at) });
    }
  }
  // The one seam: a derived KPI's weekly rates stand in for its measurements.
  const derivedWeeks = weeklyRatesByKpi(reviewDays);
  for (const kpi of kpiOrder) {
    if (isDerivedSource(kpi.source ?? "manual")) {
      byKpi.set(kpi.id, weeksToPoints(derivedWeeks.get(kpi.id)).slice(-SPARKLINE_POINTS));
    }
  }
  const kpiCards = kpiOrder.map((kpi) => {
    const definition = {
      direction: kpi.direction,
      baseline: num(kpi.baseline),
      target: num(kpi.target),
      baselineDate: calendarDate(kpi.baselineDate),
      targetDate: calendarDate(kpi.targetDate),
    };
    return {
      id: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      category: kpi.category,
      direction: kpi.direction,
      baseline: definition.baseline,
      target: definition.target,
      targetDate: definition.targetDate,
      summary: summariseKpi(definition, byKpi.get(kpi.id) ?? []),
    };
  });

  const useCases = useCaseRows
    .filter((row) => num(row.kind) === 0)
    .map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      roadmapId: row.roadmapId,
      hoursSavedPerWeek: num(row.hoursSavedPerWeek),
      hourlyCostCents: num(row.hourlyCostCents),
      tier: row.tier,
    }));

  const openIncidents = useCaseRows
    .filter((row) => num(row.kind) === 1)
    .map((row) => ({
      reviewId: row.reviewId!,
      useCaseId: row.id,
      useCaseTitle: row.title,
      date: calendarDate(row.incidentDate),
      description: row.incidentDescription ?? "",
      task: row.taskId
        ? {
            id: row.taskId,
            title: row.taskTitle ?? "",
            status: (row.taskStatus ?? "todo") as TaskStatus,
            dueDate: calendarDate(row.taskDueDate),
            ownerName: row.taskOwnerName,
            roadmapId: row.taskRoadmapId ?? roadmapId,
          }
        : null,
    }));

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
      endDate: roadmapEndDate(startDate),
      plannedBudgetCents: num(first.plannedBudgetCents),
    },
    today,
    timeline,
    currentWeek: timeline.state === "running" ? timeline.week : null,
    overall,
    expectedPercent: expected,
    health: scheduleHealth(overall.percentDone, expected),
    phases,
    burnUp: burnUpSeries(tasks, startDate, today),
    kpis: kpiCards,
    tiers: countByTier(useCases),
    useCaseCount: useCases.length,
    // Hours count only for use cases of this roadmap: the weeks are this roadmap's.
    value: pilotValue(
      useCases.filter((u) => u.roadmapId === roadmapId),
      startDate,
      today,
    ),
    budget: {
      plannedCents: budgetPlannedCents,
      actualCents: budgetActualCents,
      roadmapPlannedCents: num(first.plannedBudgetCents),
    },
    overdueByOwner: overdueByOwner(tasks, today),
    /** High-severity oversight incidents whose follow-up task is not done yet. */
    openIncidents,
    otherRoadmaps: [...otherRoadmaps.values()],
  };
}

const cache = versionedCache<Awaited<ReturnType<typeof getDashboard>>>(200);

/**
 * getDashboard, remembered until anything in the database changes or the day does
 * (see versionedCache): leadership opens the same dashboard far more often than anyone
 * records a measurement, and a repeat visit then costs one round trip instead of four.
 * Up to 200 roadmap-days per process.
 */
export function getDashboardCached(args: { orgId: string; roadmapId: string; today: IsoDate }) {
  return cache.get(`${args.orgId}/${args.roadmapId}/${args.today}`, () => getDashboard(args));
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof getDashboard>>>;
