// The CLI reads this file before it looks for engines: pointing both engine
// variables at /bin/false means no `prisma …` command ever tries a download.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/bin/false";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

import "dotenv/config";
import { defineConfig } from "prisma/config";
import { createPostgresMigrationAdapter, createSqliteMigrationAdapter } from "./prisma/adapters";
import { DEFAULT_DATABASE_URL, getDatabaseProvider } from "./app/lib/db-url";

// One model, two providers: the DATABASE_URL scheme picks the schema folder,
// its migrations and the driver adapter (file: → SQLite, postgres:// → PostgreSQL).
const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const provider = getDatabaseProvider(databaseUrl);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}`,
  migrations: {
    path: `prisma/${provider}/migrations`,
    seed: "tsx prisma/seed.ts",
  },
  adapter: async () =>
    provider === "sqlite"
      ? createSqliteMigrationAdapter(databaseUrl)
      : createPostgresMigrationAdapter(databaseUrl),
});
