import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import type { Db } from "./db-types";
import {
  checkStorage,
  guardStorage,
  noteRecovered,
  storageFailureOf,
  unlessStorageFails,
  watchStorage,
} from "./storage-health.server";
import { refusedStorage } from "./storage-refusal";

const sqlite = (code: string) => Object.assign(new Error(code), { code });
/** What @prisma/adapter-pg throws: a DriverAdapterError with the mapped cause. */
const postgres = (cause: Record<string, unknown>) =>
  Object.assign(new Error("pg"), { name: "DriverAdapterError", cause });

describe("storageFailureOf", () => {
  it.each([
    ["SQLite: disk full", sqlite("SQLITE_FULL"), "full"],
    ["SQLite: write error", sqlite("SQLITE_IOERR_WRITE"), "unavailable"],
    ["SQLite: file gone", sqlite("SQLITE_CANTOPEN"), "unavailable"],
    ["PostgreSQL: disk_full", postgres({ kind: "postgres", code: "53100" }), "full"],
    ["PostgreSQL: server refuses", postgres({ kind: "DatabaseNotReachable" }), "unavailable"],
    ["PostgreSQL: connection closed", postgres({ kind: "ConnectionClosed" }), "unavailable"],
    [
      "PostgreSQL: shutting down",
      postgres({ kind: "postgres", originalCode: "57P01" }),
      "unavailable",
    ],
    [
      "PostgreSQL: connection exception",
      postgres({ kind: "postgres", code: "08006" }),
      "unavailable",
    ],
    [
      "node-postgres: broken connection",
      new Error("Connection terminated unexpectedly"),
      "unavailable",
    ],
  ] as const)("%s → %s", (_, error, failure) => {
    expect(storageFailureOf(error)).toBe(failure);
  });

  it.each([
    ["SQLite: unique key", sqlite("SQLITE_CONSTRAINT_UNIQUE")],
    ["SQLite: busy", sqlite("SQLITE_BUSY")],
    ["PostgreSQL: unique key", postgres({ kind: "UniqueConstraintViolation" })],
    ["PostgreSQL: syntax", postgres({ kind: "postgres", code: "42601" })],
    ["a bug", new TypeError("x is undefined")],
    ["not an error", "oops"],
  ])("%s is not a storage failure", (_, error) => {
    expect(storageFailureOf(error)).toBeNull();
  });
});

/** An adapter whose every statement throws `error`. */
function failingAdapter(error: unknown): SqlDriverAdapter {
  const fail = () => Promise.reject(error);
  return {
    queryRaw: fail,
    executeRaw: fail,
    startTransaction: fail,
  } as unknown as SqlDriverAdapter;
}

describe("guardStorage", () => {
  it("turns a storage failure into the 503 the error page shows", async () => {
    const adapter = guardStorage(failingAdapter(sqlite("SQLITE_FULL")));
    const thrown: unknown = await adapter
      .executeRaw({ sql: "INSERT", args: [], argTypes: [] })
      .catch((e: unknown) => e);
    expect(thrown).toMatchObject({ init: { status: 503 }, data: { storage: "full" } });
  });

  it("lets every other error through unchanged", async () => {
    const unique = sqlite("SQLITE_CONSTRAINT_UNIQUE");
    const adapter = guardStorage(failingAdapter(unique));
    await expect(adapter.queryRaw({ sql: "SELECT", args: [], argTypes: [] })).rejects.toBe(unique);
  });
});

describe("watching a request", () => {
  const guarded = guardStorage(failingAdapter(sqlite("SQLITE_FULL")));
  const write = () => guarded.executeRaw({ sql: "UPDATE", args: [], argTypes: [] });

  it("tells which storage failure the request's statements ran into, even when the error was replaced", async () => {
    const { response, failure } = await watchStorage(async () => {
      await write().catch(() => undefined);
      throw new Error("Transaction already closed");
    });
    expect(failure).toBe("full");
    expect(response.status).toBe(503);
  });

  it("reports nothing for a request whose statements all went through", async () => {
    const { response, failure } = await watchStorage(async () => new Response("ok"));
    expect(failure).toBeNull();
    expect(await response.text()).toBe("ok");
  });

  it("skips a side write that storage refused, and only that", async () => {
    await expect(unlessStorageFails(write)).resolves.toBeUndefined();
    const bug = new Error("a bug");
    await expect(unlessStorageFails(() => Promise.reject(bug))).rejects.toBe(bug);
    // A refused side write does not make the request a storage failure.
    const { failure } = await watchStorage(async () => {
      await unlessStorageFails(write);
      return new Response("page");
    });
    expect(failure).toBeNull();
  });
});

describe("checkStorage", () => {
  it("is ready while reads work, then needs a probe write once a write has failed", async () => {
    const calls: string[] = [];
    let writable = false;
    const client = {
      $queryRawUnsafe: async () => calls.push("select"),
      storageProbe: {
        upsert: async () => {
          calls.push("probe");
          if (!writable) throw sqlite("SQLITE_FULL");
        },
      },
    };
    noteRecovered(); // the tests above made writes fail in this process
    expect(await checkStorage(client as unknown as Db)).toBe(true);
    expect(calls).toEqual(["select"]);
    // A write fails somewhere: from now on readiness needs a write.
    await guardStorage(failingAdapter(sqlite("SQLITE_FULL")))
      .executeRaw({ sql: "INSERT", args: [], argTypes: [] })
      .catch(() => undefined);
    expect(await checkStorage(client as unknown as Db)).toBe(false);
    writable = true;
    expect(await checkStorage(client as unknown as Db)).toBe(true);
    expect(await checkStorage(client as unknown as Db)).toBe(true);
    expect(calls).toEqual(["select", "probe", "probe", "select"]);
  });
});

describe("refusedStorage", () => {
  it("reads the failure from a 503 error response, and nothing from others", () => {
    const response = (status: number, data: unknown) => ({
      status,
      statusText: "",
      internal: false,
      data,
    });
    expect(refusedStorage(response(503, { storage: "full" }))).toBe("full");
    expect(refusedStorage(response(503, { storage: "unavailable" }))).toBe("unavailable");
    expect(refusedStorage(response(503, null))).toBeNull();
    expect(refusedStorage(response(500, { storage: "full" }))).toBeNull();
    expect(refusedStorage(new Error("x"))).toBeNull();
  });
});
