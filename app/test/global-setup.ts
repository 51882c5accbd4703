// Migrates one template database per test run; each Vitest worker then works
// on its own copy (app/test/setup.ts), so tests hit a real, migrated database
// without stepping on each other — or on a second run in parallel.
// SQLite (default): files under data/test. PostgreSQL (DATABASE_URL set to a
// postgres:// URL, e.g. by scripts/with-postgres.sh): the URL's database is
// the template and each worker gets `CREATE DATABASE … TEMPLATE …`.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve("data/test");

function migrate(databaseUrl: string) {
  execSync("npx prisma migrate deploy", {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

export default function setup() {
  const url = process.env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    migrate(url);
    process.env.FAHRPLAN_TEST_PG_TEMPLATE = url;
    return;
  }
  const runDir = path.join(ROOT, `run-${process.pid}`);
  fs.mkdirSync(ROOT, { recursive: true });
  // Leftovers of runs that were killed before their teardown.
  for (const entry of fs.readdirSync(ROOT)) {
    const full = path.join(ROOT, entry);
    if (Date.now() - fs.statSync(full).mtimeMs > 60 * 60 * 1000)
      fs.rmSync(full, { recursive: true, force: true });
  }
  fs.mkdirSync(runDir, { recursive: true });
  migrate(`file:${path.join(runDir, "template.db")}`);
  // Workers are started after global setup and inherit this.
  process.env.FAHRPLAN_TEST_DB_DIR = runDir;
  return () => fs.rmSync(runDir, { recursive: true, force: true });
}
