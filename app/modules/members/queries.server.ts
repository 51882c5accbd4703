import { Prisma, readRows } from "~/lib/db.server";
import { ROLES } from "~/lib/permissions";
import { oneOf, sqlRow, text } from "~/lib/sql-decode";
import type { RowOf } from "~/lib/sql-decode";

/*
 * The members' hand-written statement (see readRows): portable SQL, scoped by orgId.
 */

const MemberRow = sqlRow({ id: text, name: text, role: oneOf(ROLES) });
export type Member = RowOf<typeof MemberRow>;

/**
 * The organisation's members by name, with their role. Read from its memberships (index
 * on orgId) and joined to their users by key, so the cost follows the organisation's
 * size, not the number of users of every organisation: Prisma's
 * `user.findMany({ where: { memberships: { some: { orgId } } } })` scans every user and
 * probes each one's memberships. One statement.
 */
export function listMembersByName(orgId: string): Promise<Member[]> {
  return readRows(membersByName(orgId), MemberRow);
}

/** The statement of listMembersByName (exported for its query-plan test). */
export function membersByName(orgId: string) {
  return Prisma.sql`SELECT u."id" AS "id", u."name" AS "name", m."role" AS "role"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."orgId" = ${orgId}
    ORDER BY u."name", u."id"`;
}

/** A person an owner picker offers: viewers are listed (they may own older work) but read only. */
export type Person = { id: string; name: string; canOwnTasks: boolean };

export function peopleOf(members: Member[]): Person[] {
  return members.map((m) => ({ id: m.id, name: m.name, canOwnTasks: m.role !== "viewer" }));
}
