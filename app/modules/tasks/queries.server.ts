import { Prisma, readRows } from "~/lib/db.server";
import {
  calendarDay,
  flag,
  instant,
  integer,
  jsonObject,
  nullable,
  oneOf,
  sqlRow,
  text,
} from "~/lib/sql-decode";
import type { PhaseKind } from "../calendar/phase-dates";
import { gateStatus, phaseKind, roadmapStatus, taskStatus } from "../roadmaps/queries.server";
import type { TaskStatus } from "./status";
import { PRIORITIES } from "./priorities";

/*
 * The phase board's and the task detail page's hand-written statements (see readRows): portable SQL, every
 * WHERE and JOIN scoped by orgId, each with the schema its rows are decoded by.
 */

const TaskRow = sqlRow({
  id: text,
  title: text,
  description: text,
  status: taskStatus,
  priority: oneOf(PRIORITIES),
  dueDate: calendarDay,
  ownerId: nullable(text),
  version: integer,
  deletedAt: nullable(instant),
  completedAt: nullable(instant),
  createdAt: instant,
  phase: phaseKind,
  roadmapId: text,
  roadmapTitle: text,
  roadmapStatus,
  startDate: calendarDay,
  lengthDays: integer,
  completedByName: nullable(text),
});

/**
 * One task of the roadmap (deleted ones too, for the undo) with its phase, roadmap and
 * who completed it, or null. One statement.
 */
export async function readTask({
  orgId,
  roadmapId,
  taskId,
}: {
  orgId: string;
  roadmapId: string;
  taskId: string;
}) {
  const [row] = await readRows(
    Prisma.sql`
      SELECT t."id", t."title", t."description", t."status", t."priority", t."dueDate",
             t."ownerId", t."version", t."deletedAt", t."completedAt", t."createdAt",
             p."kind" AS "phase", r."id" AS "roadmapId", r."title" AS "roadmapTitle",
             r."status" AS "roadmapStatus", r."startDate", r."lengthDays",
             c."name" AS "completedByName"
      FROM "Task" t
      JOIN "Phase" p ON p."id" = t."phaseId" AND p."orgId" = t."orgId"
      JOIN "Roadmap" r ON r."id" = t."roadmapId" AND r."orgId" = t."orgId"
      LEFT JOIN "User" c ON c."id" = t."completedById"
      WHERE t."id" = ${taskId} AND t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId}`,
    TaskRow,
  );
  return row ?? null;
}

const HistoryRow = sqlRow({
  id: text,
  action: text,
  before: jsonObject,
  after: jsonObject,
  createdAt: instant,
  actorName: nullable(text),
});

/** A task's audit events, newest first, up to `limit`, with who made each. One statement. */
export function readTaskHistory({
  orgId,
  taskId,
  limit,
}: {
  orgId: string;
  taskId: string;
  limit: number;
}) {
  return readRows(
    Prisma.sql`
      SELECT e."id", e."action", e."before", e."after", e."createdAt", a."name" AS "actorName"
      FROM "AuditEvent" e
      LEFT JOIN "User" a ON a."id" = e."actorId"
      WHERE e."orgId" = ${orgId} AND e."entity" = 'task' AND e."entityId" = ${taskId}
      ORDER BY e."createdAt" DESC, e."id" DESC
      LIMIT ${limit}`,
    HistoryRow,
  );
}

const BoardPhaseRow = sqlRow({
  roadmapId: text,
  title: text,
  roadmapStatus,
  startDate: calendarDay,
  lengthDays: integer,
  id: text,
  kind: phaseKind,
  goal: text,
  gateStatus,
  gateRequestedAt: nullable(instant),
  gateRequestedById: nullable(text),
  gateDecidedAt: nullable(instant),
  gateDecidedById: nullable(text),
  gateComment: text,
  /** The exit criterion's columns: empty on the row of a phase without one. */
  criterionId: nullable(text),
  criterionText: nullable(text),
  criterionIsMet: nullable(flag),
  criterionVersion: nullable(integer),
});

/**
 * The board's frame in one statement: the roadmap with each of its phases, in order,
 * once per exit criterion of the phase (each phase's in order; once with empty
 * criterion columns when it has none).
 */
