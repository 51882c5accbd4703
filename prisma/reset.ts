// Resets the database: SQLite by deleting the file, PostgreSQL by dropping and
// recreating the schema (only with FAHRPLAN_RESET_CONFIRM=yes: it deletes
// everything); then applies every migration and loads the demo data.
// (`prisma migrate reset` cannot be used: through the driver adapter it deletes
// rows instead of dropping tables and then fails.)
import "dotenv/config";
import { execSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { DEFAULT_DATABASE_URL, getDatabaseProvider, sqliteFilePath } from "../app/lib/db-url";

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
if (getDatabaseProvider(url) === "sqlite") {
  const file = sqliteFilePath(url);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
} else {
  if (process.env.FAHRPLAN_RESET_CONFIRM !== "yes") {
    console.error(
      "Refusing to wipe a PostgreSQL database. Set FAHRPLAN_RESET_CONFIRM=yes if you mean it.",
    );
    process.exit(1);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
}
execSync("npx prisma migrate deploy", { stdio: "inherit" });
execSync("npx tsx prisma/seed.ts", { stdio: "inherit" });
