import { Prisma, readRows } from "~/lib/db.server";
import { instant, jsonValue, nullable, sqlRow, text } from "~/lib/sql-decode";
import type { AuditCursor } from "./log";

/*
 * The audit log's hand-written statements (see readRows): portable SQL, every table
 * scoped by orgId, each with the schema its rows are decoded by.
 */

/**
 * Where a record's current name lives, for events whose snapshots do not carry one
 * (ticking a task off records only its status): by kind of record, a scalar subquery
 * on the event's record, in the event's organisation. Kinds not listed have none.
 */
const CURRENT_NAMES: Record<string, Prisma.Sql> = {
  task: Prisma.sql`SELECT x."title" FROM "Task" x WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  roadmap: Prisma.sql`SELECT x."title" FROM "Roadmap" x WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  use_case: Prisma.sql`SELECT x."title" FROM "UseCase" x WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  assessment: Prisma.sql`SELECT u."title" FROM "Assessment" x
    JOIN "UseCase" u ON u."id" = x."useCaseId" AND u."orgId" = x."orgId"
    WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  kpi: Prisma.sql`SELECT x."name" FROM "Kpi" x WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  kpi_measurement: Prisma.sql`SELECT k."name" FROM "KpiMeasurement" x
    JOIN "Kpi" k ON k."id" = x."kpiId" AND k."orgId" = x."orgId"
    WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  membership: Prisma.sql`SELECT u."name" FROM "Membership" x
    JOIN "User" u ON u."id" = x."userId"
    WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  budget_line: Prisma.sql`SELECT x."label" FROM "BudgetLine" x WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  // A gate is a phase's: named by its roadmap.
  gate: Prisma.sql`SELECT r."title" FROM "Phase" x
    JOIN "Roadmap" r ON r."id" = x."roadmapId" AND r."orgId" = x."orgId"
    WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  exit_criterion: Prisma.sql`SELECT x."text" FROM "ExitCriterion" x WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  training: Prisma.sql`SELECT x."title" FROM "Training" x WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  data_source: Prisma.sql`SELECT x."name" FROM "DataSource" x WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
  oversight_review: Prisma.sql`SELECT u."title" FROM "OversightReview" x
    JOIN "UseCase" u ON u."id" = x."useCaseId" AND u."orgId" = x."orgId"
    WHERE x."orgId" = e."orgId" AND x."id" = e."entityId"`,
};

/** The kinds of record whose current name the log can look up. */
export const NAMED_KINDS = Object.keys(CURRENT_NAMES);

const currentName = Prisma.sql`CASE e."entity" ${Prisma.join(
  Object.entries(CURRENT_NAMES).map(
    ([kind, select]) => Prisma.sql`WHEN ${Prisma.raw(`'${kind}'`)} THEN (${select})`,
  ),
  " ",
)} END`;

const AuditEventRow = sqlRow({
  id: text,
  createdAt: instant,
  entity: text,
  entityId: nullable(text),
  action: text,
  before: jsonValue,
  after: jsonValue,
  requestId: text,
  /** The actor's columns: null for the system's events (or a deleted account's). */
  actorId: nullable(text),
  actorName: nullable(text),
  actorEmail: nullable(text),
  apiTokenName: nullable(text),
  /** The record's name now (only for the kinds in CURRENT_NAMES, and while it exists). */
  currentName: nullable(text),
});
export type AuditEventRow = ReturnType<typeof AuditEventRow.decode>[number];

/** Which events: the organisation's, narrowed by actor, kind, period and a keyset cursor. */
export type AuditEventScope = {
  orgId: string;
  actorId?: string;
  entity?: string;
  gte?: Date;
  lt?: Date;
  cursor?: AuditCursor;
  take: number;
};

/**
 * The organisation's audit events the scope selects, newest first (ties by id, the
 * keyset the log pages by), at most `take`, each with its actor, the API token it came
 * through and its record's current name. One statement.
 */
export function readAuditEvents(scope: AuditEventScope) {
  const conditions = [Prisma.sql`e."orgId" = ${scope.orgId}`];
  if (scope.actorId !== undefined) conditions.push(Prisma.sql`e."actorId" = ${scope.actorId}`);
  if (scope.entity !== undefined) conditions.push(Prisma.sql`e."entity" = ${scope.entity}`);
  if (scope.gte) conditions.push(Prisma.sql`e."createdAt" >= ${scope.gte}`);
  if (scope.lt) conditions.push(Prisma.sql`e."createdAt" < ${scope.lt}`);
  if (scope.cursor) {
    const { createdAt, id } = scope.cursor;
    conditions.push(
      Prisma.sql`(e."createdAt" < ${createdAt} OR (e."createdAt" = ${createdAt} AND e."id" < ${id}))`,
    );
  }
  return readRows(
    Prisma.sql`
      SELECT e."id", e."createdAt", e."entity", e."entityId", e."action", e."before", e."after",
             e."requestId", a."id" AS "actorId", a."name" AS "actorName", a."email" AS "actorEmail",
             t."name" AS "apiTokenName", ${currentName} AS "currentName"
      FROM "AuditEvent" e
      LEFT JOIN "User" a ON a."id" = e."actorId"
      LEFT JOIN "ApiToken" t ON t."id" = e."apiTokenId" AND t."orgId" = e."orgId"
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY e."createdAt" DESC, e."id" DESC
      LIMIT ${scope.take}`,
    AuditEventRow,
  );
}
