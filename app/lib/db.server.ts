import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { PrismaClient as PostgresClient } from "~/generated/prisma-postgresql/client";
import { PrismaClient } from "~/generated/prisma-sqlite/client";
import { getDatabaseProvider } from "./db-url";
import { env } from "./env.server";
import type { AdapterHook } from "./sqlite.server";
import { createSqliteAdapter } from "./sqlite.server";

/**
 * The client type of the app. Both generated clients come from the same
 * models (prisma/models.prisma), so the PostgreSQL client has the same shape
 * and is used through this type.
 */
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

function createPostgresAdapter(databaseUrl: string) {
  const factory = new PrismaPg({
    connectionString: databaseUrl,
    max: env.DATABASE_POOL_SIZE,
    idleTimeoutMillis: 30_000,
  });
  const connect = factory.connect.bind(factory);
  factory.connect = async () =>
    countRoundTrips(await connect()) as Awaited<ReturnType<typeof connect>>;
  return factory;
}

/**
 * SQLite has one writer: transactions queue behind each other (in this process
 * and across processes). Prisma's default of 2 s to start one turns a short
 * queue under load into errors, so transactions may wait longer.
 */
const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

/** A client for the URL's provider: `file:` → SQLite, `postgres://` → PostgreSQL. */
export function createDb(databaseUrl: string = env.DATABASE_URL): Db {
  if (getDatabaseProvider(databaseUrl) === "postgresql") {
    return new PostgresClient({
      adapter: createPostgresAdapter(databaseUrl),
      transactionOptions,
    }) as unknown as Db;
  }
  return new PrismaClient({
    adapter: createSqliteAdapter(databaseUrl, countRoundTrips),
    transactionOptions,
  });
}

// One client per process; kept on globalThis so dev-server reloads reuse it
// and the production server can close it on shutdown.
const globalForDb = globalThis as unknown as { __fahrplanDb?: Db };

export const db: Db = globalForDb.__fahrplanDb ?? createDb();
globalForDb.__fahrplanDb = db;
