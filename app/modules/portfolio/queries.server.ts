import { Prisma, readRows } from "~/lib/db.server";
import { calendarDay, instant, integer, nullable, sqlRow, text } from "~/lib/sql-decode";
import { roadmapStatus } from "../roadmaps/queries.server";

/*
 * The portfolio's hand-written statement (see readRows): portable SQL, every WHERE and
 * JOIN scoped by orgId, with the schema its rows are decoded by.
 */

const PortfolioRoadmapRow = sqlRow({
  id: text,
  title: text,
  status: roadmapStatus,
  startDate: calendarDay,
  lengthDays: integer,
  predecessorId: nullable(text),
  plannedCents: integer,
  actualCents: integer,
  /** When the closing review was completed; null without one or while it is open. */
  reviewCompletedAt: nullable(instant),
  scaleCount: integer,
  adjustCount: integer,
  stopCount: integer,
});

/**
 * Every roadmap of the organisation with its budget lines' sums and its closing
 * review's decisions counted by kind, oldest start first. One statement: through
 * Prisma the review and its decisions would each take one more, the sums another.
 */
export function readPortfolioRoadmaps(orgId: string) {
  const decisions = (kind: "scale" | "adjust" | "stop") => Prisma.sql`
    (SELECT COUNT(*) FROM "UseCaseDecision" d
     WHERE d."orgId" = r."orgId" AND d."reviewId" = v."id" AND d."decision" = ${Prisma.raw(`'${kind}'`)})`;
  return readRows(
    Prisma.sql`
      SELECT r."id", r."title", r."status", r."startDate", r."lengthDays", r."predecessorId",
             COALESCE((SELECT SUM(b."plannedCents") FROM "BudgetLine" b
                       WHERE b."orgId" = r."orgId" AND b."roadmapId" = r."id"), 0) AS "plannedCents",
             COALESCE((SELECT SUM(b."actualCents") FROM "BudgetLine" b
                       WHERE b."orgId" = r."orgId" AND b."roadmapId" = r."id"), 0) AS "actualCents",
             v."completedAt" AS "reviewCompletedAt",
             ${decisions("scale")} AS "scaleCount",
             ${decisions("adjust")} AS "adjustCount",
             ${decisions("stop")} AS "stopCount"
      FROM "Roadmap" r
      LEFT JOIN "RoadmapReview" v ON v."roadmapId" = r."id" AND v."orgId" = r."orgId"
      WHERE r."orgId" = ${orgId}
      ORDER BY r."startDate", r."id"`,
    PortfolioRoadmapRow,
  );
}
