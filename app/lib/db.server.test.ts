import { describe, expect, it } from "vitest";
import { createOrgWithMember } from "~/test/factories";
import { getDatabaseProvider } from "./db-url";
import { createDb, dataVersion, db, getRoundTrips, Prisma, readRows } from "./db.server";
import { env } from "./env.server";
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

describe("dataVersion", () => {
  it("changes with every write: Prisma, a transaction, raw SQL, another connection", async () => {
    const { org } = await createOrgWithMember("manager", "Versionstest GmbH");
    const seen = new Set([await dataVersion()]);
    const expectNew = async (what: string) => {
      const version = await dataVersion();
      expect(seen.has(version), what).toBe(false);
      seen.add(version);
    };

    await db.organisation.update({ where: { id: org.id }, data: { name: "Umbenannt GmbH" } });
    await expectNew("update through Prisma");
    await db.$transaction(async (tx) => {
      await tx.organisation.update({ where: { id: org.id }, data: { name: "In Transaktion" } });
    });
    await expectNew("write in a transaction");
    await db.$executeRaw`UPDATE "Organisation" SET "name" = 'Roh' WHERE "id" = ${org.id}`;
    await expectNew("raw write");

    // Another connection (another process, a second server) writes: seen here too.
    const other = createDb(env.DATABASE_URL);
    try {
      await other.organisation.update({ where: { id: org.id }, data: { name: "Anders GmbH" } });
    } finally {
      await other.$disconnect();
    }
    await expectNew("write by another connection");
    await db.organisation.delete({ where: { id: org.id } });
    await expectNew("delete");

    // Reads leave it as it is. Checked on SQLite, where each test worker has its own
    // file; PostgreSQL's WAL position is shared by all databases of the server (other
    // workers write meanwhile) and may move on reads (page pruning), so there it only
    // has to change on writes, as above.
    if (getDatabaseProvider(env.DATABASE_URL) === "sqlite") {
      const version = await dataVersion();
      await db.organisation.findMany({ take: 5 });
      await readRows(Prisma.sql`SELECT COUNT(*) AS n FROM "Task"`, sqlRow({ n: integer }));
      await db.$transaction(async (tx) => tx.user.findMany({ take: 1 }));
      expect(await dataVersion()).toBe(version);
    }
  });
});
