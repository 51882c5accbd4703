// Driver adapters for the Prisma CLI (migrations, seed). Prisma 6.19.3 runs its
// schema engine as WebAssembly through these adapters, so no native engine is
// ever downloaded. Workarounds for known 6.19.3 adapter bugs live here and only
// here; the running app needs none of them.
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { createSqliteAdapter } from "../app/lib/sqlite.server";

/** True when `sql` holds more than one statement (ignoring a trailing `;`). */
function isMultiStatement(sql: string): boolean {
  return sql.trim().replace(/;\s*$/, "").includes(";");
}

/**
 * Prisma 6.19.3 replays each migration into the SQLite shadow database through
 * a single-statement `prepare()`, so `migrate dev` fails with P3006 as soon as a
 * migration holds several statements. Sending argument-less multi-statement
 * scripts to `executeScript` instead fixes it.
 */
function withScriptSupport(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    if (query.args.length === 0 && isMultiStatement(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

export function createSqliteMigrationAdapter(databaseUrl: string) {
  const factory = createSqliteAdapter(databaseUrl);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => withScriptSupport(await connectToShadowDb());
  return factory;
}
