import { Prisma, readRows } from "~/lib/db.server";
import { calendarDay, integer, nullable, oneOf, sqlRow, taggedRows, text } from "~/lib/sql-decode";
import type { Decoded } from "~/lib/sql-decode";
import { taskStatus } from "../roadmaps/queries.server";
import { COUNTING_TOPICS, TRAINING_TOPICS } from "./fields";

/*
 * AI literacy's hand-written statements (see readRows): portable SQL, every WHERE and
 * JOIN scoped by orgId, each with the schema its rows are decoded by.
 */

/** A completion of a counting training (the columns of countingCompletionsOf). */
export const COUNTING_COMPLETION = {
  userId: text,
  trainingId: text,
  topic: oneOf(TRAINING_TOPICS),
  completedOn: calendarDay,
  validityMonths: nullable(integer),
};
const CompletionRow = sqlRow(COUNTING_COMPLETION);

/** The statement of readCountingCompletions, also part of the use case page's. */
export function countingCompletionsOf(orgId: string) {
  return Prisma.sql`
      SELECT c."userId", c."trainingId", CAST(t."topic" AS TEXT) AS "topic", c."completedOn",
             t."validityMonths"
      FROM "TrainingCompletion" c
      JOIN "Training" t ON t."id" = c."trainingId" AND t."orgId" = c."orgId"
      WHERE c."orgId" = ${orgId} AND t."topic" IN (${Prisma.join([...COUNTING_TOPICS])})`;
}

/**
 * Every completion of a training whose topic counts for Art 4 (COUNTING_TOPICS), by
 * anyone of the organisation (scoped twice: the completion's and the training's orgId):
 * one statement.
 */
export function readCountingCompletions(orgId: string) {
  return readRows(countingCompletionsOf(orgId), CompletionRow);
}

/** A use case with one person of its team (the columns of teamRowsOf). */
export const TEAM_MEMBER = { id: text, ownerId: nullable(text), memberId: nullable(text) };
const TeamRow = sqlRow(TEAM_MEMBER);

/**
 * The statement of readUseCaseTeams: each use case with its owner, once per person on
 * its team (memberId; NULL when it has none). Also part of the use case page's.
 */
export function teamRowsOf({
  orgId,
  useCaseIds,
}: {
  orgId: string;
  useCaseIds: readonly string[];
}) {
  return Prisma.sql`
      SELECT u."id", u."ownerId", tm."userId" AS "memberId"
      FROM "UseCase" u
      LEFT JOIN "UseCaseMember" tm ON tm."useCaseId" = u."id" AND tm."orgId" = u."orgId"
      WHERE u."orgId" = ${orgId} AND u."id" IN (${Prisma.join([...useCaseIds])})`;
}

/** Rows of TEAM_MEMBER as one entry per use case with its team. */
export function teamsOf(rows: readonly Decoded<typeof TEAM_MEMBER>[]) {
  const teams = new Map<
    string,
    { id: string; ownerId: string | null; team: { userId: string }[] }
  >();
  for (const row of rows) {
    const team = teams.get(row.id) ?? { id: row.id, ownerId: row.ownerId, team: [] };
    if (row.memberId) team.team.push({ userId: row.memberId });
    teams.set(row.id, team);
  }
  return [...teams.values()];
}

/**
 * Some use cases of the organisation with their owner and the people on their team
 * (others' ids give nothing): one statement.
 */
export async function readUseCaseTeams(of: { orgId: string; useCaseIds: readonly string[] }) {
  return teamsOf(await readRows(teamRowsOf(of), TeamRow));
}

/** A counting training planned for a person (the columns of countingAssignmentsOf). */
export const COUNTING_ASSIGNMENT = { userId: text, dueDate: calendarDay };

/**
 * Who is assigned a training that counts for Art 4, and by when, earliest first
 * ("position": 1 for the earliest), as the use case page's statement reads it. Scoped
 * twice: the assignment's and the training's orgId.
 */
