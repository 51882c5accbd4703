import { Prisma, readRows } from "~/lib/db.server";
import { ROLES } from "~/lib/permissions";
import { instant, integer, nullable, oneOf, sqlRow, text } from "~/lib/sql-decode";
import { PHASE_KINDS } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { PRIORITIES } from "../tasks/priorities";
import { TASK_STATUSES } from "../tasks/status";
import type { TaskStatus } from "../tasks/status";
import { API_SCOPES } from "./token-schema";

/*
 * The API's hand-written statements (see readRows): portable SQL, scoped by the token's
 * own organisation.
 */

const TokenCallerRow = sqlRow({
  id: text,
  name: text,
  scope: oneOf(API_SCOPES),
  expiresAt: nullable(instant),
  revokedAt: nullable(instant),
  lastUsedAt: nullable(instant),
  createdById: text,
  orgId: text,
  orgSlug: text,
  orgName: text,
  /** The maker's role in the token's organisation now (empty: no longer a member). */
  makerRole: nullable(oneOf(ROLES)),
});

/** The token with this hash, its organisation and its maker's role there: one statement. */
export async function readTokenCaller(tokenHash: string) {
  const [row] = await readRows(
    Prisma.sql`
      SELECT t.id, t.name, t.scope, t."expiresAt", t."revokedAt", t."lastUsedAt",
             t."createdById", o.id AS "orgId", o.slug AS "orgSlug", o.name AS "orgName",
             m.role AS "makerRole"
      FROM "ApiToken" t
      JOIN "Organisation" o ON o.id = t."orgId"
      LEFT JOIN "Membership" m ON m."orgId" = t."orgId" AND m."userId" = t."createdById"
      WHERE t."tokenHash" = ${tokenHash}`,
    TokenCallerRow,
  );
  return row ?? null;
}

const ApiTaskRow = sqlRow({
  id: text,
  roadmapId: text,
  title: text,
  description: text,
  status: oneOf(TASK_STATUSES),
  priority: oneOf(PRIORITIES),
  ownerId: nullable(text),
  dueDate: instant,
  completedAt: nullable(instant),
  version: integer,
  createdAt: instant,
  updatedAt: instant,
  phaseKind: oneOf(PHASE_KINDS),
});

/** What the API's task list can be narrowed by (each optional; due days inclusive). */
export type ApiTaskFilter = {
  roadmapId?: string;
  phase?: PhaseKind;
  status?: TaskStatus;
  ownerId?: string;
  dueFrom?: Date;
  dueUntil?: Date;
};

/**
 * The organisation's tasks that are not deleted, in id order after `after`, at most
 * `limit`, as TASK_SELECT reads them (read.server.ts): one statement.
 */
export async function readApiTasks({
  orgId,
  filter,
  after,
  limit,
}: {
  orgId: string;
  filter: ApiTaskFilter;
  after: string | undefined;
  limit: number;
}) {
  const conditions = [Prisma.sql`t."orgId" = ${orgId}`, Prisma.sql`t."deletedAt" IS NULL`];
  if (filter.roadmapId) conditions.push(Prisma.sql`t."roadmapId" = ${filter.roadmapId}`);
  if (filter.phase) conditions.push(Prisma.sql`p."kind" = ${filter.phase}`);
  if (filter.status) conditions.push(Prisma.sql`t."status" = ${filter.status}`);
  if (filter.ownerId) conditions.push(Prisma.sql`t."ownerId" = ${filter.ownerId}`);
  if (filter.dueFrom) conditions.push(Prisma.sql`t."dueDate" >= ${filter.dueFrom}`);
  if (filter.dueUntil) conditions.push(Prisma.sql`t."dueDate" <= ${filter.dueUntil}`);
  if (after) conditions.push(Prisma.sql`t."id" > ${after}`);
  const rows = await readRows(
    Prisma.sql`
      SELECT t."id", t."roadmapId", t."title", t."description", CAST(t."status" AS TEXT) AS "status",
             CAST(t."priority" AS TEXT) AS "priority", t."ownerId", t."dueDate", t."completedAt",
             t."version", t."createdAt", t."updatedAt", CAST(p."kind" AS TEXT) AS "phaseKind"
      FROM "Task" t
      JOIN "Phase" p ON p."id" = t."phaseId" AND p."orgId" = t."orgId"
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY t."id"
      LIMIT ${limit}`,
    ApiTaskRow,
  );
  return rows.map(({ phaseKind, ...row }) => ({ ...row, phase: { kind: phaseKind } }));
}
