import { Prisma, readRows } from "~/lib/db.server";
import type { DbEnum } from "~/lib/db-types";
import {
  calendarDay,
  instant,
  integer,
  nullable,
  oneOf,
  real,
  taggedRows,
  text,
} from "~/lib/sql-decode";
import type { Decoder, RowOf } from "~/lib/sql-decode";
import { useCaseStatus } from "../dashboards/queries.server";
import { KPI_DIRECTIONS, KPI_SOURCES } from "../kpis/fields";
import { roadmapStatus, taskStatus } from "../roadmaps/queries.server";

/*
 * The portfolio's hand-written statement (see readRows): portable SQL, every WHERE and
 * JOIN scoped by orgId, with the schema its rows are decoded by.
 */

const kpiDirection: Decoder<DbEnum<"KpiDirection">> = oneOf(KPI_DIRECTIONS);
const kpiSource: Decoder<DbEnum<"KpiSource">> = oneOf(KPI_SOURCES);

const PortfolioRow = taggedRows("kind", {
  /** A roadmap, oldest start first. */
  0: {
    id: text,
    title: text,
    status: roadmapStatus,
    /** Its start day. */
    date: calendarDay,
    lengthDays: integer,
    predecessorId: nullable(text),
    plannedCents: integer,
    actualCents: integer,
    /** When the closing review was completed; null without one or while it is open. */
    reviewCompletedAt: nullable(instant),
    scaleCount: integer,
    adjustCount: integer,
    stopCount: integer,
  },
  /** How many of a roadmap's tasks (not deleted) have this status and due day. */
  1: { roadmapId: text, status: taskStatus, /** The due day. */ date: calendarDay, count: integer },
  /** A use case a roadmap's value counts, by roadmap and id. */
  2: {
    roadmapId: text,
    id: text,
    title: text,
    status: useCaseStatus,
    hoursSavedPerWeek: real,
    hourlyCostCents: integer,
  },
  /** An active KPI of a roadmap. */
  3: {
    id: text,
    roadmapId: text,
    direction: kpiDirection,
    baseline: real,
    target: real,
    source: kpiSource,
  },
});
export type PortfolioRow = RowOf<typeof PortfolioRow>;

/**
 * Everything the portfolio reads of its roadmaps, one statement (a UNION ALL told apart
 * by "kind", every branch scoped by orgId):
 *
 * - 0: every roadmap of the organisation with its budget lines' sums and its closing
 *   review's decisions counted by kind, oldest start first;
 * - 1: the tasks that are not deleted, counted by roadmap, status and due day;
 * - 2: the use cases each roadmap's value counts (not archived): those in the roadmap
 *   now, and those its completed closing review decided on. Generating the next roadmap
 *   moves the scaled and adjusted use cases on, yet the hours they saved in the finished
 *   roadmap still count for it (the weeks do not overlap). UNION drops the pairs both
 *   give; by roadmap and id;
 * - 3: the roadmaps' active KPIs (as on the dashboard).
 *
 * The first branch names every column and types the ones it leaves empty (PostgreSQL
 * reads an untyped NULL in two branches as text); enum columns are read as text, as
 * PostgreSQL cannot unite two enum types in one column.
 */
export function readPortfolio(orgId: string) {
  const decisions = (kind: "scale" | "adjust" | "stop") => Prisma.sql`
    (SELECT COUNT(*) FROM "UseCaseDecision" d
     WHERE d."orgId" = r."orgId" AND d."reviewId" = v."id" AND d."decision" = ${Prisma.raw(`'${kind}'`)})`;
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", r."id", r."title", CAST(r."status" AS TEXT) AS "status",
             r."startDate" AS "date", r."lengthDays", r."predecessorId",
             COALESCE((SELECT SUM(b."plannedCents") FROM "BudgetLine" b
                       WHERE b."orgId" = r."orgId" AND b."roadmapId" = r."id"), 0) AS "plannedCents",
             COALESCE((SELECT SUM(b."actualCents") FROM "BudgetLine" b
                       WHERE b."orgId" = r."orgId" AND b."roadmapId" = r."id"), 0) AS "actualCents",
             v."completedAt" AS "reviewCompletedAt",
             ${decisions("scale")} AS "scaleCount",
             ${decisions("adjust")} AS "adjustCount",
             ${decisions("stop")} AS "stopCount",
             CAST(NULL AS TEXT) AS "roadmapId", CAST(NULL AS BIGINT) AS "count",
             CAST(NULL AS DOUBLE PRECISION) AS "hoursSavedPerWeek",
             CAST(NULL AS INTEGER) AS "hourlyCostCents", CAST(NULL AS TEXT) AS "direction",
             CAST(NULL AS DOUBLE PRECISION) AS "baseline",
             CAST(NULL AS DOUBLE PRECISION) AS "target", CAST(NULL AS TEXT) AS "source"
      FROM "Roadmap" r
      LEFT JOIN "RoadmapReview" v ON v."roadmapId" = r."id" AND v."orgId" = r."orgId"
      WHERE r."orgId" = ${orgId}
      UNION ALL
      SELECT 1, NULL, NULL, CAST(t."status" AS TEXT), t."dueDate", NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, t."roadmapId", COUNT(*), NULL, NULL, NULL, NULL, NULL, NULL
      FROM "Task" t
      WHERE t."orgId" = ${orgId} AND t."deletedAt" IS NULL
      GROUP BY t."roadmapId", t."status", t."dueDate"
      UNION ALL
      SELECT 2, c."id", c."title", CAST(c."status" AS TEXT), NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, c."roadmapId", NULL, c."hoursSavedPerWeek", c."hourlyCostCents",
             NULL, NULL, NULL, NULL
      FROM (
        SELECT u."roadmapId", u."id", u."title", u."status", u."hoursSavedPerWeek",
               u."hourlyCostCents"
        FROM "UseCase" u
        WHERE u."orgId" = ${orgId} AND u."roadmapId" IS NOT NULL AND u."archivedAt" IS NULL
        UNION
        SELECT rv."roadmapId", u."id", u."title", u."status", u."hoursSavedPerWeek",
               u."hourlyCostCents"
        FROM "UseCaseDecision" d
        JOIN "RoadmapReview" rv ON rv."id" = d."reviewId" AND rv."orgId" = d."orgId"
        JOIN "UseCase" u ON u."id" = d."useCaseId" AND u."orgId" = d."orgId"
        WHERE d."orgId" = ${orgId} AND rv."completedAt" IS NOT NULL AND u."archivedAt" IS NULL
      ) c
      UNION ALL
      SELECT 3, k."id", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             k."roadmapId", NULL, NULL, NULL, CAST(k."direction" AS TEXT), k."baseline",
             k."target", CAST(k."source" AS TEXT)
      FROM "Kpi" k
      WHERE k."orgId" = ${orgId} AND k."roadmapId" IS NOT NULL AND k."archivedAt" IS NULL
      ORDER BY "kind", "date", "roadmapId", "id"`,
    PortfolioRow,
  );
}
