import { Prisma, readRows } from "~/lib/db.server";
import { instant, nullable, sqlRow, text } from "~/lib/sql-decode";

/*
 * The closing review's hand-written statement (see readRows): portable SQL, every WHERE
 * and JOIN scoped by orgId, decoded by its row schema.
 */

const StopDecisionRow = sqlRow({
  reason: text,
  completedAt: nullable(instant),
  roadmapId: text,
  roadmapTitle: text,
});

/**
 * Why a completed closing review stopped a use case (the newest such review), with its
 * roadmap, or null: one statement.
 */
export async function readStopDecision({ orgId, useCaseId }: { orgId: string; useCaseId: string }) {
  const [row] = await readRows(
    Prisma.sql`
      SELECT d."reason", v."completedAt", r."id" AS "roadmapId", r."title" AS "roadmapTitle"
      FROM "UseCaseDecision" d
      JOIN "RoadmapReview" v ON v."id" = d."reviewId" AND v."orgId" = d."orgId"
      JOIN "Roadmap" r ON r."id" = v."roadmapId" AND r."orgId" = v."orgId"
      WHERE d."orgId" = ${orgId} AND d."useCaseId" = ${useCaseId} AND d."decision" = 'stop'
        AND v."completedAt" IS NOT NULL
      ORDER BY v."completedAt" DESC, d."id" DESC
      LIMIT 1`,
    StopDecisionRow,
  );
  return row ?? null;
}
