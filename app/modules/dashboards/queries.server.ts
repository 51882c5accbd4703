import { Prisma, readRows } from "~/lib/db.server";
import type { DbEnum } from "~/lib/db-types";
import {
  calendarDay,
  integer,
  localDay,
  nullable,
  oneOf,
  real,
  sqlRow,
  taggedRows,
  text,
} from "~/lib/sql-decode";
import type { Decoder, RowOf } from "~/lib/sql-decode";
import { gateStatus, phaseKind, roadmapStatus, taskStatus } from "../roadmaps/queries.server";
import { USE_CASE_STATUSES } from "../use-cases/status";

/*
 * The leadership dashboard's hand-written statements (see readRows; its KPI cards are
 * read by kpis/queries.server.ts): portable SQL (quoted identifiers, JOIN, correlated
 * subqueries, COALESCE/SUM, LIMIT), every WHERE and JOIN scoped by orgId, each with the
 * schema its rows are decoded by.
 */

/** Decoder for the use-case status column (the portfolio's statement too). */
export const useCaseStatus: Decoder<DbEnum<"UseCaseStatus">> = oneOf(USE_CASE_STATUSES);

const DashboardRow = taggedRows("kind", {
  /** A roadmap: this one, or another that is not archived (for switching). */
  0: {
    /** Newest start first, then by id. */
    rank: integer,
    id: text,
    title: text,
    status: roadmapStatus,
    /** The start date. */
    day: calendarDay,
    /** The ambition. */
    text: text,
    /** Its length in days. */
    amount: integer,
    /** The planned budget. */
    amount2: integer,
  },
  /** A phase of one of them, with its budget lines' sums. */
  1: {
    /** Its position in the roadmap. */
    rank: integer,
    id: text,
    roadmapId: text,
    /** The phase's kind. */
    title: phaseKind,
    /** The gate's status. */
    status: gateStatus,
    /** The day the gate was decided, in the server's zone. */
    doneOn: nullable(localDay),
    /** Planned cents. */
    amount: integer,
    /** Actual cents. */
    amount2: integer,
  },
  /** A task of the roadmap (not deleted); in no order. */
  2: {
    id: text,
    /** Its phase. */
    parentId: text,
    title: text,
    status: taskStatus,
    /** The due date. */
    day: calendarDay,
    /** The day it was completed, in the server's zone. */
    doneOn: nullable(localDay),
    ownerId: nullable(text),
    ownerName: nullable(text),
  },
  /** An open use case of this roadmap or of none. */
  3: {
    /** By title. */
    rank: integer,
    id: text,
    roadmapId: nullable(text),
    title: text,
    status: useCaseStatus,
    /** The AI Act tier of its latest completed assessment. */
    text: nullable(text),
    /** Hourly cost in cents. */
    amount: integer,
    /** Hours saved per week. */
    amount2: real,
  },
  /** An open high-severity oversight incident of one of those use cases. */
  4: {
    /** By the use case's title, then by date. */
    rank: integer,
    /** The review's id. */
    id: text,
    /** The use case. */
    parentId: text,
    /** The use case's title. */
    title: text,
    /** The incident's date. */
    day: calendarDay,
    /** Its description. */
    text: nullable(text),
  },
  /** The follow-up task of such an incident (not deleted, not done). */
  5: {
    id: text,
    /** The incident's review. */
    parentId: text,
    roadmapId: text,
    title: text,
    status: taskStatus,
    /** The due date. */
    day: calendarDay,
    ownerName: nullable(text),
  },
});
export type DashboardRow = RowOf<typeof DashboardRow>;

/**
 * Everything of the dashboard but its KPI cards (kpis/queries.server.ts), in one
 * statement whatever the number of rows: this roadmap and the other roadmaps that are
 * not archived (kind 0, for switching; those with phases), their phases with their
 * budget sums (1), this roadmap's tasks (2), the organisation's open use cases of this
 * roadmap or of none (not archived, not rejected, not stopped by a closing review) with
 * the tier of their latest completed assessment (3), their open high-severity oversight
 * incidents (4; open until the follow-up task is done: none, or a deleted one, keeps it
 * open) and those incidents' follow-up tasks (5).
 *
 * The columns are few and shared by the kinds (see the row schema for what each holds):
 * every row has all of them, and a roadmap's tasks, by far the most rows, would each
 * carry every other kind's columns otherwise (reading a column costs about as much per
 * row whether it is NULL or not). No ORDER BY either, which would sort the tasks too:
 * the kinds that have an order carry it in "rank" (ROW_NUMBER in the database's
 * collation, or the phase's position). The first branch types every column for
 * PostgreSQL, which unites the numbers' types (so "amount2", which holds hours too, is a
 * double there); enum columns are text, as PostgreSQL cannot unite two enum types in one
 * column.
 */
