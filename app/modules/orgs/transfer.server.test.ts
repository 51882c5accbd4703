import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, db } from "~/lib/db.server";
import type { Db } from "~/lib/db.server";
import { DEMO_ORG } from "../demo/people";
import { seedDemo } from "../demo/content.server";
import {
  EXPORTED_MODELS,
  NOT_EXPORTED,
  exportOrganisation,
  ImportError,
  importOrganisation,
} from "./transfer.server";

// The second instance is always a fresh SQLite database; the first is this
// run's database: SQLite in `npm test`, PostgreSQL in `npm run test:pg`, so
// that run moves an organisation PostgreSQL → SQLite → PostgreSQL.
let dir: string;
let other: Db;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fahrplan-transfer-"));
  const url = `file:${path.join(dir, "other.db")}`;
  execSync("npx prisma migrate deploy", {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: url },
  });
  other = createDb(url);
}, 60_000);

afterAll(async () => {
  await other.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("organisation export and import", () => {
  it("carries every model that belongs to an organisation", () => {
    const schema = fs.readFileSync(path.join(process.cwd(), "prisma/models.prisma"), "utf8");
    const scoped = [...schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)]
      .filter(([, , body]) => /^\s+orgId\s+String\b/m.test(body!))
      .map(([, name]) => name!.charAt(0).toLowerCase() + name!.slice(1))
      .filter((name) => !(name in NOT_EXPORTED));
    expect(scoped.length).toBeGreaterThan(20);
    expect([...EXPORTED_MODELS].sort()).toEqual(scoped.sort());
  });

  it(
    "export → import → export gives the same document, across databases and back",
    { timeout: 30_000 },
    async () => {
      await seedDemo(db, "2026-11-23");
      const { id: orgId } = await db.organisation.findUniqueOrThrow({
        where: { slug: DEMO_ORG.slug },
        select: { id: true },
      });
      // JSON columns must survive too.
      const useCase = await db.useCase.findFirstOrThrow({ where: { orgId }, select: { id: true } });
      await db.assessment.create({
        data: {
          orgId,
          useCaseId: useCase.id,
          answers: { q2: "third_party", q1: "yes" },
          result: { tier: "minimal", roles: ["deployer"] },
          tier: "minimal",
          rulesetVersion: "t",
        },
      });

      const first = await exportOrganisation(db, { orgId, withCredentials: true });
      expect(first.tasks.length).toBeGreaterThan(30);
      expect(first.kpiMeasurements.length).toBeGreaterThan(10);
      expect(first.auditEvents.length).toBeGreaterThan(0);
      expect(first.users.length).toBeGreaterThanOrEqual(5);

      await importOrganisation(other, JSON.parse(JSON.stringify(first)));
      const second = await exportOrganisation(other, { orgId, withCredentials: true });
      expect(second).toEqual(first);

      await db.organisation.delete({ where: { id: orgId } });
      await importOrganisation(db, JSON.parse(JSON.stringify(second)));
      const third = await exportOrganisation(db, { orgId, withCredentials: true });
      expect(third).toEqual(first);
    },
  );

  it("refuses to import over an existing organisation and leaves it untouched", async () => {
    await seedDemo(db, "2026-11-23");
    const { id: orgId } = await db.organisation.findUniqueOrThrow({
      where: { slug: DEMO_ORG.slug },
      select: { id: true },
    });
    const doc = await exportOrganisation(db, { orgId });
    await expect(importOrganisation(db, doc)).rejects.toBeInstanceOf(ImportError);
    await expect(importOrganisation(db, { format: "something else" })).rejects.toBeInstanceOf(
      ImportError,
    );
    expect((await exportOrganisation(db, { orgId })).tasks).toEqual(doc.tasks);
  });

  it("leaves password hashes out unless asked for them", async () => {
    await seedDemo(db, "2026-11-23");
    const { id: orgId } = await db.organisation.findUniqueOrThrow({
      where: { slug: DEMO_ORG.slug },
      select: { id: true },
    });
    const doc = await exportOrganisation(db, { orgId });
    expect(doc.users.every((u) => !("passwordHash" in u))).toBe(true);
  });
});
