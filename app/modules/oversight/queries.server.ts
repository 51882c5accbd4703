import { Prisma, readRows } from "~/lib/db.server";
import { calendarDay, integer, real, sqlRow, taggedRows, text } from "~/lib/sql-decode";
import type { RowOf } from "~/lib/sql-decode";

/*
 * The oversight module's hand-written statement (see readRows): portable SQL, scoped by
 * orgId, decoded by its row schema.
 */

/** Which derived KPIs to read: always of one organisation, optionally narrowed. */
export type DerivedKpiFilter = {
  kpiId?: string;
  roadmapId?: string;
  ownerId?: string;
  /** true: archived KPIs only; false: active ones only; undefined: both. */
  archived?: boolean;
};

const SampleRow = sqlRow({ kpiId: text, date: calendarDay, reviewed: integer, hits: integer });
export type DerivedKpiSampleRow = RowOf<typeof SampleRow>;

/**
 * Per derived KPI and review day: the outputs reviewed and the rate's numerator
 * (corrected + rejected, or approved), summed over that day's sessions of the KPI's
 * use case. One statement; reviews are joined on the KPI's organisation as well.
 */
export function readDerivedKpiSamples(
  orgId: string,
  filter: DerivedKpiFilter,
): Promise<DerivedKpiSampleRow[]> {
  const conditions = [Prisma.sql`k."orgId" = ${orgId}`, Prisma.sql`k."source" <> 'manual'`];
  if (filter.kpiId) conditions.push(Prisma.sql`k."id" = ${filter.kpiId}`);
  if (filter.roadmapId) conditions.push(Prisma.sql`k."roadmapId" = ${filter.roadmapId}`);
  if (filter.ownerId) conditions.push(Prisma.sql`k."ownerId" = ${filter.ownerId}`);
  if (filter.archived === true) conditions.push(Prisma.sql`k."archivedAt" IS NOT NULL`);
  if (filter.archived === false) conditions.push(Prisma.sql`k."archivedAt" IS NULL`);
  return readRows(
    Prisma.sql`
    SELECT k."id" AS "kpiId", o."date",
           SUM(o."reviewedCount") AS "reviewed",
           SUM(CASE WHEN k."source" = 'oversight_approval_rate' THEN o."approvedCount"
                    ELSE o."correctedCount" + o."rejectedCount" END) AS "hits"
    FROM "Kpi" k
    JOIN "OversightReview" o ON o."useCaseId" = k."useCaseId" AND o."orgId" = k."orgId"
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY k."id", o."date"
    ORDER BY o."date"`,
    SampleRow,
  );
}

const KpiValueRow = taggedRows("kind", {
  /** A measurement of a manual KPI. */
  0: { kpiId: text, value: real, date: calendarDay },
  /** A derived KPI's review day, as readDerivedKpiSamples gives it. */
  1: { kpiId: text, date: calendarDay, reviewed: integer, hits: integer },
});

/**
 * What the values of a roadmap's active KPIs are made of, in one statement: every
 * measurement (kind 0, in recording order: date, then creation) and, per derived KPI
 * and review day, its use case's review counts (kind 1, by date; see
 * readDerivedKpiSamples). Both scoped by orgId; a plain JOIN is much cheaper here than
 * Prisma's relation filter (an IN subquery).
 */
export function readRoadmapKpiValues({ orgId, roadmapId }: { orgId: string; roadmapId: string }) {
  return readRows(
    Prisma.sql`
    SELECT 0 AS "kind", m."kpiId", m."value", m."date", m."createdAt" AS "recordedAt",
           0 AS "reviewed", 0 AS "hits"
    FROM "KpiMeasurement" m
    JOIN "Kpi" k ON k."id" = m."kpiId" AND k."orgId" = m."orgId"
    WHERE m."orgId" = ${orgId} AND k."roadmapId" = ${roadmapId} AND k."archivedAt" IS NULL
    UNION ALL
    SELECT 1, k."id", NULL, o."date", NULL,
           SUM(o."reviewedCount"),
           SUM(CASE WHEN k."source" = 'oversight_approval_rate' THEN o."approvedCount"
                    ELSE o."correctedCount" + o."rejectedCount" END)
    FROM "Kpi" k
    JOIN "OversightReview" o ON o."useCaseId" = k."useCaseId" AND o."orgId" = k."orgId"
    WHERE k."orgId" = ${orgId} AND k."source" <> 'manual' AND k."roadmapId" = ${roadmapId}
      AND k."archivedAt" IS NULL
    GROUP BY k."id", o."date"
    ORDER BY 1, 4, 5`,
    KpiValueRow,
  );
}
