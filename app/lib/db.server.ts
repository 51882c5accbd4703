import { PrismaClient } from "~/generated/prisma-sqlite/client";
import type { AdapterHook } from "./sqlite.server";
import { createSqliteAdapter } from "./sqlite.server";
import { env } from "./env.server";

export type Db = PrismaClient;
export type { Prisma } from "~/generated/prisma-sqlite/client";

/** Creates a client; tests pass a hook to count database round trips. */
export function createDb(databaseUrl: string = env.DATABASE_URL, hook?: AdapterHook): Db {
  return new PrismaClient({ adapter: createSqliteAdapter(databaseUrl, hook) });
}

// One client per process; kept on globalThis so dev-server reloads reuse it.
const globalForDb = globalThis as unknown as { __fahrplanDb?: Db };

export const db: Db = globalForDb.__fahrplanDb ?? createDb();
if (env.NODE_ENV !== "production") globalForDb.__fahrplanDb = db;
