// npm run bench:statements -- [--skip-build] [--json FILE]
//
// Statements per visit on every signed-in page of app/routes.ts (issue 20: "≤ 5 database
// statements per page, the session lookup included"), not only on the pages the bench
// loads: the demo organisation (npm run db:seed) in a throwaway SQLite file, its owner
// signed in, each page visited once to warm it and once more to count, the second time
// just after a write to the organisation (its data version bumped), so a page that
// remembers its figures (dashboard, report) is counted on a miss, as after any change.
// The routes come from app/routes.ts (e2e/route-table.ts), so a new page is counted
// without editing this script. A script, not a timed test; npm run bench runs it too.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { fillPattern, flattenRoutes } from "../e2e/route-table";
import {
  freePort,
  installCleanupHandlers,
  makeTempDir,
  ROOT,
  run,
  signIn,
  startServer,
  stopProcess,
  waitForOk,
} from "./ops-lib";

const LIMIT = 5;
const OWNER = { email: "katrin.weber@muster-maschinenbau.de", password: "Fahrplan-Demo-2026" };
const SLUG = "muster-maschinenbau";

const { values: args } = parseArgs({
  options: {
    build: { type: "string", default: "build-bench" },
    "skip-build": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const BUILD_DIR = path.resolve(ROOT, args.build!);

/** One id of each kind a route parameter names, from the seeded demo organisation. */
function parameters(connection: Database.Database): Record<string, string> {
  const one = (sql: string) => {
    const row = connection.prepare(sql).get(SLUG) as { id: string } | undefined;
    if (!row) throw new Error(`The demo organisation has no row for: ${sql}`);
    return row.id;
  };
  const org = `(SELECT "id" FROM "Organisation" WHERE "slug" = ?)`;
  const useCaseId = one(
    `SELECT "id" FROM "UseCase" WHERE "orgId" = ${org} AND "status" = 'piloting' ORDER BY "createdAt" LIMIT 1`,
  );
  const ofUseCase = (table: string, extra = "") =>
    one(
      `SELECT "id" FROM "${table}" WHERE "orgId" = ${org} AND "useCaseId" = '${useCaseId}' ${extra} ORDER BY "createdAt" LIMIT 1`,
    );
  return {
    orgSlug: SLUG,
    roadmapId: one(
      `SELECT "id" FROM "Roadmap" WHERE "orgId" = ${org} AND "status" = 'active' LIMIT 1`,
    ),
    phaseKind: "pilot",
    taskId: one(
      `SELECT t."id" FROM "Task" t JOIN "Phase" p ON p."id" = t."phaseId" WHERE t."orgId" = ${org} AND p."kind" = 'pilot' AND t."deletedAt" IS NULL LIMIT 1`,
    ),
    kpiId: one(`SELECT "id" FROM "Kpi" WHERE "orgId" = ${org} AND "archivedAt" IS NULL LIMIT 1`),
    useCaseId,
    assessmentId: ofUseCase("Assessment", `AND "status" = 'completed'`),
    reviewId: ofUseCase("OversightReview"),
    dataSourceId: ofUseCase("DataSource"),
    trainingId: one(`SELECT "id" FROM "Training" WHERE "orgId" = ${org} LIMIT 1`),
    step: "1",
  };
}

/** The statements one visit sends, counted by the bench build's /__bench/statements. */
async function countVisit(base: string, cookie: string, url: string, bump: () => void) {
  const counter = async () =>
    ((await (await fetch(`${base}/__bench/statements`)).json()) as { statements: number })
      .statements;
  const visit = () =>
    fetch(`${base}${url}`, { headers: { cookie }, redirect: "manual" }).then(async (r) => {
      await r.text();
      return r.status;
    });
  await visit();
  bump();
  const before = await counter();
  const status = await visit();
  return { status, statements: (await counter()) - before };
}

async function main() {
  installCleanupHandlers();
  if (!args["skip-build"] || !fs.existsSync(path.join(BUILD_DIR, "server"))) {
    console.log(`• build (${path.relative(ROOT, BUILD_DIR)})`);
    run("npx", ["react-router", "build"], { ...process.env, BUILD_DIR, BENCH_BUILD: "1" });
  }
  const dir = makeTempDir("fahrplan-statements-");
  const file = path.join(dir, "demo.db");
  const url = `file:${file}`;
  console.log("• demo organisation");
  run("npx", ["prisma", "migrate", "deploy"], { ...process.env, DATABASE_URL: url });
  run("npx", ["tsx", "prisma/seed.ts"], { ...process.env, DATABASE_URL: url });

  const connection = new Database(file);
  connection.pragma("busy_timeout = 5000");
  const values = parameters(connection);
  const bumpStatement = connection.prepare(
    'UPDATE "Organisation" SET "dataVersion" = "dataVersion" + 1 WHERE "slug" = ?',
  );
  const bump = () => void bumpStatement.run(SLUG);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer("server", {
    port,
    buildDir: BUILD_DIR,
    databaseUrl: url,
    logFile: path.join(dir, "server.log"),
    env: { LOG_LEVEL: "warn" },
  });
  try {
    await waitForOk(`${base}/healthz`, 30_000, server);
    const cookie = await signIn(base, OWNER.email, OWNER.password);

    // Signed-in pages: the organisation's and the account's, not resource routes.
    const pages = flattenRoutes().filter(
      (r) =>
        !r.isResource &&
        (r.file.startsWith("routes/org/") || /routes\/(account|onboarding)\.tsx$/.test(r.file)),
    );
    const rows: { page: string; status: number; statements: number }[] = [];
    for (const route of pages) {
      // A page whose parameter the demo has no value for (a webhook endpoint) is named, not counted.
      let page: string;
      try {
        page = fillPattern(route.pattern, values);
      } catch {
        console.log(`  (not counted: ${route.pattern}, the demo has no value for its parameter)`);
        continue;
      }
      rows.push({ page: route.pattern, ...(await countVisit(base, cookie, page, bump)) });
    }
    rows.sort((a, b) => b.statements - a.statements);
    console.table(rows);
    const over = rows.filter((r) => r.status === 200 && r.statements > LIMIT);
    const failed = rows.filter((r) => r.status >= 500);
    const verdict = `${over.length === 0 && failed.length === 0 ? "met" : "NOT met"}: ≤ ${LIMIT} statements on every signed-in page after a write (${rows.length} pages, most: ${rows[0]?.page} ${rows[0]?.statements})${over.length ? `; over: ${over.map((r) => `${r.page} ${r.statements}`).join(", ")}` : ""}${failed.length ? `; failed: ${failed.map((r) => `${r.page} ${r.status}`).join(", ")}` : ""}`;
    console.log(verdict);
    if (args.json)
      fs.writeFileSync(
        args.json,
        JSON.stringify({ rows, verdict, met: over.length === 0 && failed.length === 0 }),
      );
  } finally {
    await stopProcess(server);
    connection.close();
  }
}

await main();