export function readBoardPhases({ orgId, roadmapId }: { orgId: string; roadmapId: string }) {
  return readRows(
    Prisma.sql`
      SELECT r."id" AS "roadmapId", r."title", r."status" AS "roadmapStatus", r."startDate",
             r."lengthDays", p."id", p."kind", p."goal", p."gateStatus", p."gateRequestedAt",
             p."gateRequestedById", p."gateDecidedAt", p."gateDecidedById", p."gateComment",
             c."id" AS "criterionId", c."text" AS "criterionText",
             c."isMet" AS "criterionIsMet", c."version" AS "criterionVersion"
      FROM "Roadmap" r
      JOIN "Phase" p ON p."roadmapId" = r."id" AND p."orgId" = r."orgId"
      LEFT JOIN "ExitCriterion" c ON c."phaseId" = p."id" AND c."orgId" = p."orgId"
      WHERE r."id" = ${roadmapId} AND r."orgId" = ${orgId}
      ORDER BY p."position", c."position", c."createdAt"`,
    BoardPhaseRow,
  );
}

const BoardTaskRow = sqlRow({
  id: text,
  title: text,
  status: taskStatus,
  priority: oneOf(PRIORITIES),
  dueDate: calendarDay,
  ownerId: nullable(text),
  version: integer,
});

/**
 * The board's tasks: one phase's, after the board's filters (an owner, or null for
 * nobody's; a status), in the board's order. One statement, decoded here rather than
 * by Prisma's client, which spent as long mapping a full board's rows as the rest of
 * the statement took.
 */
export function readBoardTasks({
  orgId,
  roadmapId,
  phase,
  ownerId,
  status,
}: {
  orgId: string;
  roadmapId: string;
  phase: PhaseKind;
  ownerId?: string | null;
  status?: TaskStatus;
}) {
  const conditions = [
    Prisma.sql`t."orgId" = ${orgId}`,
    Prisma.sql`t."roadmapId" = ${roadmapId}`,
    Prisma.sql`t."deletedAt" IS NULL`,
    Prisma.sql`p."kind" = ${phase}`,
  ];
  if (ownerId === null) conditions.push(Prisma.sql`t."ownerId" IS NULL`);
  else if (ownerId !== undefined) conditions.push(Prisma.sql`t."ownerId" = ${ownerId}`);
  if (status) conditions.push(Prisma.sql`t."status" = ${status}`);
  return readRows(
    Prisma.sql`
      SELECT t."id", t."title", t."status", t."priority", t."dueDate", t."ownerId", t."version"
      FROM "Task" t
      JOIN "Phase" p ON p."id" = t."phaseId" AND p."orgId" = t."orgId"
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY t."position", t."id"`,
    BoardTaskRow,
  );
}

const MyTaskRow = sqlRow({
  id: text,
  title: text,
  status: taskStatus,
  priority: oneOf(PRIORITIES),
  dueDate: calendarDay,
  roadmapId: text,
  roadmapTitle: text,
  phase: phaseKind,
});

/**
 * A person's tasks that are not deleted, on roadmaps that are not archived, by due date
 * then board position, at most `limit`, with their roadmap's title and phase: one
 * statement.
 */
export function readMyTasks({
  orgId,
  userId,
  limit,
}: {
  orgId: string;
  userId: string;
  limit: number;
}) {
  return readRows(
    Prisma.sql`
      SELECT t."id", t."title", t."status", t."priority", t."dueDate", t."roadmapId",
             r."title" AS "roadmapTitle", p."kind" AS "phase"
      FROM "Task" t
      JOIN "Roadmap" r ON r."id" = t."roadmapId" AND r."orgId" = t."orgId"
      JOIN "Phase" p ON p."id" = t."phaseId" AND p."orgId" = t."orgId"
      WHERE t."orgId" = ${orgId} AND t."ownerId" = ${userId} AND t."deletedAt" IS NULL
        AND r."status" <> 'archived'
      ORDER BY t."dueDate", t."position", t."id"
      LIMIT ${limit}`,
    MyTaskRow,
  );
}
