import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectionOf, patchSqliteAdapter, STATEMENT_CACHE_SIZE } from "./sqlite-adapter.server";

// The patches in sqlite-adapter.server.ts lean on how the installed
// @prisma/adapter-better-sqlite3 uses its connection. These tests hold them to it: if
// an upgrade changes what they rely on, they fail here rather than in production.

let dir: string;
const open: SqlDriverAdapter[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fahrplan-adapter-"));
});

afterEach(async () => {
  for (const adapter of open.splice(0)) await adapter.dispose().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function connect(name: string, { patched }: { patched: boolean }) {
  const factory = new PrismaBetterSQLite3({ url: path.join(dir, name), timeout: 5000 });
  const adapter = await factory.connect();
  open.push(adapter);
  await adapter.executeScript(
    "PRAGMA journal_mode = WAL; CREATE TABLE entry (id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, amount REAL, at DATETIME, done BOOLEAN);",
  );
  return patched ? patchSqliteAdapter(adapter) : adapter;
}

function query(sql: string, args: unknown[] = []): SqlQuery {
  return {
    sql,
    args,
    argTypes: args.map((arg) => ({
      scalarType: arg instanceof Date ? "datetime" : typeof arg === "number" ? "float" : "string",
      arity: "scalar",
    })),
  };
}

describe("the pinned adapter's source", () => {
  const require = createRequire(import.meta.url);
  const source = fs.readFileSync(require.resolve("@prisma/adapter-better-sqlite3"), "utf8");
  const members = (pattern: RegExp) =>
    [...new Set([...source.matchAll(pattern)].map((match) => match[1]))].sort();

  it("uses of its connection only what the patches stand in for", () => {
    expect(members(/this\.client\.(\w+)/g)).toEqual(["close", "exec", "prepare"]);
    // Every statement: prepare(sql).bind(args), then these on what bind returned.
    expect(source.match(/this\.client\.prepare\(query\.sql\)\.bind\(args\)/g)).toHaveLength(2);
    expect(members(/\bstmt\.(\w+)/g)).toEqual(["columns", "raw", "reader", "run"]);
    expect(source).toContain("stmt.raw().all()");
    // Transactions: opened with BEGIN through prepare, no other way.
    expect(source).toContain('this.client.prepare("BEGIN").run()');
    expect(source).not.toMatch(/BEGIN (IMMEDIATE|DEFERRED|EXCLUSIVE)/);
  });
});

/**
 * Wraps an object so that every member read through it, and through whatever its
 * methods return, is logged by path ("client.prepare().bind().run"), marked when the
 * member does not exist.
 */
function recording<T extends object>(target: T, where: string, log: Set<string>): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === "symbol") return Reflect.get(object, property);
      const name = `${where}.${property}`;
      const value: unknown = Reflect.get(object, property, object);
      log.add(value === undefined ? `${name} (missing)` : name);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(object, args);
        return result !== null && typeof result === "object" && !Array.isArray(result)
          ? recording(result, `${name}()`, log)
          : result;
      };
    },
  });
}

/** What Prisma asks of the adapter: reads, writes, errors, both ends of a transaction. */
async function workload(adapter: SqlDriverAdapter) {
  const out: unknown[] = [];
  const at = new Date("2026-03-02T08:30:00.000Z");
  out.push(
    await adapter.executeRaw(
      query("INSERT INTO entry (source, amount, at, done) VALUES (?, ?, ?, ?)", [
        "a",
        1.5,
        at,
        "1",
      ]),
    ),
  );
  // A write that returns rows, as Prisma's create does.
  out.push(
    await adapter.queryRaw(
      query("INSERT INTO entry (source, amount, at) VALUES (?, ?, ?) RETURNING id, source", [
        "b",
        2,
        at,
      ]),
    ),
  );
  // The same text with other arguments, interleaved with others.
  const find = "SELECT id, source, amount, at, done FROM entry WHERE source = ?";
  out.push(await adapter.queryRaw(query(find, ["a"])));
  out.push(await adapter.queryRaw(query("SELECT COUNT(*) AS n FROM entry")));
  out.push(await adapter.queryRaw(query(find, ["b"])));
  out.push(await adapter.queryRaw(query(find, ["none"])));
  // A statement without rows sent as a query.
  out.push(await adapter.queryRaw(query("UPDATE entry SET amount = ? WHERE source = ?", [3, "a"])));
  // A constraint violation surfaces as the adapter's error.
  out.push(
    await adapter
      .executeRaw(query("INSERT INTO entry (source) VALUES (?)", ["a"]))
      .catch((error: { name: string; cause: unknown }) => ({
        name: error.name,
        cause: error.cause,
      })),
  );
  // A transaction rolled back, then one committed, as Prisma ends them.
  const rolledBack = await adapter.startTransaction();
  out.push(await rolledBack.executeRaw(query("INSERT INTO entry (source) VALUES (?)", ["c"])));
  out.push(await rolledBack.executeRaw(query("ROLLBACK")));
  await rolledBack.rollback();
  const committed = await adapter.startTransaction();
  out.push(await committed.queryRaw(query(find, ["a"])));
  out.push(await committed.executeRaw(query("INSERT INTO entry (source) VALUES (?)", ["d"])));
  out.push(await committed.executeRaw(query("COMMIT")));
  await committed.commit();
  await adapter.executeScript("UPDATE entry SET done = 0 WHERE done IS NULL;");
  out.push(await adapter.queryRaw(query("SELECT * FROM entry ORDER BY id")));
  return out;
}

