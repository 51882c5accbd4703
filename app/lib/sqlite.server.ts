import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";
import { sqliteFilePath } from "./db-url";

/**
 * WAL lets readers run beside the single writer; foreign keys are off by
 * default in SQLite; the busy timeout makes a second writer wait instead of
 * failing; synchronous=FULL keeps acknowledged writes through a power loss.
 */
export const SQLITE_PRAGMAS = `
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
PRAGMA busy_timeout = 5000;
PRAGMA synchronous = FULL;
`;

export type AdapterHook = (adapter: SqlDriverAdapter) => SqlDriverAdapter;

/**
 * Transactions take the write lock when they start (BEGIN IMMEDIATE).
 *
 * The adapter opens them with a plain (deferred) BEGIN: the transaction reads
 * from a snapshot and asks for the write lock at its first write. If another
 * process (a second instance, a script, the test factories) committed in
 * between, SQLite cannot upgrade the snapshot and fails at once with
 * SQLITE_BUSY; the busy timeout never applies. With BEGIN IMMEDIATE the
 * transaction waits for the lock up front (busy timeout) and then cannot fail
 * that way. Should the lock still be taken after the timeout, the deferred
 * BEGIN is used as before, because a failing BEGIN would leave the adapter's
 * transaction mutex locked for good.
 */
function beginImmediate(client: BetterSqlite3.Database) {
  const prepare = client.prepare.bind(client);
  const immediate = prepare("BEGIN IMMEDIATE");
  const deferred = prepare("BEGIN");
  const begin = {
    run() {
      try {
        return immediate.run();
      } catch (error) {
        if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return deferred.run();
        throw error;
      }
    },
  };
  client.prepare = ((source: string) =>
    source === "BEGIN" ? begin : prepare(source)) as typeof client.prepare;
}

/** How many distinct statements stay prepared (the app has a few hundred). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Prepared statements are reused.
 *
 * The adapter prepares every query anew (`prepare(sql).bind(args)`), which for
 * the dashboard's statements costs more than running them. Here each SQL text is
 * prepared once (the oldest of more than STATEMENT_CACHE_SIZE are dropped) and
 * its arguments are passed per call instead of bound for good, which
 * better-sqlite3 allows only once per statement. Every call runs to completion
 * synchronously, so one statement is never in use twice at the same time.
 */
function cacheStatements(client: BetterSqlite3.Database) {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, BetterSqlite3.Statement<unknown[]>>();
  const prepared = (source: string) => {
    let statement = cache.get(source);
    if (statement) return statement;
    statement = prepare(source) as BetterSqlite3.Statement<unknown[]>;
    cache.set(source, statement);
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return statement;
  };
  client.prepare = ((source: string) => {
    // BEGIN is beginImmediate's object, not a statement: hand it through.
    if (source === "BEGIN") return prepare(source);
    const statement = prepared(source);
    return {
      bind: (args: unknown[]) => ({
        reader: statement.reader,
        columns: () => statement.columns(),
        raw: () => ({ all: () => statement.raw(true).all(...args) }),
        run: () => statement.run(...args),
      }),
    };
  }) as unknown as typeof client.prepare;
}

/**
 * Queries outside a transaction wait while one is open.
 *
 * The adapter has a single connection. Without this, a query from another
 * request sent while a transaction is open runs inside that transaction: it
 * sees uncommitted rows, and its write is lost if the transaction rolls back.
 */
function isolateTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  let open: Promise<void> | undefined;
  const idle = async () => {
    while (open) await open;
  };

  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    await idle();
    let finish!: () => void;
    open = new Promise((resolve) => (finish = resolve));
    const done = () => {
      open = undefined;
      finish();
    };
    let tx: Transaction;
    try {
      tx = await startTransaction(isolationLevel);
    } catch (error) {
      done();
      throw error;
    }
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    tx.commit = () => commit().finally(done);
    tx.rollback = () => rollback().finally(done);
    return tx;
  };

  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    await idle();
    return queryRaw(query);
  };
  adapter.executeRaw = async (query) => {
    await idle();
    return executeRaw(query);
  };
  return adapter;
}

/** A driver adapter factory whose connection is configured before first use. */
export function createSqliteAdapter(databaseUrl: string, hook?: AdapterHook) {
  const file = sqliteFilePath(databaseUrl);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const factory = new PrismaBetterSQLite3({ url: file, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    const client = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
    if (typeof client?.prepare !== "function") {
      throw new Error(
        "The SQLite adapter no longer exposes its connection; review sqlite.server.ts.",
      );
    }
    beginImmediate(client);
    cacheStatements(client);
    const isolated = isolateTransactions(adapter);
    return hook ? hook(isolated) : isolated;
  };
  return factory;
}
