import fs from "node:fs";
import path from "node:path";

// Runs in each worker before any test file imports the app, so the app's
// env (and its one Prisma client) point at this worker's database copy.
const dir = process.env.FAHRPLAN_TEST_DB_DIR;
if (!dir)
  throw new Error("FAHRPLAN_TEST_DB_DIR is not set: run the tests through vitest.config.ts");
const workerDb = path.join(dir, `worker-${process.env.VITEST_POOL_ID ?? "0"}.db`);
if (!fs.existsSync(workerDb)) fs.copyFileSync(path.join(dir, "template.db"), workerDb);
process.env.DATABASE_URL = `file:${workerDb}`;
process.env.LOG_LEVEL ??= "warn";