export function countingAssignmentsOf(orgId: string) {
  return Prisma.sql`
      SELECT a."userId", a."dueDate", ROW_NUMBER() OVER (ORDER BY a."dueDate", a."id") AS "position"
      FROM "TrainingAssignment" a
      JOIN "Training" t ON t."id" = a."trainingId" AND t."orgId" = a."orgId"
      WHERE a."orgId" = ${orgId} AND t."topic" IN (${Prisma.join([...COUNTING_TOPICS])})
      ORDER BY a."dueDate", a."id"`;
}

const OverviewRow = taggedRows("kind", {
  /** A completion of one of the organisation's trainings (any topic). */
  0: {
    userId: text,
    trainingId: text,
    title: text,
    topic: oneOf(TRAINING_TOPICS),
    day: calendarDay,
    validityMonths: nullable(integer),
  },
  /** An entry of the training plan. */
  1: {
    id: text,
    userId: text,
    trainingId: text,
    title: text,
    day: calendarDay,
    taskId: nullable(text),
  },
  /** An active use case with one person of its team (or none: userId empty). */
  2: { id: text, title: text, ownerId: nullable(text), userId: nullable(text) },
});

/**
 * The coverage page's records in one statement: every completion (kind 0) and plan
 * entry (kind 1) of the organisation's trainings, each with its training's title (scoped
 * twice: the record's and the training's orgId), then the use cases that are not
 * archived with their team, one row per person (kind 2), by title.
 */
export function readLiteracyOverview(orgId: string) {
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", c."id" AS "id", c."userId" AS "userId", c."trainingId" AS "trainingId",
             t."title" AS "title", CAST(t."topic" AS TEXT) AS "topic", c."completedOn" AS "day",
             t."validityMonths" AS "validityMonths",
             NULL AS "taskId", NULL AS "ownerId"
      FROM "TrainingCompletion" c
      JOIN "Training" t ON t."id" = c."trainingId" AND t."orgId" = c."orgId"
      WHERE c."orgId" = ${orgId}
      UNION ALL
      SELECT 1, a."id", a."userId", a."trainingId", t."title", NULL, a."dueDate", NULL,
             a."taskId", NULL
      FROM "TrainingAssignment" a
      JOIN "Training" t ON t."id" = a."trainingId" AND t."orgId" = a."orgId"
      WHERE a."orgId" = ${orgId}
      UNION ALL
      SELECT 2, u."id", tm."userId", NULL, u."title", NULL, NULL, NULL, NULL, u."ownerId"
      FROM "UseCase" u
      LEFT JOIN "UseCaseMember" tm ON tm."useCaseId" = u."id" AND tm."orgId" = u."orgId"
      WHERE u."orgId" = ${orgId} AND u."archivedAt" IS NULL
      ORDER BY "kind", "title", "id", "userId"`,
    OverviewRow,
  );
}

const PlanRow = taggedRows("kind", {
  /** A plan entry with its person, training and (not deleted) task. */
  0: {
    id: text,
    userId: text,
    trainingId: text,
    person: text,
    title: text,
    day: calendarDay,
    taskId: nullable(text),
    taskStatus: nullable(taskStatus),
    taskRoadmapId: nullable(text),
  },
  /** A completion of a planned training by a person it is planned for. */
  1: { userId: text, trainingId: text, day: calendarDay, validityMonths: nullable(integer) },
  /** An active training (the form's choices). */
  2: { id: text, title: text, topic: oneOf(TRAINING_TOPICS), validityMonths: nullable(integer) },
  /** The newest active roadmap, where the plan's tasks go. */
  3: { id: text, title: text, day: calendarDay, lengthDays: integer },
});

/**
 * The training plan page in one statement: the plan's entries by due date (kind 0); the
 * completions that can fulfil one, i.e. of the same training by the same person (kind 1);
 * the active trainings by title (kind 2); the newest active roadmap (kind 3, at most one).
 * Every table scoped by orgId.
 */
export function readTrainingPlan(orgId: string) {
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", a."id" AS "id", a."userId" AS "userId", a."trainingId" AS "trainingId",
             p."name" AS "person", t."title" AS "title",
             a."dueDate" AS "day", NULL AS "validityMonths", NULL AS "topic", tk."id" AS "taskId",
             CAST(tk."status" AS TEXT) AS "taskStatus", tk."roadmapId" AS "taskRoadmapId",
             CAST(NULL AS INTEGER) AS "lengthDays"
      FROM "TrainingAssignment" a
      JOIN "Training" t ON t."id" = a."trainingId" AND t."orgId" = a."orgId"
      JOIN "User" p ON p."id" = a."userId"
      LEFT JOIN "Task" tk
        ON tk."id" = a."taskId" AND tk."orgId" = a."orgId" AND tk."deletedAt" IS NULL
      WHERE a."orgId" = ${orgId}
      UNION ALL
      SELECT 1, c."id", c."userId", c."trainingId", NULL, NULL, c."completedOn",
             t."validityMonths", NULL, NULL, NULL, NULL, NULL
      FROM "TrainingCompletion" c
      JOIN "Training" t ON t."id" = c."trainingId" AND t."orgId" = c."orgId"
      WHERE c."orgId" = ${orgId}
        AND EXISTS (SELECT 1 FROM "TrainingAssignment" pa
                    WHERE pa."orgId" = c."orgId" AND pa."trainingId" = c."trainingId"
                      AND pa."userId" = c."userId")
      UNION ALL
      SELECT 2, t."id", NULL, NULL, NULL, t."title", NULL, t."validityMonths",
             CAST(t."topic" AS TEXT), NULL, NULL, NULL, NULL
      FROM "Training" t
      WHERE t."orgId" = ${orgId} AND t."archivedAt" IS NULL
      UNION ALL
      SELECT 3, r."id", NULL, NULL, NULL, r."title", r."startDate", NULL, NULL, NULL, NULL, NULL,
             r."lengthDays"
      FROM (SELECT n."id", n."title", n."startDate", n."lengthDays" FROM "Roadmap" n
            WHERE n."orgId" = ${orgId} AND n."status" = 'active'
            ORDER BY n."startDate" DESC
            LIMIT 1) r
      ORDER BY "kind", "day", "title", "id"`,
    PlanRow,
  );
}

