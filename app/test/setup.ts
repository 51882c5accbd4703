import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// Runs in each worker before any test file imports the app, so the app's env
// (and its one Prisma client) point at this worker's own database copy.
const worker = process.env.VITEST_POOL_ID ?? "0";
const pgTemplate = process.env.FAHRPLAN_TEST_PG_TEMPLATE;

if (pgTemplate) {
  const template = new URL(pgTemplate);
  const templateName = template.pathname.slice(1);
  const workerName = `${templateName}_worker_${worker}`;
  const admin = new pg.Client({
    host: template.hostname,
    port: Number(template.port || 5432),
    user: decodeURIComponent(template.username),
    password: template.password ? decodeURIComponent(template.password) : undefined,
    database: "postgres",
  });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [workerName]);
  if (exists.rowCount === 0)
    await admin.query(`CREATE DATABASE "${workerName}" TEMPLATE "${templateName}"`);
  await admin.end();
  template.pathname = `/${workerName}`;
  process.env.DATABASE_URL = template.toString();
} else {
  const dir = process.env.FAHRPLAN_TEST_DB_DIR;
  if (!dir)
    throw new Error("FAHRPLAN_TEST_DB_DIR is not set: run the tests through vitest.config.ts");
  const workerDb = path.join(dir, `worker-${worker}.db`);
  if (!fs.existsSync(workerDb)) fs.copyFileSync(path.join(dir, "template.db"), workerDb);
  process.env.DATABASE_URL = `file:${workerDb}`;
}
process.env.LOG_LEVEL ??= "warn";
// Translations for code under test (the server registers them in entry.server.tsx).
await import("~/lib/i18n/catalogues.server");
