import { z } from "zod";
import { Prisma, readRows } from "~/lib/db.server";

/*
 * Hand-written SQL of the oversight module. Each statement has a row schema that
 * decodes both providers' values (SQLite: integers maybe as text, dates as ISO text;
 * PostgreSQL: sums as text), so callers never see raw driver values.
 */

/** Which derived KPIs to read: always of one organisation, optionally narrowed. */
export type DerivedKpiFilter = {
  kpiId?: string;
  roadmapId?: string;
  ownerId?: string;
  /** true: archived KPIs only; false: active ones only; undefined: both. */
  archived?: boolean;
};

const SampleRow = z.object({
  kpiId: z.string(),
  date: z.unknown().transform((v) => String(v).slice(0, 10)),
  reviewed: z.unknown().transform((v) => Number(v ?? 0)),
  hits: z.unknown().transform((v) => Number(v ?? 0)),
});
export type DerivedKpiSampleRow = z.infer<typeof SampleRow>;

/**
 * Per derived KPI and review day: the outputs reviewed and the rate's numerator
 * (corrected + rejected, or approved), summed over that day's sessions of the KPI's
 * use case. One statement; reviews are joined on the KPI's organisation as well.
 */
export async function readDerivedKpiSamples(
  orgId: string,
  filter: DerivedKpiFilter,
): Promise<DerivedKpiSampleRow[]> {
  const conditions = [Prisma.sql`k."orgId" = ${orgId}`, Prisma.sql`k."source" <> 'manual'`];
  if (filter.kpiId) conditions.push(Prisma.sql`k."id" = ${filter.kpiId}`);
  if (filter.roadmapId) conditions.push(Prisma.sql`k."roadmapId" = ${filter.roadmapId}`);
  if (filter.ownerId) conditions.push(Prisma.sql`k."ownerId" = ${filter.ownerId}`);
  if (filter.archived === true) conditions.push(Prisma.sql`k."archivedAt" IS NOT NULL`);
  if (filter.archived === false) conditions.push(Prisma.sql`k."archivedAt" IS NULL`);
  const rows = await readRows<Record<string, unknown>>(Prisma.sql`
    SELECT k."id" AS "kpiId", o."date",
           SUM(o."reviewedCount") AS "reviewed",
           SUM(CASE WHEN k."source" = 'oversight_approval_rate' THEN o."approvedCount"
                    ELSE o."correctedCount" + o."rejectedCount" END) AS "hits"
    FROM "Kpi" k
    JOIN "OversightReview" o ON o."useCaseId" = k."useCaseId" AND o."orgId" = k."orgId"
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY k."id", o."date"
    ORDER BY o."date"`);
  return rows.map((row) => SampleRow.parse(row));
}
