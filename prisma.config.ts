// The CLI reads this file before it looks for engines: pointing both engine
// variables at /bin/false means no `prisma …` command ever tries a download.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/bin/false";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

import "dotenv/config";
import { defineConfig } from "prisma/config";
import { createSqliteMigrationAdapter } from "./prisma/adapters";
import { DEFAULT_DATABASE_URL } from "./app/lib/db-url";

const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/sqlite",
  migrations: {
    path: "prisma/sqlite/migrations",
    seed: "tsx prisma/seed.ts",
  },
  adapter: async () => createSqliteMigrationAdapter(databaseUrl),
});