const RecordRow = taggedRows("kind", {
  /** An active training (the form's choices). */
  0: { id: text, title: text, topic: oneOf(TRAINING_TOPICS), validityMonths: nullable(integer) },
  /** One of the latest completions. */
  1: {
    id: text,
    day: calendarDay,
    note: text,
    person: text,
    recordedBy: nullable(text),
    training: text,
    validityMonths: nullable(integer),
  },
});

/**
 * The record page in one statement: the active trainings by title (kind 0), then the
 * latest `take` completions, newest day first, only one person's when `userId` is given
 * (kind 1); each with its person, who recorded it and its training (scoped by orgId).
 */
export function readRecordPage({
  orgId,
  userId,
  take,
}: {
  orgId: string;
  userId: string | null;
  take: number;
}) {
  const whose = userId === null ? Prisma.empty : Prisma.sql`AND c."userId" = ${userId}`;
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", t."id" AS "id", t."title" AS "title", CAST(t."topic" AS TEXT) AS "topic",
             t."validityMonths" AS "validityMonths", NULL AS "day", NULL AS "createdAt", NULL AS "note",
             NULL AS "person", NULL AS "recordedBy", NULL AS "training"
      FROM "Training" t
      WHERE t."orgId" = ${orgId} AND t."archivedAt" IS NULL
      UNION ALL
      SELECT 1, r."id", NULL, NULL, r."validityMonths", r."completedOn", r."createdAt", r."note",
             r."person", r."recordedBy", r."training"
      FROM (SELECT c."id", c."completedOn", c."createdAt", c."note", p."name" AS "person",
                   rb."name" AS "recordedBy", t."title" AS "training", t."validityMonths"
            FROM "TrainingCompletion" c
            JOIN "User" p ON p."id" = c."userId"
            LEFT JOIN "User" rb ON rb."id" = c."recordedById"
            JOIN "Training" t ON t."id" = c."trainingId" AND t."orgId" = c."orgId"
            WHERE c."orgId" = ${orgId} ${whose}
            ORDER BY c."completedOn" DESC, c."createdAt" DESC, c."id" DESC
            LIMIT ${take}) r
      ORDER BY "kind", "title", "day" DESC, "createdAt" DESC, "id" DESC`,
    RecordRow,
  );
}
