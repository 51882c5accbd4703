// Driver adapters for the Prisma CLI (migrations, seed). Prisma 6.19.3 runs its
// schema engine as WebAssembly through these adapters, so no native engine is
// ever downloaded. The workarounds for known 6.19.3 adapter bugs live here and
// only here; the running app needs none of them.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { createSqliteAdapter } from "../app/lib/sqlite.server";

/** True when `sql` holds more than one statement (ignoring a trailing `;`). */
function isMultiStatement(sql: string): boolean {
  return sql.trim().replace(/;\s*$/, "").includes(";");
}

/**
 * SQLite: Prisma 6.19.3 replays each migration into the shadow database through
 * a single-statement `prepare()`, so `migrate dev` fails with P3006 as soon as a
 * migration holds several statements. Argument-less multi-statement scripts go
 * to `executeScript` instead.
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

// --- PostgreSQL -------------------------------------------------------------

const PG_NAME_OID = 19;
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type PgResult = { fields?: { dataTypeID: number }[] };
function reportCatalogTypesAsText(result: PgResult | PgResult[] | undefined) {
  for (const r of Array.isArray(result) ? result : result ? [result] : []) {
    for (const field of r.fields ?? []) {
      if (field.dataTypeID === PG_NAME_OID || field.dataTypeID === PG_CHAR_OID)
        field.dataTypeID = PG_TEXT_OID;
    }
  }
  return result;
}

/**
 * prisma/orm#27403: the schema engine reads catalog columns of type `name` and
 * `"char"` (OIDs 19/18), which @prisma/adapter-pg 6.19.3 cannot map. Every
 * client of this pool reports them as text.
 */
function createMigrationPool(config: pg.PoolConfig) {
  const pool = new pg.Pool({ ...config, allowExitOnIdle: true });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
      ...args: unknown[]
    ) => {
      const last = args[args.length - 1];
      if (typeof last === "function") {
        args[args.length - 1] = (error: unknown, result: PgResult) =>
          last(error, reportCatalogTypesAsText(result));
        return query(...args);
      }
      const returned = query(...args);
      return returned instanceof Promise ? returned.then(reportCatalogTypesAsText) : returned;
    };
  });
  return pool;
}

/** The adapter sends a migration script as one query; 6.19.3 splits it on ";" and breaks on functions or strings. */
function withSingleQueryScripts(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

/** Discrete connection fields: node-postgres lets a connection string override `database`. */
function connectionFields(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: decodeURIComponent(url.pathname.slice(1)) || "postgres",
    ssl: url.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
  };
}

export function createPostgresMigrationAdapter(databaseUrl: string) {
  const fields = connectionFields(databaseUrl);
  const pool = createMigrationPool(fields);
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () =>
    withSingleQueryScripts(await connect(), pool) as Awaited<ReturnType<typeof connect>>;

  // The shadow database (for `migrate dev` / `migrate diff --from-migrations`)
  // is created and dropped here, because the adapter's own handling fails.
  factory.connectToShadowDb = async () => {
    const name = `fahrplan_shadow_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ ...fields, database: fields.database });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadowPool = createMigrationPool({ ...fields, database: name });
    const shadow = withSingleQueryScripts(await new PrismaPg(shadowPool).connect(), shadowPool);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await shadowPool.end().catch(() => undefined);
      const dropper = new pg.Client({ ...fields });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    };
    return shadow as Awaited<ReturnType<typeof connect>>;
  };
  return factory;
}
