import { PrismaPg } from "@prisma/adapter-pg";
import type { ArgType, SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { PrismaClient as PostgresClient } from "~/generated/prisma-postgresql/client";
import { Prisma, PrismaClient } from "~/generated/prisma-sqlite/client";
import { getDatabaseProvider } from "./db-url";
import type { Db } from "./db-types";
import { env } from "./env.server";
import { guardStorage } from "./storage-health.server";
import type { RowSchema } from "./sql-decode";
import type { AdapterHook } from "./sqlite.server";
import { createSqliteAdapter } from "./sqlite.server";

export type { Db };
/** The SQLite client's namespace (types, Prisma.sql): the same for both, see db-types.ts. */
export { Prisma };

const stats: { roundTrips: number; captured: SqlQuery[] | null } = {
  roundTrips: 0,
  captured: null,
};

/**
 * Counts the statements sent to the database (and keeps them while captureStatements
 * runs). Pages promise a fixed number of round trips whatever the data size; tests
 * read this counter to hold them to it.
 */
function countRoundTrips<A extends SqlDriverAdapter>(adapter: A): A {
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.queryRaw = (query) => {
    stats.roundTrips++;
    stats.captured?.push(query);
    return queryRaw(query);
  };
  adapter.executeRaw = (query) => {
    stats.roundTrips++;
    stats.captured?.push(query);
    return executeRaw(query);
  };
  return adapter;
}

/** Keeps the statements sent from now on; the returned function stops and gives them. */
export function keepStatements(): () => SqlQuery[] {
  const captured: SqlQuery[] = [];
  stats.captured = captured;
  return () => {
    if (stats.captured === captured) stats.captured = null;
    return captured;
  };
}

/** The top-level statements `work` sends, in order (for query-plan tests; one at a time). */
export async function captureStatements(work: () => Promise<unknown>): Promise<SqlQuery[]> {
  const stop = keepStatements();
  try {
    await work();
    return stop();
  } finally {
    stop();
  }
}

export function getRoundTrips() {
  return stats.roundTrips;
}

/** Each client's connected driver adapter (and which connection it is), for readRows. */
type Link = { adapter?: SqlDriverAdapter; connection?: number };
const adapters = new WeakMap<Db, Link>();
let connections = 0;

function createPostgresAdapter(databaseUrl: string, hook: AdapterHook) {
  const factory = new PrismaPg({
    connectionString: databaseUrl,
    max: env.DATABASE_POOL_SIZE,
    idleTimeoutMillis: 30_000,
  });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => hook(await connect()) as Awaited<ReturnType<typeof connect>>;
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
  const link: Link = {};
  const hook: AdapterHook = (adapter) => {
    link.connection = ++connections;
    return (link.adapter = countRoundTrips(guardStorage(adapter)));
  };
  // The PostgreSQL client is used through the SQLite client's type: db-types.ts
  // checks at compile time that it takes the same arguments and returns the same rows.
  const client: Db =
    getDatabaseProvider(databaseUrl) === "postgresql"
      ? (new PostgresClient({
          adapter: createPostgresAdapter(databaseUrl, hook),
          transactionOptions,
        }) as unknown as Db)
      : new PrismaClient({ adapter: createSqliteAdapter(databaseUrl, hook), transactionOptions });
  adapters.set(client, link);
  return client;
}

async function connect(client: Db): Promise<Required<Link>> {
  const link = adapters.get(client);
  if (!link) throw new Error("readRows needs a client made by createDb");
  if (!link.adapter) await client.$connect();
  return link as Required<Link>;
}

function argType(value: unknown): ArgType {
  if (value instanceof Date) return { scalarType: "datetime", arity: "scalar" };
  if (typeof value === "number") {
    return { scalarType: Number.isInteger(value) ? "int" : "float", arity: "scalar" };
  }
  return { scalarType: "string", arity: "scalar" };
}

/**
 * A read statement sent straight to the driver adapter, its rows decoded by a row
 * schema (sql-decode.ts), for the pages that run on every visit (session, overview,
 * dashboard): Prisma's $queryRaw adds its query pipeline and turns every value into
 * a typed object, which costs more than the query itself. Each such statement lives
 * in its module's queries.server.ts beside its schema. Portable SQL only (quoted
 * identifiers): it runs on both providers. Top level only: inside a transaction use
 * the transaction's client. Counted as a round trip like any other statement.
 */
export async function readRows<T>(
  query: Prisma.Sql,
  schema: RowSchema<T>,
  client: Db = db,
): Promise<T[]> {
  const { adapter } = await connect(client);
  const result = await adapter.queryRaw({
    sql: adapter.provider === "postgres" ? query.text : query.sql,
    args: query.values,
    argTypes: query.values.map(argType),
  });
  return schema.decode(result.columnNames, result.rows);
}

// One client per process; kept on globalThis so dev-server reloads reuse it
// and the production server can close it on shutdown.
const globalForDb = globalThis as unknown as { __fahrplanDb?: Db };

export const db: Db = globalForDb.__fahrplanDb ?? createDb();
globalForDb.__fahrplanDb = db;
