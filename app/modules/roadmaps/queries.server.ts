import { Prisma, readRows } from "~/lib/db.server";
import type { DbEnum } from "~/lib/db-types";
import {
  calendarDay,
  instant,
  integer,
  nullable,
  oneOf,
  sqlRow,
  taggedRows,
  text,
} from "~/lib/sql-decode";
import type { Decoder } from "~/lib/sql-decode";
import { addDaysIso, isoToUtcDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { PHASE_KINDS } from "../calendar/phase-dates";
import { TASK_STATUSES } from "../tasks/status";
import { LEARNING_KINDS } from "./learning-kinds";
import { LEARNING_SOURCE_PREFIX } from "./learning-source";
import { GATE_STATUSES, ROADMAP_STATUSES } from "./status";

/*
 * The roadmap overview's and ledger's hand-written statements (see readRows): portable SQL, every
 * WHERE and JOIN scoped by orgId, each with the schema its rows are decoded by.
 */

/** Decoders for the enum columns of roadmaps, phases and tasks (the dashboard's too). */
export const roadmapStatus: Decoder<DbEnum<"RoadmapStatus">> = oneOf(ROADMAP_STATUSES);
export const phaseKind: Decoder<DbEnum<"PhaseKind">> = oneOf(PHASE_KINDS);
export const gateStatus: Decoder<DbEnum<"GateStatus">> = oneOf(GATE_STATUSES);
export const taskStatus: Decoder<DbEnum<"TaskStatus">> = oneOf(TASK_STATUSES);

const SIBLING_LIMIT = 20;

const OverviewRoadmapRow = sqlRow({
  id: text,
  title: text,
  ambition: text,
  focusArea: text,
  status: roadmapStatus,
  startDate: calendarDay,
  lengthDays: integer,
  predecessorId: nullable(text),
  /** 1: one of the roadmaps to switch to; 0: this one, or only its predecessor or successor. */
  sibling: integer,
  /** The phase columns: empty on the other roadmaps' rows. */
  phaseId: nullable(text),
  kind: nullable(phaseKind),
  gateStatus: nullable(gateStatus),
  /** When this roadmap's closing review was completed (empty on the other rows). */
  reviewCompletedAt: nullable(instant),
});

/**
 * This roadmap, once per phase (with the phase's columns and its closing review),
 * first; then up to SIBLING_LIMIT other roadmaps that are not archived, newest first,
 * for switching (their phase columns empty), and the roadmap it follows and the one
 * that follows it, whatever their state. One statement.
 */
export function readOverviewRoadmaps(orgId: string, roadmapId: string) {
  return readRows(
    Prisma.sql`
      WITH siblings AS (
        SELECT s.id FROM "Roadmap" s
        WHERE s."orgId" = ${orgId} AND s.status <> 'archived' AND s.id <> ${roadmapId}
        ORDER BY s."startDate" DESC, s.id
        LIMIT ${SIBLING_LIMIT})
      SELECT r.id, r.title, r.ambition, r."focusArea", r.status, r."startDate", r."lengthDays",
             r."predecessorId",
             CASE WHEN r.id IN (SELECT id FROM siblings) THEN 1 ELSE 0 END AS sibling,
             p.id AS "phaseId", p.kind, p."gateStatus",
             rv."completedAt" AS "reviewCompletedAt"
      FROM "Roadmap" r
      LEFT JOIN "Phase" p ON p."roadmapId" = r.id AND p."orgId" = r."orgId" AND r.id = ${roadmapId}
      LEFT JOIN "RoadmapReview" rv
        ON rv."roadmapId" = r.id AND rv."orgId" = r."orgId" AND r.id = ${roadmapId}
      WHERE r."orgId" = ${orgId}
        AND (r.id = ${roadmapId}
          OR r.id IN (SELECT id FROM siblings)
          OR r."predecessorId" = ${roadmapId}
          OR r.id = (SELECT c."predecessorId" FROM "Roadmap" c
                     WHERE c.id = ${roadmapId} AND c."orgId" = ${orgId}))
      ORDER BY CASE WHEN r.id = ${roadmapId} THEN 0 ELSE 1 END, r."startDate" DESC, r.id, p.position`,
    OverviewRoadmapRow,
  );
}

const TaskCountRow = sqlRow({
  phaseId: text,
  status: taskStatus,
  dueDate: calendarDay,
  count: integer,
});

/**
 * How many of the roadmap's tasks share a phase, status and due date: all the
 * progress figures and the timeline need. Read from the (orgId, roadmapId, dueDate,
 * status, phaseId, deletedAt) index alone, without a row per task.
 */
export function readOverviewTaskCounts(orgId: string, roadmapId: string) {
  return readRows(
    Prisma.sql`
      SELECT t."phaseId", t.status, t."dueDate", CAST(COUNT(*) AS INTEGER) AS "count"
      FROM "Task" t
      WHERE t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId} AND t."deletedAt" IS NULL
      GROUP BY t."dueDate", t.status, t."phaseId"`,
    TaskCountRow,
  );
}

/** How many overdue tasks the overview names at most. */
const OVERDUE_LIST_LIMIT = 12;

const ListedTaskRow = sqlRow({
  /** 0: among the first OVERDUE_LIST_LIMIT overdue tasks; 1: due this week. */
  list: integer,
  id: text,
  title: text,
  status: taskStatus,
  dueDate: calendarDay,
  phaseId: text,
  ownerName: nullable(text),
});

/**
 * The tasks the overview names: the first OVERDUE_LIST_LIMIT overdue ones and those
 * still open and due from today to weekEnd (an overdue task of this week is listed
 * only as overdue), with their owners' names, in due-date order.
 */
export function readOverviewListedTasks(
  orgId: string,
  roadmapId: string,
  { today, weekStart, weekEnd }: { today: IsoDate; weekStart: IsoDate; weekEnd: IsoDate },
) {
  const todayStart = isoToUtcDate(today);
  const weekFrom = isoToUtcDate(weekStart > today ? weekStart : today);
  const weekUntil = isoToUtcDate(addDaysIso(weekEnd, 1));
  return readRows(
    Prisma.sql`
      SELECT * FROM (
        SELECT 0 AS list, t.id, t.title, t.status, t."dueDate", t."phaseId",
               u.name AS "ownerName", t.position
        FROM "Task" t
        LEFT JOIN "User" u ON u.id = t."ownerId"
        WHERE t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId} AND t."deletedAt" IS NULL
          AND t.status <> 'done' AND t."dueDate" < ${todayStart}
        ORDER BY t."dueDate", t.position, t.id
        LIMIT ${OVERDUE_LIST_LIMIT}) overdue
      UNION ALL
      SELECT 1, t.id, t.title, t.status, t."dueDate", t."phaseId", u.name, t.position
      FROM "Task" t
      LEFT JOIN "User" u ON u.id = t."ownerId"
      WHERE t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId} AND t."deletedAt" IS NULL
        AND t.status <> 'done' AND t."dueDate" >= ${weekFrom} AND t."dueDate" < ${weekUntil}
      ORDER BY 1, 5, 8, 2`,
    ListedTaskRow,
  );
}

const LedgerRow = taggedRows("kind", {
  /** The roadmap. */
  0: {
    id: text,
    title: text,
    status: roadmapStatus,
    startDate: calendarDay,
    lengthDays: integer,
    plannedCents: integer,
  },
  /** A learning, with its phase and author. */
  1: {
    id: text,
    title: text,
    learningKind: oneOf(LEARNING_KINDS),
    at: instant,
    phase: phaseKind,
    authorName: nullable(text),
  },
  /** A budget line, with its phase. */
  2: {
    id: text,
    title: text,
    at: instant,
    version: integer,
    plannedCents: integer,
    actualCents: integer,
    phase: phaseKind,
    suggested: integer,
  },
});

/**
 * A roadmap (kind 0; no row: not this organisation's), its learnings (1) and its budget
 * lines (2), each with its phase's kind: one statement for the learnings and budget
 * pages and the closing review. Rows come in no promised order.
 */
export function readRoadmapLedger(orgId: string, roadmapId: string) {
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", r."id", r."title", CAST(r."status" AS TEXT) AS "status",
             r."startDate", r."lengthDays", r."plannedBudgetCents" AS "plannedCents",
             0 AS "actualCents", CAST(NULL AS TEXT) AS "learningKind",
             r."createdAt" AS "at", CAST(NULL AS TEXT) AS "phase",
             CAST(NULL AS TEXT) AS "authorName", 0 AS "version", 0 AS "suggested"
      FROM "Roadmap" r
      WHERE r."orgId" = ${orgId} AND r."id" = ${roadmapId}
      UNION ALL
      SELECT 1, l."id", l."text", NULL, NULL, 0, 0, 0, CAST(l."kind" AS TEXT), l."createdAt",
             CAST(p."kind" AS TEXT), u."name", 0, 0
      FROM "Learning" l
      JOIN "Phase" p ON p."id" = l."phaseId" AND p."orgId" = l."orgId"
      LEFT JOIN "User" u ON u."id" = l."authorId"
      WHERE l."orgId" = ${orgId} AND l."roadmapId" = ${roadmapId}
      UNION ALL
      SELECT 2, b."id", b."label", NULL, NULL, 0, b."plannedCents", b."actualCents", NULL,
             b."createdAt", CAST(p."kind" AS TEXT), NULL, b."version",
             CASE WHEN b."suggested" THEN 1 ELSE 0 END
      FROM "BudgetLine" b
      JOIN "Phase" p ON p."id" = b."phaseId" AND p."orgId" = b."orgId"
      WHERE b."orgId" = ${orgId} AND b."roadmapId" = ${roadmapId}`,
    LedgerRow,
  );
}

const SuccessorRow = sqlRow({
  id: text,
  title: text,
  taskId: nullable(text),
  taskTitle: nullable(text),
  sourceKey: nullable(text),
});

/**
 * The roadmap that follows this one (Roadmap.predecessorId is unique), once per task of
 * it made from a learning (not deleted; task columns empty when there is none). No row:
 * no roadmap follows. One statement.
 */
export function readSuccessorWithLearningTasks(orgId: string, roadmapId: string) {
  return readRows(
    Prisma.sql`
      SELECT r."id", r."title", t."id" AS "taskId", t."title" AS "taskTitle", t."sourceKey"
      FROM "Roadmap" r
      LEFT JOIN "Task" t
        ON t."roadmapId" = r."id" AND t."orgId" = r."orgId" AND t."deletedAt" IS NULL
       AND t."sourceKey" LIKE ${`${LEARNING_SOURCE_PREFIX}%`}
      WHERE r."orgId" = ${orgId} AND r."predecessorId" = ${roadmapId}`,
    SuccessorRow,
  );
}
