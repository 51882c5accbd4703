// Migrates one template database per test run; each Vitest worker then works
// on its own copy (app/test/setup.ts), so tests hit a real, migrated SQLite
// database without stepping on each other — or on a second run in parallel.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve("data/test");

export default function setup() {
  const runDir = path.join(ROOT, `run-${process.pid}`);
  fs.mkdirSync(ROOT, { recursive: true });
  // Leftovers of runs that were killed before their teardown.
  for (const entry of fs.readdirSync(ROOT)) {
    const full = path.join(ROOT, entry);
    if (Date.now() - fs.statSync(full).mtimeMs > 60 * 60 * 1000)
      fs.rmSync(full, { recursive: true, force: true });
  }
  fs.mkdirSync(runDir, { recursive: true });
  execSync("npx prisma migrate deploy", {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: `file:${path.join(runDir, "template.db")}` },
  });
  // Workers are started after global setup and inherit this.
  process.env.FAHRPLAN_TEST_DB_DIR = runDir;
  return () => fs.rmSync(runDir, { recursive: true, force: true });
}
