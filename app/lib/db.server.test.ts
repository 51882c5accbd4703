import { describe, expect, it } from "vitest";
import { createOrgWithMember } from "~/test/factories";
import { db, getRoundTrips, Prisma, readRows } from "./db.server";
import { flag, instant, integer, nullable, sqlRow, text } from "./sql-decode";

// Runs on whichever database the suite runs on (SQLite, and PostgreSQL in test:pg).
const IdRow = sqlRow({ id: text });

describe("readRows", () => {
  it("decodes rows by their schema, with each call's own arguments", async () => {
    const { org, user } = await createOrgWithMember("manager", "Lesetest GmbH");
    await db.membership.updateMany({
      where: { orgId: org.id, userId: user.id },
      data: { canApproveGates: true },
    });
    const MemberRow = sqlRow({
      name: text,
      role: text,
      canApproveGates: flag,
      createdAt: instant,
      members: integer,
      industry: nullable(text),
    });
    const before = getRoundTrips();
    const rows = await readRows(
      Prisma.sql`
        SELECT o.name, m.role, m."canApproveGates", o."createdAt",
               (SELECT COUNT(*) FROM "Membership" c WHERE c."orgId" = o.id) AS members,
               NULL AS "industry", 'not in the schema' AS "extra"
        FROM "Organisation" o JOIN "Membership" m ON m."orgId" = o.id
        WHERE o.id = ${org.id} AND m."userId" = ${user.id}`,
      MemberRow,
    );
    expect(getRoundTrips() - before).toBe(1);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    // Exactly the schema's fields, as plain values on both providers.
    expect(Object.keys(row!)).toEqual([
      "name",
      "role",
      "canApproveGates",
      "createdAt",
      "members",
      "industry",
    ]);
    expect(row).toMatchObject({
      name: "Lesetest GmbH",
      role: "manager",
      canApproveGates: true,
      members: 1,
      industry: null,
    });
    expect(Math.abs(row!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);

    await db.membership.updateMany({
      where: { orgId: org.id, userId: user.id },
      data: { canApproveGates: false },
    });
    const [denied] = await readRows(
      Prisma.sql`
        SELECT m."canApproveGates" FROM "Membership" m
        WHERE m."orgId" = ${org.id} AND m."userId" = ${user.id}`,
      sqlRow({ canApproveGates: flag }),
    );
    expect(denied!.canApproveGates).toBe(false);

    // Other arguments, no rows; a Date argument compares with a stored date.
    expect(
      await readRows(Prisma.sql`SELECT o.id FROM "Organisation" o WHERE o.id = ${"nope"}`, IdRow),
    ).toEqual([]);
    const later = await readRows(
      Prisma.sql`
        SELECT o.id FROM "Organisation" o
        WHERE o.id = ${org.id} AND o."createdAt" < ${new Date(Date.now() + 60_000)}`,
      IdRow,
    );
    expect(later).toEqual([{ id: org.id }]);
    const earlier = await readRows(
      Prisma.sql`
        SELECT o.id FROM "Organisation" o
        WHERE o.id = ${org.id} AND o."createdAt" < ${new Date(Date.now() - 60 * 60_000)}`,
      IdRow,
    );
    expect(earlier).toEqual([]);
  });

  it("refuses rows its schema does not describe, naming the column", async () => {
    const { org } = await createOrgWithMember("manager", "Schematest GmbH");
    await expect(
      readRows(
        Prisma.sql`SELECT o.id FROM "Organisation" o WHERE o.id = ${org.id}`,
        sqlRow({ slug: text }),
      ),
    ).rejects.toThrow('the statement gives no column "slug"');
    await expect(
      readRows(
        Prisma.sql`SELECT o.name AS "count" FROM "Organisation" o WHERE o.id = ${org.id}`,
        sqlRow({ count: integer }),
      ),
    ).rejects.toThrow('column "count": expected an integer, got "Schematest GmbH"');
  });
});
