import { Prisma, readRows } from "~/lib/db.server";
import { calendarDay, instant, integer, nullable, real, sqlRow, text } from "~/lib/sql-decode";
import { useCaseStatus } from "../dashboards/queries.server";
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

const PortfolioUseCaseRow = sqlRow({
  roadmapId: text,
  id: text,
  title: text,
  status: useCaseStatus,
  hoursSavedPerWeek: real,
  hourlyCostCents: integer,
});

/**
 * The use cases each roadmap's value counts (not archived): those in the roadmap now, and
 * those its completed closing review decided on. Generating the next roadmap moves the
 * scaled and adjusted use cases on, yet the hours they saved in the finished roadmap still
 * count for it (the weeks do not overlap). One statement; UNION drops the pairs both give.
 */
export function readPortfolioUseCases(orgId: string) {
  return readRows(
    Prisma.sql`
      SELECT u."roadmapId", u."id", u."title", u."status", u."hoursSavedPerWeek",
             u."hourlyCostCents"
      FROM "UseCase" u
      WHERE u."orgId" = ${orgId} AND u."roadmapId" IS NOT NULL AND u."archivedAt" IS NULL
      UNION
      SELECT v."roadmapId", u."id", u."title", u."status", u."hoursSavedPerWeek",
             u."hourlyCostCents"
      FROM "UseCaseDecision" d
      JOIN "RoadmapReview" v ON v."id" = d."reviewId" AND v."orgId" = d."orgId"
      JOIN "UseCase" u ON u."id" = d."useCaseId" AND u."orgId" = d."orgId"
      WHERE d."orgId" = ${orgId} AND v."completedAt" IS NOT NULL AND u."archivedAt" IS NULL`,
    PortfolioUseCaseRow,
  );
}
