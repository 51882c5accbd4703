import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { sqliteFilePath } from "./db-url";
import { patchSqliteAdapter } from "./sqlite-adapter.server";

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

/** A driver adapter factory whose connection is configured before first use. */
export function createSqliteAdapter(databaseUrl: string, hook?: AdapterHook) {
  const file = sqliteFilePath(databaseUrl);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const factory = new PrismaBetterSQLite3({ url: file, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    // BEGIN IMMEDIATE, transactions isolated from other requests, statements reused.
    const patched = patchSqliteAdapter(adapter);
    return hook ? hook(patched) : patched;
  };
  return factory;
}
