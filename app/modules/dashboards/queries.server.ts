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
import type { Decoder } from "~/lib/sql-decode";
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

const PhaseRow = sqlRow({
  roadmapId: text,
  title: text,
  ambition: text,
  roadmapStatus,
  startDate: calendarDay,
  lengthDays: integer,
  plannedBudgetCents: integer,
  phaseId: text,
  kind: phaseKind,
  gateStatus,
  /** The day the gate was decided, in the server's zone. */
  gateDecidedOn: nullable(localDay),
  plannedCents: integer,
  actualCents: integer,
});

/**
 * The phases of this roadmap and of the other roadmaps that are not archived (for
 * switching), each with its roadmap's columns and its budget sums; newest roadmap
 * first, phases in order.
 */
export function readDashboardPhases(orgId: string, roadmapId: string) {
  return readRows(
    Prisma.sql`
      SELECT r."id" AS "roadmapId", r."title", r."ambition", r."status" AS "roadmapStatus",
             r."startDate", r."lengthDays", r."plannedBudgetCents",
             p."id" AS "phaseId", p."kind", p."gateStatus", p."gateDecidedAt" AS "gateDecidedOn",
             COALESCE((SELECT SUM(b."plannedCents") FROM "BudgetLine" b
                       WHERE b."orgId" = p."orgId" AND b."phaseId" = p."id"), 0) AS "plannedCents",
             COALESCE((SELECT SUM(b."actualCents") FROM "BudgetLine" b
                       WHERE b."orgId" = p."orgId" AND b."phaseId" = p."id"), 0) AS "actualCents"
      FROM "Phase" p
      JOIN "Roadmap" r ON r."id" = p."roadmapId" AND r."orgId" = p."orgId"
      WHERE p."orgId" = ${orgId}
        AND (r."id" = ${roadmapId} OR r."status" <> 'archived')
      ORDER BY r."startDate" DESC, r."id", p."position"`,
    PhaseRow,
  );
}

const TaskRow = sqlRow({
  id: text,
  title: text,
  status: taskStatus,
  dueDate: calendarDay,
  /** The day it was completed, in the server's zone. */
  completedOn: nullable(localDay),
  phaseId: text,
  ownerId: nullable(text),
  ownerName: nullable(text),
});

/** The roadmap's tasks (not deleted) with their owners' names. */
export function readDashboardTasks(orgId: string, roadmapId: string) {
  return readRows(
    Prisma.sql`
      SELECT t."id", t."title", t."status", t."dueDate", t."completedAt" AS "completedOn",
             t."phaseId", t."ownerId", u."name" AS "ownerName"
      FROM "Task" t
      LEFT JOIN "User" u ON u."id" = t."ownerId"
      WHERE t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId} AND t."deletedAt" IS NULL`,
    TaskRow,
  );
}

const UseCaseRow = taggedRows("kind", {
  /** A use case, by title. */
  0: {
    id: text,
    title: text,
    status: useCaseStatus,
    roadmapId: nullable(text),
    hoursSavedPerWeek: real,
    hourlyCostCents: integer,
    /** The AI Act tier of its latest completed assessment. */
    tier: nullable(text),
  },
  /**
   * An open high-severity oversight incident of one (id and title are the use case's),
   * with its follow-up task when it has one (not deleted).
   */
  1: {
    id: text,
    title: text,
    reviewId: text,
    incidentDate: calendarDay,
    incidentDescription: nullable(text),
    taskId: nullable(text),
    taskTitle: nullable(text),
    taskStatus: nullable(taskStatus),
    taskDueDate: nullable(calendarDay),
    taskOwnerName: nullable(text),
    taskRoadmapId: nullable(text),
  },
});

/**
 * The organisation's open use cases of this roadmap or of none (not archived, not
 * rejected, not stopped by a closing review), by title, each with the tier of its latest
 * completed assessment (kind 0); then their open high-severity oversight incidents (kind 1), until the follow-up
 * task is done (none, or a deleted one, keeps it open). The task's columns are apart
 * from the use case's, as PostgreSQL cannot unite two enum types in one column.
 */
export function readDashboardUseCases(orgId: string, roadmapId: string) {
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", u."id", u."title", u."status", u."roadmapId", u."hoursSavedPerWeek",
             u."hourlyCostCents",
             (SELECT a."tier" FROM "Assessment" a
              WHERE a."orgId" = u."orgId" AND a."useCaseId" = u."id" AND a."status" = 'completed'
              ORDER BY a."completedAt" DESC, a."createdAt" DESC
              LIMIT 1) AS "tier",
             NULL AS "reviewId", NULL AS "incidentDate", NULL AS "incidentDescription",
             NULL AS "taskId", NULL AS "taskTitle", NULL AS "taskStatus", NULL AS "taskDueDate",
             NULL AS "taskOwnerName", NULL AS "taskRoadmapId"
      FROM "UseCase" u
      WHERE u."orgId" = ${orgId} AND u."archivedAt" IS NULL AND u."status" NOT IN ('rejected', 'stopped')
        AND (u."roadmapId" = ${roadmapId} OR u."roadmapId" IS NULL)
      UNION ALL
      SELECT 1, u."id", u."title", NULL, NULL, NULL, NULL, NULL,
             o."id", o."date", o."incidentDescription",
             t."id", t."title", t."status", t."dueDate", ow."name", t."roadmapId"
      FROM "OversightReview" o
      JOIN "UseCase" u ON u."id" = o."useCaseId" AND u."orgId" = o."orgId"
      LEFT JOIN "Task" t
        ON t."id" = o."followUpTaskId" AND t."orgId" = o."orgId" AND t."deletedAt" IS NULL
      LEFT JOIN "User" ow ON ow."id" = t."ownerId"
      WHERE o."orgId" = ${orgId} AND o."hasIncident" = TRUE AND o."incidentSeverity" = 'high'
        AND (t."id" IS NULL OR t."status" <> 'done')
        AND u."archivedAt" IS NULL AND u."status" NOT IN ('rejected', 'stopped')
        AND (u."roadmapId" = ${roadmapId} OR u."roadmapId" IS NULL)
      ORDER BY 1, 3, 10`,
    UseCaseRow,
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