describe("the statement cache", () => {
  it("gives the adapter what a fresh statement would, for every call the adapter makes", async () => {
    const plain = await connect("plain.db", { patched: false });
    const patched = await connect("patched.db", { patched: true });
    const plainCalls = new Set<string>();
    const patchedCalls = new Set<string>();
    const withClient = plain as unknown as { client: object };
    withClient.client = recording(withClient.client, "client", plainCalls);
    const patchedWithClient = patched as unknown as { client: object };
    patchedWithClient.client = recording(patchedWithClient.client, "client", patchedCalls);

    const expected = await workload(plain);
    expect(await workload(patched)).toEqual(expected);
    await plain.dispose();
    await patched.dispose();
    open.length = 0;

    // The same members read on both, none of them missing only on the stand-in.
    expect([...patchedCalls].sort()).toEqual([...plainCalls].sort());
    expect(plainCalls).toContain("client.prepare().bind().raw().all");
    expect(plainCalls).toContain("client.prepare().bind().run");
    expect(plainCalls).toContain("client.close");
  });

  it("prepares each text once, the oldest again after STATEMENT_CACHE_SIZE others", async () => {
    const adapter = await connect("cache.db", { patched: false });
    const client = connectionOf(adapter);
    const prepared: string[] = [];
    const prepare = client.prepare.bind(client);
    client.prepare = ((source: string) => {
      prepared.push(source);
      return prepare(source);
    }) as typeof client.prepare;
    patchSqliteAdapter(adapter);
    prepared.length = 0; // BEGIN IMMEDIATE and BEGIN, prepared once by the patch.

    const find = "SELECT source FROM entry WHERE source = ?";
    for (const source of ["a", "b", "a"]) await adapter.queryRaw(query(find, [source]));
    expect(prepared).toEqual([find]);
    for (let i = 0; i < STATEMENT_CACHE_SIZE; i++) {
      await adapter.queryRaw(query(`SELECT ${i} AS n`));
    }
    await adapter.queryRaw(query(find, ["c"]));
    expect(prepared.filter((source) => source === find)).toHaveLength(2);
  });
});

