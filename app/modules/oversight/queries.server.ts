import { Prisma, readRows } from "~/lib/db.server";
import { calendarDay, integer, sqlRow, text } from "~/lib/sql-decode";
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
