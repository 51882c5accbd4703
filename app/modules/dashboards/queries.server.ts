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

const useCaseStatus: Decoder<DbEnum<"UseCaseStatus">> = oneOf(USE_CASE_STATUSES);

const PhaseRow = sqlRow({
  roadmapId: text,
  title: text,
  ambition: text,
  roadmapStatus,
  startDate: calendarDay,
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
             r."startDate", r."plannedBudgetCents",
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

const UseCaseRow = sqlRow({
  id: text,
  title: text,
  status: useCaseStatus,
  roadmapId: nullable(text),
  hoursSavedPerWeek: real,
  hourlyCostCents: integer,
  /** The AI Act tier of its latest completed assessment. */
  tier: nullable(text),
});

/**
 * The organisation's open use cases of this roadmap or of none (not archived, not
 * rejected), by title, each with the tier of its latest completed assessment.
 */
export function readDashboardUseCases(orgId: string, roadmapId: string) {
  return readRows(
    Prisma.sql`
      SELECT u."id", u."title", u."status", u."roadmapId", u."hoursSavedPerWeek",
             u."hourlyCostCents",
             (SELECT a."tier" FROM "Assessment" a
              WHERE a."orgId" = u."orgId" AND a."useCaseId" = u."id" AND a."status" = 'completed'
              ORDER BY a."completedAt" DESC, a."createdAt" DESC
              LIMIT 1) AS "tier"
      FROM "UseCase" u
      WHERE u."orgId" = ${orgId} AND u."archivedAt" IS NULL AND u."status" <> 'rejected'
        AND (u."roadmapId" = ${roadmapId} OR u."roadmapId" IS NULL)
      ORDER BY u."title"`,
    UseCaseRow,
  );
}