export function readDashboardRecords(orgId: string, roadmapId: string) {
  // Open use cases of this roadmap or of none (u: "UseCase").
  const openUseCase = Prisma.sql`u."archivedAt" IS NULL AND u."status" NOT IN ('rejected', 'stopped')
        AND (u."roadmapId" = ${roadmapId} OR u."roadmapId" IS NULL)`;
  // Open high-severity incidents (o) of those use cases (u), with their follow-up task (t,
  // if any: LEFT JOIN; or only those with one: JOIN) and its owner (ow).
  const openIncidents = (taskJoin: Prisma.Sql) => Prisma.sql`
      FROM "OversightReview" o
      JOIN "UseCase" u ON u."id" = o."useCaseId" AND u."orgId" = o."orgId"
      ${taskJoin} "Task" t
        ON t."id" = o."followUpTaskId" AND t."orgId" = o."orgId" AND t."deletedAt" IS NULL
      LEFT JOIN "User" ow ON ow."id" = t."ownerId"
      WHERE o."orgId" = ${orgId} AND o."hasIncident" = TRUE AND o."incidentSeverity" = 'high'
        AND (t."id" IS NULL OR t."status" <> 'done') AND ${openUseCase}`;
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", ROW_NUMBER() OVER (ORDER BY r."startDate" DESC, r."id") AS "rank",
             r."id" AS "id", CAST(NULL AS TEXT) AS "parentId", CAST(NULL AS TEXT) AS "roadmapId",
             r."title" AS "title", CAST(r."status" AS TEXT) AS "status", r."startDate" AS "day",
             CAST(NULL AS TIMESTAMP) AS "doneOn", CAST(NULL AS TEXT) AS "ownerId",
             CAST(NULL AS TEXT) AS "ownerName", r."ambition" AS "text", r."lengthDays" AS "amount",
             r."plannedBudgetCents" AS "amount2"
      FROM "Roadmap" r
      WHERE r."orgId" = ${orgId} AND (r."id" = ${roadmapId} OR r."status" <> 'archived')
        AND EXISTS (SELECT 1 FROM "Phase" x WHERE x."orgId" = r."orgId" AND x."roadmapId" = r."id")
      UNION ALL
      SELECT 1, p."position", p."id", NULL, p."roadmapId", CAST(p."kind" AS TEXT),
             CAST(p."gateStatus" AS TEXT), NULL, p."gateDecidedAt", NULL, NULL, NULL,
             COALESCE((SELECT SUM(b."plannedCents") FROM "BudgetLine" b
                       WHERE b."orgId" = p."orgId" AND b."phaseId" = p."id"), 0),
             COALESCE((SELECT SUM(b."actualCents") FROM "BudgetLine" b
                       WHERE b."orgId" = p."orgId" AND b."phaseId" = p."id"), 0)
      FROM "Phase" p
      JOIN "Roadmap" r ON r."id" = p."roadmapId" AND r."orgId" = p."orgId"
      WHERE p."orgId" = ${orgId} AND (r."id" = ${roadmapId} OR r."status" <> 'archived')
      UNION ALL
      SELECT 2, NULL, t."id", t."phaseId", NULL, t."title", CAST(t."status" AS TEXT), t."dueDate",
             t."completedAt", t."ownerId", o."name", NULL, NULL, NULL
      FROM "Task" t
      LEFT JOIN "User" o ON o."id" = t."ownerId"
      WHERE t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId} AND t."deletedAt" IS NULL
      UNION ALL
      SELECT 3, ROW_NUMBER() OVER (ORDER BY u."title"), u."id", NULL, u."roadmapId", u."title",
             CAST(u."status" AS TEXT), NULL, NULL, NULL, NULL,
             (SELECT a."tier" FROM "Assessment" a
              WHERE a."orgId" = u."orgId" AND a."useCaseId" = u."id" AND a."status" = 'completed'
              ORDER BY a."completedAt" DESC, a."createdAt" DESC
              LIMIT 1),
             u."hourlyCostCents", u."hoursSavedPerWeek"
      FROM "UseCase" u
      WHERE u."orgId" = ${orgId} AND ${openUseCase}
      UNION ALL
      SELECT 4, ROW_NUMBER() OVER (ORDER BY u."title", o."date"), o."id", u."id", NULL, u."title",
             NULL, o."date", NULL, NULL, NULL, o."incidentDescription", NULL, NULL
      ${openIncidents(Prisma.sql`LEFT JOIN`)}
      UNION ALL
      SELECT 5, NULL, t."id", o."id", t."roadmapId", t."title", CAST(t."status" AS TEXT),
             t."dueDate", NULL, NULL, ow."name", NULL, NULL, NULL
      ${openIncidents(Prisma.sql`JOIN`)}`,
    DashboardRow,
  );
}

const DataVersionRow = sqlRow({ dataVersion: integer });

/** The organisation's dataVersion (the key of its cached pages), or null when it has gone. */
export async function readOrgDataVersion(orgId: string): Promise<number | null> {
  const [row] = await readRows(
    Prisma.sql`SELECT o."dataVersion" FROM "Organisation" o WHERE o."id" = ${orgId}`,
    DataVersionRow,
  );
  return row?.dataVersion ?? null;
}
