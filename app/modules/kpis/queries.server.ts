import { Prisma, readRows } from "~/lib/db.server";
import type { DbEnum } from "~/lib/db-types";
import {
  calendarDay,
  flag,
  instant,
  integer,
  nullable,
  oneOf,
  real,
  sqlRow,
  taggedRows,
  text,
} from "~/lib/sql-decode";
import type { Decoder, RowOf } from "~/lib/sql-decode";
import { KPI_CATEGORIES, KPI_DIRECTIONS, KPI_SOURCES, KPI_VALUE_KINDS } from "./fields";
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
type KpiListScope = { orgId: string; archived: boolean };
type KpiScope = { orgId: string; roadmapId: string } | KpiListScope;

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

const KpiRecordRow = sqlRow({
  id: text,
  name: text,
  category,
  unit: text,
  direction,
  baseline: real,
  target: real,
  baselineDate: calendarDay,
  targetDate: calendarDay,
  version: integer,
  archivedAt: nullable(instant),
  roadmapId: nullable(text),
  ownerId: nullable(text),
  useCaseId: nullable(text),
  source,
  valueKind: oneOf(KPI_VALUE_KINDS),
  roadmapTitle: nullable(text),
  ownerName: nullable(text),
  useCaseTitle: nullable(text),
  measurementCount: integer,
});
export type KpiRecordRow = RowOf<typeof KpiRecordRow>;

/**
 * KPIs of the organisation with the titles their pages name (roadmap, owner, use
 * case): one KPI with how many measurements it has (the detail page), or the active or
 * archived ones in creation order (the list; no count). One statement either way.
 */
export function readKpiRows(scope: { orgId: string; kpiId: string } | KpiListScope) {
  const single = "kpiId" in scope;
  return readRows(
    Prisma.sql`
      SELECT k."id", k."name", k."category", k."unit", k."direction", k."baseline",
             k."target", k."baselineDate", k."targetDate", k."version", k."archivedAt",
             k."roadmapId", k."ownerId", k."useCaseId", k."source", k."valueKind",
             r."title" AS "roadmapTitle", o."name" AS "ownerName", u."title" AS "useCaseTitle",
             ${single ? Prisma.sql`(SELECT COUNT(*) FROM "KpiMeasurement" c WHERE c."kpiId" = k."id")` : Prisma.sql`0`} AS "measurementCount"
      FROM "Kpi" k
      LEFT JOIN "Roadmap" r ON r."id" = k."roadmapId" AND r."orgId" = k."orgId"
      LEFT JOIN "User" o ON o."id" = k."ownerId"
      LEFT JOIN "UseCase" u ON u."id" = k."useCaseId" AND u."orgId" = k."orgId"
      WHERE k."orgId" = ${scope.orgId} AND ${
        single
          ? Prisma.sql`k."id" = ${scope.kpiId}`
          : Prisma.sql`k."archivedAt" ${scope.archived ? Prisma.sql`IS NOT NULL` : Prisma.sql`IS NULL`}`
      }
      ORDER BY k."createdAt", k."id"`,
    KpiRecordRow,
  );
}

const MeasurementPageRow = taggedRows("kind", {
  /** One day's value: the last recorded that day (a later one is a correction). */
  1: { date: calendarDay, value: real },
  /** A measurement of the requested page, with how it counts within its day. */
  2: {
    id: text,
    date: calendarDay,
    value: real,
    createdAt: instant,
    note: text,
    recordedById: nullable(text),
    recordedByName: nullable(text),
    version: integer,
    /** The last recorded on its day: the value the KPI is judged by. */
    counts: flag,
    /** The first recorded on its day; any later one is a correction. */
    firstOfDay: flag,
  },
});

/**
 * A KPI's values for its chart and status (kind 1: one per day, oldest first) and one
 * page of its measurements for the table (kind 2: `limit` from `offset`, newest first),
 * in one statement. Both walk the KPI's (kpiId, date, createdAt) index, so the cost
 * follows the number of days and the page, not the number of measurements: a KPI fed
 * by a system many times a day stays as quick as one measured weekly. The days are
 * found by skipping from one date to the next through the index (a recursive CTE),
 * each day's value is the index's last entry of that day. Nothing is read unless the
 * KPI is the organisation's.
 */
