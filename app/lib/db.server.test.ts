import { describe, expect, it } from "vitest";
import { createOrgWithMember } from "~/test/factories";
import { db, flag, getRoundTrips, Prisma, readRows } from "./db.server";

// Runs on whichever database the suite runs on (SQLite, and PostgreSQL in test:pg).
describe("readRows", () => {
  it("returns rows as objects with each call's own arguments, dates as ISO text", async () => {
    const { org, user } = await createOrgWithMember("manager", "Lesetest GmbH");
    await db.membership.updateMany({
      where: { orgId: org.id, userId: user.id },
      data: { canApproveGates: true },
    });
    const before = getRoundTrips();
    const rows = await readRows<{
      name: string;
      role: string;
      canApproveGates: unknown;
      createdAt: string;
      members: unknown;
    }>(Prisma.sql`
      SELECT o.name, m.role, m."canApproveGates", o."createdAt",
             (SELECT COUNT(*) FROM "Membership" c WHERE c."orgId" = o.id) AS members
      FROM "Organisation" o JOIN "Membership" m ON m."orgId" = o.id
      WHERE o.id = ${org.id} AND m."userId" = ${user.id}`);
    expect(getRoundTrips() - before).toBe(1);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ name: "Lesetest GmbH", role: "manager" });
    expect(flag(row!.canApproveGates)).toBe(true);
    expect(Number(row!.members)).toBe(1);
    await db.membership.updateMany({
      where: { orgId: org.id, userId: user.id },
      data: { canApproveGates: false },
    });
    const [denied] = await readRows<{ canApproveGates: unknown }>(Prisma.sql`
      SELECT m."canApproveGates" FROM "Membership" m
      WHERE m."orgId" = ${org.id} AND m."userId" = ${user.id}`);
    expect(flag(denied!.canApproveGates)).toBe(false);
    expect(row!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$/);
    expect(Math.abs(new Date(row!.createdAt).getTime() - Date.now())).toBeLessThan(60_000);

    // Other arguments, no rows; a Date argument compares with a stored date.
    expect(
      await readRows(Prisma.sql`SELECT o.id FROM "Organisation" o WHERE o.id = ${"nope"}`),
    ).toEqual([]);
    const later = await readRows<{ id: string }>(Prisma.sql`
      SELECT o.id FROM "Organisation" o
      WHERE o.id = ${org.id} AND o."createdAt" < ${new Date(Date.now() + 60_000)}`);
    expect(later.map((r) => r.id)).toEqual([org.id]);
    const earlier = await readRows(Prisma.sql`
      SELECT o.id FROM "Organisation" o
      WHERE o.id = ${org.id} AND o."createdAt" < ${new Date(Date.now() - 60 * 60_000)}`);
    expect(earlier).toEqual([]);
  });
});
