import { Prisma, readRows } from "~/lib/db.server";
import type { DbEnum } from "~/lib/db-types";
import { calendarDay, integer, oneOf, real, sqlRow, taggedRows, text } from "~/lib/sql-decode";
import type { Decoder, RowOf } from "~/lib/sql-decode";
import { KPI_CATEGORIES, KPI_DIRECTIONS, KPI_SOURCES } from "./fields";
import { SPARKLINE_POINTS } from "./summary";

/*
 * The KPI pages' hand-written statements (see readRows): portable SQL, every WHERE and
 * JOIN scoped by orgId, each with the schema its rows are decoded by.
 */

const category: Decoder<DbEnum<"KpiCategory">> = oneOf(KPI_CATEGORIES);
const direction: Decoder<DbEnum<"KpiDirection">> = oneOf(KPI_DIRECTIONS);
const source: Decoder<DbEnum<"KpiSource">> = oneOf(KPI_SOURCES);

/**
 * Which KPIs: a roadmap's active ones (the dashboard), or the organisation's active
 * or archived ones (the KPI list).
 */
type KpiScope = { orgId: string; roadmapId: string } | { orgId: string; archived: boolean };

/**
 * The sparkline selection, the one place it is written: each KPI's latest
 * SPARKLINE_POINTS measurements, i.e. those dated on or after its SPARKLINE_POINTS-th
 * latest date (ties on that day may add a few). Columns kpiId, value, date,
 * recordedAt; unordered.
 *
 * The cutoff subquery filters by kpiId only, so SQLite walks the (kpiId, date) index
 * from each KPI — ten times faster than ROW_NUMBER() over all measurements.
 * `m."orgId" || ''` checks the organisation while keeping the planner off the
 * (orgId, date) index: with a plain `=` SQLite starts from every measurement of the
 * organisation instead (ten times slower).
 */
function recentMeasurements(scope: KpiScope) {
  const kpis =
    "roadmapId" in scope
      ? Prisma.sql`k."orgId" = ${scope.orgId} AND k."roadmapId" = ${scope.roadmapId} AND k."archivedAt" IS NULL`
      : Prisma.sql`k."orgId" = ${scope.orgId} AND k."archivedAt" ${scope.archived ? Prisma.sql`IS NOT NULL` : Prisma.sql`IS NULL`}`;
  return Prisma.sql`
    SELECT m."kpiId", m."value", m."date", m."createdAt" AS "recordedAt"
    FROM "Kpi" k
    JOIN "KpiMeasurement" m
      ON m."kpiId" = k."id"
     AND m."date" >= (SELECT MIN(recent."date") FROM (
           SELECT c."date" FROM "KpiMeasurement" c
           WHERE c."kpiId" = k."id"
           ORDER BY c."date" DESC
           LIMIT ${SPARKLINE_POINTS}) recent)
    WHERE ${kpis} AND m."orgId" || '' = k."orgId"`;
}

const MeasurementRow = sqlRow({ kpiId: text, value: real, date: calendarDay });

/**
 * The latest measurements of the organisation's active or archived KPIs (the KPI
 * list's status and sparklines), in recording order (date, then creation).
 */
export function readRecentMeasurements(scope: { orgId: string; archived: boolean }) {
  return readRows(
    Prisma.sql`${recentMeasurements(scope)} ORDER BY "date", "recordedAt"`,
    MeasurementRow,
  );
}

const KpiCardRow = taggedRows("kind", {
  /** A KPI, in creation order. */
  0: {
    id: text,
    name: text,
    unit: text,
    category,
    direction,
    baseline: real,
    target: real,
    baselineDate: calendarDay,
    targetDate: calendarDay,
    source,
  },
  /** One of its latest measurements (id is the KPI's), in recording order. */
  1: { id: text, value: real, date: calendarDay },
  /**
   * For a KPI derived from an oversight log: one review day of its use case (id is the
   * KPI's), with the outputs reviewed and the rate's numerator in "value".
   */
  2: { id: text, value: integer, date: calendarDay, reviewed: integer },
});
export type KpiCardRow = RowOf<typeof KpiCardRow>;

/**
 * The roadmap's active KPIs (kind 0, in creation order), then their latest
 * measurements (kind 1, in recording order), then the daily oversight totals of the
 * derived ones (kind 2, by day; weekly rates are folded from them like a measurement
 * series): the dashboard's cards in one statement, whatever the number of KPIs. Row
 * shapes rather than a JOIN, which would repeat the KPI's columns on every measurement
 * (building those strings cost more than the query). On a KPI's row, "date" and "tie"
 * hold its creation time, to sort by. The oversight log is small next to
 * measurements: all its days. The review days come before the measurements in the
 * statement (not in the result): PostgreSQL types a UNION's columns pair by pair, and
 * two NULLs first would make "reviewed" text, which the SUM cannot join.
 */
export function readKpiCards({ orgId, roadmapId }: { orgId: string; roadmapId: string }) {
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", k."id", k."name", k."unit", k."category", k."direction",
             k."baseline", k."target", k."baselineDate", k."targetDate",
             NULL AS "value", k."createdAt" AS "date", k."createdAt" AS "tie",
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
      SELECT 1, s."kpiId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             s."value", s."date", s."recordedAt", NULL, NULL
      FROM (${recentMeasurements({ orgId, roadmapId })}) s
      ORDER BY 1, 12, 13, 2`,
    KpiCardRow,
  );
}

/**
 * Every measurement of the roadmap's active KPIs, in recording order (the report's
 * charts). A plain JOIN is much cheaper here than Prisma's relation filter (an IN
 * subquery) and value mapping.
 */
export function readRoadmapMeasurements({
  orgId,
  roadmapId,
}: {
  orgId: string;
  roadmapId: string;
}) {
  return readRows(
    Prisma.sql`
      SELECT m."kpiId", m."value", m."date"
      FROM "KpiMeasurement" m
      JOIN "Kpi" k ON k."id" = m."kpiId" AND k."orgId" = m."orgId"
      WHERE m."orgId" = ${orgId} AND k."roadmapId" = ${roadmapId} AND k."archivedAt" IS NULL
      ORDER BY m."date", m."createdAt"`,
    MeasurementRow,
  );
}
