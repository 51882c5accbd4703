import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { getDatabaseProvider } from "~/lib/db-url";
import { env } from "~/lib/env.server";
import { addMember, createOrgWithMember } from "~/test/factories";
import { listMembersByName, membersByName, peopleOf } from "./queries.server";

describe("listMembersByName", () => {
  it("lists the organisation's members by name with their role, no one else's", async () => {
    const { org, user: owner } = await createOrgWithMember("owner", "Mitglieder GmbH");
    const viewer = await addMember(org.id, "viewer", "Anna Aus der Ansicht");
    const member = await addMember(org.id, "member", "Zoe Zuletzt");
    const other = await createOrgWithMember("owner", "Andere GmbH");
    await addMember(other.org.id, "manager", "Aaron Anderswo");

    const members = await listMembersByName(org.id);
    expect(members.map((m) => m.id).sort()).toEqual([owner.id, viewer.id, member.id].sort());
    const names = members.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    expect(peopleOf(members).find((p) => p.id === viewer.id)?.canOwnTasks).toBe(false);
    expect(peopleOf(members).find((p) => p.id === member.id)?.canOwnTasks).toBe(true);
  });

  it("starts from the organisation's memberships, never from every user (SQLite's plan)", async () => {
    if (getDatabaseProvider(env.DATABASE_URL) !== "sqlite") {
      // PostgreSQL picks its plan by table size: the statement is the same, its result is
      // checked above; the plan is held to account on SQLite.
      expect(await listMembersByName("no-such-org")).toEqual([]);
      return;
    }
    const statement = membersByName("x");
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN ${statement.sql}`,
      ...statement.values,
    );
    const steps = plan.map((row) => row.detail);
    expect(steps.some((s) => /^SEARCH m USING (COVERING )?INDEX/.test(s))).toBe(true);
    expect(steps.filter((s) => /^SCAN (u|User)\b/.test(s))).toEqual([]);
  });
});
