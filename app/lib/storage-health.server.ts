import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";
import type { Db } from "./db-types";
import { logger } from "./logger.server";
import { storageRefusal } from "./storage-refusal";
import type { StorageFailure } from "./storage-refusal";

/*
 * When the database cannot store anything (the disk is full) or cannot be reached (the
 * PostgreSQL server is stopped), one request fails, clearly, and the server stays up:
 *
 *   - every statement's error passes through guardStorage (one wrapper around the driver
 *     adapter, installed by createDb); a storage failure becomes a 503 answer thrown
 *     from the database call, which the error page shows as "Speicher voll" or
 *     "Datenbank nicht erreichbar", never a 500. Other errors (a unique key, a bug) pass
 *     through unchanged;
 *   - the process remembers that writes fail, and /readyz answers 503 until a probe
 *     write succeeds again (checkStorage): no restart, no operator step;
 *   - the SQLite adapter releases its locks after a failed COMMIT
 *     (sqlite-adapter.server.ts), so reads keep working meanwhile.
 *
 * Non-Error values thrown by a driver adapter reach Prisma's caller unchanged, which is
 * what lets the 503 travel from here to React Router without a try/catch per route.
 */

/** Connection-level failures of the PostgreSQL adapter (its error kinds). */
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

/** node-postgres's own messages when a connection breaks or cannot be made. */
const CONNECTION_LOST =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i;

/**
 * The storage failure an error of the database driver stands for, or null for any
 * other error. SQLite: SQLITE_FULL is a full disk; I/O errors and a file that cannot be
 * opened make the database unavailable. PostgreSQL: SQLSTATE 53100 (disk_full) is a
 * full disk; class 08 (connection exception), 57P01–57P03 (shutdown, cannot connect
 * now), other class-53 resource errors and broken connections are unavailability.
 */
export function storageFailureOf(error: unknown): StorageFailure | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && code.startsWith("SQLITE_")) {
    if (code.startsWith("SQLITE_FULL")) return "full";
    if (/^SQLITE_(IOERR|CANTOPEN|NOTADB|CORRUPT)/.test(code)) return "unavailable";
    return null;
  }
  const kind =
    typeof cause === "object" && cause !== null ? (cause as { kind?: unknown }).kind : null;
  if (typeof kind === "string") {
    if (UNREACHABLE_KINDS.has(kind)) return "unavailable";
    const { code: sqlState, originalCode } = cause as { code?: unknown; originalCode?: unknown };
    const state = typeof originalCode === "string" ? originalCode : sqlState;
    if (typeof state === "string") {
      if (state === "53100") return "full";
      if (/^(08|53|57P0[123])/.test(state)) return "unavailable";
    }
    return null;
  }
  if (typeof message === "string" && CONNECTION_LOST.test(message)) return "unavailable";
  return null;
}

/** Since when (ms) this process has seen writes fail for lack of storage; null when they work. */
const health: { failingSince: number | null; failure: StorageFailure | null } = {
  failingSince: null,
  failure: null,
};

/** Per request (and per side write): the storage failure its statements ran into. */
type Watch = { failure: StorageFailure | null };
const watches = new AsyncLocalStorage<Watch>();

function noteFailure(failure: StorageFailure, error: unknown) {
  const watch = watches.getStore();
  if (watch) watch.failure = failure;
  const first = health.failingSince === null;
  health.failingSince ??= Date.now();
  health.failure = failure;
  const { code, message } = error as { code?: unknown; message?: unknown };
  logger.error("storage failure", { failure, first, code, message });
}

/** Forgets a failure: a probe write went through. */
export function noteRecovered() {
  if (health.failingSince !== null) {
    logger.info("storage recovered", { failedForMs: Date.now() - health.failingSince });
  }
  health.failingSince = null;
  health.failure = null;
}

function guarded<A extends unknown[], R>(call: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await call(...args);
    } catch (error) {
      const failure = storageFailureOf(error);
      if (!failure) throw error;
      noteFailure(failure, error);
      throw storageRefusal(failure);
    }
  };
}

/** Wraps every call of the adapter that reaches the database (see the top of this file). */
export function guardStorage<A extends SqlDriverAdapter>(adapter: A): A {
  adapter.queryRaw = guarded(adapter.queryRaw.bind(adapter));
  adapter.executeRaw = guarded(adapter.executeRaw.bind(adapter));
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = guarded(async (isolationLevel) => {
    const tx: Transaction = await startTransaction(isolationLevel);
    tx.queryRaw = guarded(tx.queryRaw.bind(tx));
    tx.executeRaw = guarded(tx.executeRaw.bind(tx));
    tx.commit = guarded(tx.commit.bind(tx));
    tx.rollback = guarded(tx.rollback.bind(tx));
    return tx;
  });
  return adapter;
}

/**
 * Readiness of the storage: the database answers and, while writes are known to fail,
 * a probe write (one row of StorageProbe) goes through again. One statement.
 */
export async function checkStorage(client: Db): Promise<boolean> {
  try {
    if (health.failingSince === null) {
      await client.$queryRawUnsafe("SELECT 1");
    } else {
      const checkedAt = new Date();
      await client.storageProbe.upsert({
        where: { id: 1 },
        create: { id: 1, checkedAt },
        update: { checkedAt },
      });
      noteRecovered();
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs one request's work, watching its statements. Prisma sometimes reports a failed
 * COMMIT of its own implicit transaction as "Transaction already closed" (it then tries
 * to roll back a transaction it has marked committed), which hides the full disk behind
 * an error of its own. So a request that ran into a storage failure and still ended in
 * a server error is answered with the storage failure's 503 (storageMiddleware).
 */
export async function watchStorage(
  work: () => Promise<Response>,
): Promise<{ response: Response; failure: StorageFailure | null }> {
  const watch: Watch = { failure: null };
  try {
    const response = await watches.run(watch, work);
    return { response, failure: watch.failure };
  } catch (error) {
    if (watch.failure)
      return { response: new Response(null, { status: 503 }), failure: watch.failure };
    throw error;
  }
}

/**
 * A write a page view makes on the side (a session's last-seen time, the roadmap last
 * opened): when storage fails it is skipped, so reading keeps working on a full disk.
 */
export async function unlessStorageFails(write: () => Promise<unknown>): Promise<void> {
  const watch: Watch = { failure: null };
  try {
    // Awaited inside: Prisma's queries start when awaited, and must start in this watch.
    await watches.run(watch, async () => {
      await write();
    });
  } catch (error) {
    if (!watch.failure) throw error;
  }
}
