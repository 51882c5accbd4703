// Resets the SQLite database: deletes the file, applies every migration and
// loads the demo data. (`prisma migrate reset` cannot be used: through the
// driver adapter it deletes rows instead of dropping tables and then fails.)
import "dotenv/config";
import { execSync } from "node:child_process";
import fs from "node:fs";
import { DEFAULT_DATABASE_URL, getDatabaseProvider, sqliteFilePath } from "../app/lib/db-url";

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
if (getDatabaseProvider(url) !== "sqlite") {
  console.error(
    "db:reset only resets SQLite databases; drop and recreate a PostgreSQL database yourself.",
  );
  process.exit(1);
}
const file = sqliteFilePath(url);
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
execSync("npx prisma migrate deploy", { stdio: "inherit" });
execSync("npx tsx prisma/seed.ts", { stdio: "inherit" });
