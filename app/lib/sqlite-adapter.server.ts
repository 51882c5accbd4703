import type { SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";

/*
 * Three patches to @prisma/adapter-better-sqlite3 (pinned at 6.19.3 in package.json),
 * the only place the app reaches into the adapter. Two fix real faults of a server on
 * one SQLite connection (beginImmediate, isolateTransactions); one saves time
 * (cacheStatements). They rely on how the adapter uses its better-sqlite3 connection:
 *
 *   - it keeps the connection in a `client` field;
 *   - it runs every statement as client.prepare(sql).bind(args), then `.reader`,
 *     `.columns()`, `.raw().all()` or `.run()` on what bind returned;
 *   - it opens a transaction with client.prepare("BEGIN").run() and leaves COMMIT and
 *     ROLLBACK to Prisma, which sends them as statements.
 *
 * sqlite-adapter.server.test.ts checks each of these against the installed adapter
 * (its source and its behaviour), so an upgrade that changes them fails there, loudly;
 * patchSqliteAdapter also refuses an adapter without the connection it expects.
 */

type Connection = BetterSqlite3.Database;

/** The adapter's better-sqlite3 connection (not part of its public interface). */
export function connectionOf(adapter: SqlDriverAdapter): Connection {
  const client = (adapter as unknown as { client?: Connection }).client;
  if (typeof client?.prepare !== "function" || typeof client.exec !== "function") {
    throw new Error(
      "The SQLite adapter no longer exposes its connection; review sqlite-adapter.server.ts.",
    );
  }
  return client;
}

/** What the patches share about the connection's current BEGIN. */
type BeginState = { failure?: unknown };

/**
 * Transactions take the write lock when they start (BEGIN IMMEDIATE).
 *
 * The adapter opens them with a plain (deferred) BEGIN: the transaction reads from a
 * snapshot and asks for the write lock at its first write. If another process (a
 * second instance, a script, the test factories) committed in between, SQLite cannot
 * upgrade the snapshot and fails at once with SQLITE_BUSY; the busy timeout never
 * applies. With BEGIN IMMEDIATE the transaction waits for the lock up front (busy
 * timeout) and then cannot fail that way. Should the lock still be taken after the
 * timeout, the deferred BEGIN is used as before.
 *
 * A BEGIN that fails for another reason (a full disk, an I/O error) must not throw
 * here: the adapter has taken its transaction mutex just before and would never
 * release it. The failure is kept in `state` instead, and isolateTransactions ends the
 * transaction cleanly and throws it.
 */
function beginImmediate(client: Connection, state: BeginState) {
  const prepare = client.prepare.bind(client);
  const immediate = prepare("BEGIN IMMEDIATE");
  const deferred = prepare("BEGIN");
  const begin = {
    run() {
      state.failure = undefined;
      try {
        return immediate.run();
      } catch (error) {
        try {
          if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return deferred.run();
          throw error;
        } catch (failure) {
          state.failure = failure;
          return { changes: 0, lastInsertRowid: 0 };
        }
      }
    },
  };
  client.prepare = ((source: string) =>
    source === "BEGIN" ? begin : prepare(source)) as typeof client.prepare;
}

/** How many distinct statements stay prepared (the app has a few hundred). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * Prepared statements are reused.
 *
 * The adapter prepares every query anew (`prepare(sql).bind(args)`): for the session
 * lookup and the overview, a quarter to a third of their server time
 * (docs/decisions/0008-typed-raw-reads.md has the numbers). Here each SQL text is
 * prepared once (the oldest of more than STATEMENT_CACHE_SIZE are dropped) and its
 * arguments are passed per call instead of bound for good, which better-sqlite3
 * allows only once per statement. What bind returns offers exactly what the adapter
 * uses of a bound statement. Every call runs to completion synchronously, so one
 * statement is never in use twice at the same time.
 */
function cacheStatements(client: Connection) {
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

const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\b/i;

/**
 * Queries outside a transaction wait while one is open, and every transaction ends.
 *
 * The adapter has a single connection. Without this, a query from another request
 * sent while a transaction is open runs inside that transaction: it sees uncommitted
 * rows, and its write is lost if the transaction rolls back.
 *
 * Prisma ends a transaction by sending COMMIT (or ROLLBACK) and, only when that
 * succeeds, calling the transaction's commit() (or rollback()), which releases the
 * adapter's mutex. A COMMIT that fails (the disk is full: the write-ahead log cannot
 * grow) would leave the transaction open, the mutex and the wait here taken, and the
 * server unable to answer any query again. So a failed COMMIT or ROLLBACK rolls the
 * transaction back on the connection and releases both; a ROLLBACK that finds no
 * transaction left (SQLite ended it itself) has done its job and succeeds.
 */
function isolateTransactions(adapter: SqlDriverAdapter, client: Connection, state: BeginState) {
  let open: Promise<void> | undefined;
  const idle = async () => {
    while (open) await open;
  };

  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    await idle();
    let finish!: () => void;
    open = new Promise((resolve) => (finish = resolve));
    let tx: Transaction;
    try {
      tx = await startTransaction(isolationLevel);
    } catch (error) {
      open = undefined;
      finish();
      throw error;
    }
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    let ended = false;
    /** Releases the adapter's mutex and this wait, once. */
    const end = async (how: () => Promise<void>) => {
      if (ended) return;
      ended = true;
      try {
        await how();
      } finally {
        open = undefined;
        finish();
      }
    };
    tx.commit = () => end(commit);
    tx.rollback = () => end(rollback);

    const failure = state.failure;
    if (failure !== undefined) {
      state.failure = undefined;
      await end(rollback);
      throw failure;
    }

    const endingSafely =
      <R>(send: (query: SqlQuery) => Promise<R>, nothing: R) =>
      async (query: SqlQuery): Promise<R> => {
        if (!ENDS_TRANSACTION.test(query.sql)) return send(query);
        try {
          return await send(query);
        } catch (error) {
          if (client.inTransaction) {
            try {
              client.exec("ROLLBACK");
            } catch {
              // SQLite ends the transaction on its own when it cannot roll back.
            }
          }
          await end(rollback);
          if (/^\s*ROLLBACK/i.test(query.sql) && !client.inTransaction) return nothing;
          throw error;
        }
      };
    tx.executeRaw = endingSafely(tx.executeRaw.bind(tx), 0);
    tx.queryRaw = endingSafely(tx.queryRaw.bind(tx), {
      columnNames: [],
      columnTypes: [],
      rows: [],
    });
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
}

/** Applies the three patches to a freshly connected adapter (before its first query). */
export function patchSqliteAdapter<A extends SqlDriverAdapter>(adapter: A): A {
  const client = connectionOf(adapter);
  const state: BeginState = {};
  beginImmediate(client, state);
  cacheStatements(client);
  isolateTransactions(adapter, client, state);
  return adapter;
}