describe("BEGIN IMMEDIATE", () => {
  async function otherConnectionCanWrite(file: string) {
    const other = new Database(path.join(dir, file), { timeout: 0 });
    try {
      other.exec("BEGIN IMMEDIATE");
      other.exec("ROLLBACK");
      return true;
    } catch (error) {
      expect((error as { code?: string }).code).toBe("SQLITE_BUSY");
      return false;
    } finally {
      other.close();
    }
  }

  it("takes the write lock when a transaction starts (the adapter alone would not)", async () => {
    const plain = await connect("plain.db", { patched: false });
    const tx = await plain.startTransaction();
    expect(await otherConnectionCanWrite("plain.db")).toBe(true);
    await tx.executeRaw(query("ROLLBACK"));
    await tx.rollback();

    const patched = await connect("patched.db", { patched: true });
    const locked = await patched.startTransaction();
    expect(await otherConnectionCanWrite("patched.db")).toBe(false);
    await locked.executeRaw(query("ROLLBACK"));
    await locked.rollback();
    expect(await otherConnectionCanWrite("patched.db")).toBe(true);
  });

  it("starts a deferred transaction when the lock stays taken past the busy timeout", async () => {
    const adapter = await connect("busy.db", { patched: true });
    await adapter.executeScript("PRAGMA busy_timeout = 20;");
    const other = new Database(path.join(dir, "busy.db"));
    other.exec("BEGIN IMMEDIATE");
    try {
      const tx = await adapter.startTransaction();
      const read = await tx.queryRaw(query("SELECT COUNT(*) AS n FROM entry"));
      expect(read.rows).toEqual([["0"]]);
      await tx.executeRaw(query("ROLLBACK"));
      await tx.rollback();
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    // The adapter's transaction lock was released: the next one starts.
    const next = await adapter.startTransaction();
    await next.executeRaw(query("ROLLBACK"));
    await next.rollback();
  });
});

describe("transaction isolation", () => {
  it("holds back statements from outside an open transaction until it ends", async () => {
    const adapter = await connect("isolated.db", { patched: true });
    const tx = await adapter.startTransaction();
    await tx.executeRaw(query("INSERT INTO entry (source) VALUES (?)", ["in transaction"]));
    let seen: unknown;
    const outside = adapter
      .queryRaw(query("SELECT COUNT(*) AS n FROM entry"))
      .then((result) => (seen = result.rows));
    const write = adapter.executeRaw(query("INSERT INTO entry (source) VALUES (?)", ["outside"]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toBeUndefined();
    await tx.executeRaw(query("ROLLBACK"));
    await tx.rollback();
    await Promise.all([outside, write]);
    expect(seen).toEqual([["0"]]);
    const rows = await adapter.queryRaw(query("SELECT source FROM entry"));
    expect(rows.rows).toEqual([["outside"]]);
  });
});

describe("a transaction that cannot end or begin", () => {
  /** Fails when `promise` does not settle soon: the adapter's locks stayed taken. */
  function soon<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const stuck = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} is stuck behind a lock`)), 2000);
    });
    return Promise.race([promise, stuck]).finally(() => clearTimeout(timer));
  }

  /** A COMMIT that fails as on a full disk: here a deferred foreign key that is missing. */
  async function withDeferredKey(name: string, patched: boolean) {
    const adapter = await connect(name, { patched });
    await adapter.executeScript(
      "PRAGMA foreign_keys = ON; CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);",
    );
    const tx = await adapter.startTransaction();
    await tx.executeRaw(query("INSERT INTO child (parent) VALUES (?)", [99]));
    await expect(tx.executeRaw(query("COMMIT"))).rejects.toMatchObject({
      cause: { kind: "ForeignKeyConstraintViolation" },
    });
    return { adapter, tx };
  }

  it("without the patch, a failed COMMIT leaves every later query waiting", async () => {
    const { adapter } = await withDeferredKey("stuck.db", false);
    // Prisma calls neither commit() nor rollback() after a failed COMMIT.
    await expect(soon(adapter.startTransaction(), "the next transaction")).rejects.toThrow(/stuck/);
  });

  it("rolls back after a failed COMMIT and releases both locks", async () => {
    const { adapter, tx } = await withDeferredKey("released.db", true);
    const count = await soon(adapter.queryRaw(query("SELECT COUNT(*) FROM child")), "a read");
    expect(count.rows).toEqual([["0"]]);
    // Prisma may still roll back: nothing happens twice.
    await tx.rollback();
    const next = await soon(adapter.startTransaction(), "the next transaction");
    await next.executeRaw(query("INSERT INTO parent (id) VALUES (?)", [1]));
    await next.executeRaw(query("COMMIT"));
    await next.commit();
    const parents = await adapter.queryRaw(query("SELECT id FROM parent"));
    expect(parents.rows).toEqual([["1"]]);
  });

  it("takes a ROLLBACK that finds no transaction (SQLite ended it) as done", async () => {
    const adapter = await connect("ended.db", { patched: true });
    const tx = await adapter.startTransaction();
    connectionOf(adapter).exec("ROLLBACK");
    await expect(tx.executeRaw(query("ROLLBACK"))).resolves.toBe(0);
    await tx.rollback();
    await soon(adapter.startTransaction(), "the next transaction").then(async (next) => {
      await next.executeRaw(query("ROLLBACK"));
      await next.rollback();
    });
  });

  it("releases the adapter's lock when BEGIN fails for a reason other than a busy lock", async () => {
    const adapter = await connect("begin.db", { patched: true });
    const client = connectionOf(adapter);
    client.exec("BEGIN"); // the connection is already in a transaction: BEGIN fails
    await expect(adapter.startTransaction()).rejects.toThrow(/within a transaction/);
    client.exec("ROLLBACK");
    const next = await soon(adapter.startTransaction(), "the next transaction");
    await next.executeRaw(query("ROLLBACK"));
    await next.rollback();
  });
});
