import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "~/generated/prisma-sqlite/client";
import type { AdapterHook } from "./sqlite.server";
import { createSqliteAdapter } from "./sqlite.server";
import { env } from "./env.server";

export type Db = PrismaClient;
export type { Prisma } from "~/generated/prisma-sqlite/client";

const stats = { roundTrips: 0 };

/**
 * Counts the statements sent to the database. Pages promise a fixed number of
 * round trips whatever the data size; tests read this counter to hold them to it.
 */
const countRoundTrips: AdapterHook = (adapter: SqlDriverAdapter) => {
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.queryRaw = (query) => {
    stats.roundTrips++;
    return queryRaw(query);
  };
  adapter.executeRaw = (query) => {
    stats.roundTrips++;
    return executeRaw(query);
  };
  return adapter;
};

export function getRoundTrips() {
  return stats.roundTrips;
}

export function createDb(databaseUrl: string = env.DATABASE_URL): Db {
  return new PrismaClient({ adapter: createSqliteAdapter(databaseUrl, countRoundTrips) });
}

// One client per process; kept on globalThis so dev-server reloads reuse it.
const globalForDb = globalThis as unknown as { __fahrplanDb?: Db };

export const db: Db = globalForDb.__fahrplanDb ?? createDb();
if (env.NODE_ENV !== "production") globalForDb.__fahrplanDb = db;
