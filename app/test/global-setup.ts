// Migrates one template database per test run; each Vitest worker then works
// on its own copy (app/test/setup.ts), so tests hit a real, migrated SQLite
// database without stepping on each other.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const TEST_DB_DIR = path.resolve("data/test");

export default function setup() {
  fs.rmSync(TEST_DB_DIR, { recursive: true, force: true });
  fs.mkdirSync(TEST_DB_DIR, { recursive: true });
  execSync("npx prisma migrate deploy", {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: `file:${path.join(TEST_DB_DIR, "template.db")}` },
  });
}
