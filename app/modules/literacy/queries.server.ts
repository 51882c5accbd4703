import { Prisma, readRows } from "~/lib/db.server";
import { calendarDay, integer, nullable, oneOf, sqlRow, text } from "~/lib/sql-decode";
import { COUNTING_TOPICS, TRAINING_TOPICS } from "./fields";

/*
 * AI literacy's hand-written statements (see readRows): portable SQL, every WHERE and
 * JOIN scoped by orgId, each with the schema its rows are decoded by.
 */

const CompletionRow = sqlRow({
  userId: text,
  trainingId: text,
  topic: oneOf(TRAINING_TOPICS),
  completedOn: calendarDay,
  validityMonths: nullable(integer),
});

/**
 * Every completion of a training whose topic counts for Art 4 (COUNTING_TOPICS), by
 * anyone of the organisation (scoped twice: the completion's and the training's orgId):
 * one statement.
 */
export function readCountingCompletions(orgId: string) {
  return readRows(
    Prisma.sql`
      SELECT c."userId", c."trainingId", CAST(t."topic" AS TEXT) AS "topic", c."completedOn",
             t."validityMonths"
      FROM "TrainingCompletion" c
      JOIN "Training" t ON t."id" = c."trainingId" AND t."orgId" = c."orgId"
      WHERE c."orgId" = ${orgId} AND t."topic" IN (${Prisma.join([...COUNTING_TOPICS])})`,
    CompletionRow,
  );
}

const TeamRow = sqlRow({ id: text, ownerId: nullable(text), memberId: nullable(text) });

/**
 * Some use cases of the organisation with their owner and the people on their team
 * (others' ids give nothing): one statement.
 */
export async function readUseCaseTeams({
  orgId,
  useCaseIds,
}: {
  orgId: string;
  useCaseIds: readonly string[];
}) {
  const rows = await readRows(
    Prisma.sql`
      SELECT u."id", u."ownerId", tm."userId" AS "memberId"
      FROM "UseCase" u
      LEFT JOIN "UseCaseMember" tm ON tm."useCaseId" = u."id" AND tm."orgId" = u."orgId"
      WHERE u."orgId" = ${orgId} AND u."id" IN (${Prisma.join([...useCaseIds])})`,
    TeamRow,
  );
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

const PlannedRow = sqlRow({ userId: text, dueDate: calendarDay });

/** Who is assigned a training that counts for Art 4, and by when, earliest first: one statement. */
export function readCountingAssignments(orgId: string) {
  return readRows(
    Prisma.sql`
      SELECT a."userId", a."dueDate"
      FROM "TrainingAssignment" a
      JOIN "Training" t ON t."id" = a."trainingId" AND t."orgId" = a."orgId"
      WHERE a."orgId" = ${orgId} AND t."topic" IN (${Prisma.join([...COUNTING_TOPICS])})
      ORDER BY a."dueDate", a."id"`,
    PlannedRow,
  );
}