export async function readMeasurementPage({
  orgId,
  kpiId,
  limit,
  offset,
}: {
  orgId: string;
  kpiId: string;
  limit: number;
  offset: number;
}) {
  const rows = await readRows(
    Prisma.sql`
      WITH RECURSIVE "chosen" AS (
        SELECT k."id" FROM "Kpi" k WHERE k."id" = ${kpiId} AND k."orgId" = ${orgId}
      ), "measuredDays"("day") AS (
        SELECT (SELECT f."date" FROM "KpiMeasurement" f
                WHERE f."kpiId" = "chosen"."id" ORDER BY f."date" LIMIT 1)
        FROM "chosen"
        UNION ALL
        SELECT (SELECT n."date" FROM "KpiMeasurement" n
                WHERE n."kpiId" = ${kpiId} AND n."date" > "measuredDays"."day"
                ORDER BY n."date" LIMIT 1)
        FROM "measuredDays" WHERE "measuredDays"."day" IS NOT NULL
      )
      SELECT 2 AS "kind", shown."id", shown."date", shown."value", shown."createdAt", shown."note",
             shown."recordedById", u."name" AS "recordedByName", shown."version",
             NOT EXISTS (
               SELECT 1 FROM "KpiMeasurement" l
               WHERE l."kpiId" = shown."kpiId" AND l."date" = shown."date"
                 AND (l."createdAt" > shown."createdAt" OR (l."createdAt" = shown."createdAt" AND l."id" > shown."id"))
             ) AS "counts",
             NOT EXISTS (
               SELECT 1 FROM "KpiMeasurement" e
               WHERE e."kpiId" = shown."kpiId" AND e."date" = shown."date"
                 AND (e."createdAt" < shown."createdAt" OR (e."createdAt" = shown."createdAt" AND e."id" < shown."id"))
             ) AS "firstOfDay"
      FROM (
        SELECT m."id", m."kpiId", m."date", m."value", m."createdAt", m."note",
               m."recordedById", m."version"
        FROM "chosen" JOIN "KpiMeasurement" m ON m."kpiId" = "chosen"."id"
        ORDER BY m."date" DESC, m."createdAt" DESC, m."id" DESC
        LIMIT ${limit} OFFSET ${offset}
      ) shown
      LEFT JOIN "User" u ON u."id" = shown."recordedById"
      UNION ALL
      SELECT 1, NULL, "measuredDays"."day",
             (SELECT v."value" FROM "KpiMeasurement" v
              WHERE v."kpiId" = ${kpiId} AND v."date" = "measuredDays"."day"
              ORDER BY v."createdAt" DESC, v."id" DESC LIMIT 1),
             NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM "measuredDays" WHERE "measuredDays"."day" IS NOT NULL`,
    MeasurementPageRow,
  );
  const days: { date: string; value: number }[] = [];
  const page: Extract<RowOf<typeof MeasurementPageRow>, { kind: 2 }>[] = [];
  for (const row of rows) {
    if (row.kind === 1) days.push({ date: row.date, value: row.value });
    else page.push(row);
  }
  // A UNION's rows come in no promised order: days oldest first, the page newest first.
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  page.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      b.createdAt.getTime() - a.createdAt.getTime() ||
      (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
  return { days, page };
}

const RecordableKpiRow = sqlRow({ id: text, name: text, unit: text });

/**
 * The active KPIs a person owns that take typed-in measurements (derived KPIs read the
 * oversight log), by name: what "my tasks" offers to record. One statement.
 */
export function readRecordableKpis({ orgId, userId }: { orgId: string; userId: string }) {
  return readRows(
    Prisma.sql`
      SELECT k."id", k."name", k."unit"
      FROM "Kpi" k
      WHERE k."orgId" = ${orgId} AND k."ownerId" = ${userId} AND k."archivedAt" IS NULL
        AND k."source" = 'manual'
      ORDER BY k."name", k."id"`,
    RecordableKpiRow,
  );
}
