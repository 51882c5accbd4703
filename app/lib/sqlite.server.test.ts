import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "./db.server";
import type { Db } from "./db.server";

// These tests use their own SQLite file whatever DATABASE_URL says: they hold
// the SQLite adapter to how a server must behave with one connection per process.
let dir: string;
let file: string;
let db: Db;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fahrplan-sqlite-"));
  file = path.join(dir, "test.db");
  db = createDb(`file:${file}`);
  await db.$executeRawUnsafe("CREATE TABLE entry (id INTEGER PRIMARY KEY, source TEXT NOT NULL)");
});

afterEach(async () => {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sources() {
  const rows = await db.$queryRawUnsafe<{ source: string }[]>(
    "SELECT source FROM entry ORDER BY id",
  );
  return rows.map((row) => row.source);
}

describe("SQLite connection", () => {
  it("reuses a prepared statement with each call's own arguments", async () => {
    const find = (source: string) =>
      db.$queryRaw<
        { id: number; source: string }[]
      >`SELECT id, source FROM entry WHERE source = ${source}`;
    for (const source of ["a", "b", "c"])
      await db.$executeRaw`INSERT INTO entry (source) VALUES (${source})`;
    // Same SQL text, different arguments, interleaved with writes and a transaction.
    expect((await find("a")).map((r) => r.source)).toEqual(["a"]);
    expect((await find("c")).map((r) => r.source)).toEqual(["c"]);
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO entry (source) VALUES (${"c"})`;
    });
    expect(await find("c")).toHaveLength(2);
    expect(await find("zzz")).toEqual([]);
    const [a, b] = await Promise.all([find("a"), find("b")]);
    expect([a[0]!.source, b[0]!.source]).toEqual(["a", "b"]);
  });

  it("keeps another request's write when an open transaction rolls back", async () => {
    let inserted!: () => void;
    const insertedInTransaction = new Promise<void>((resolve) => (inserted = resolve));
    const failing = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO entry (source) VALUES ('transaction')");
      inserted();
      await sleep(50);
      throw new Error("validation failed");
    });
    await insertedInTransaction;
    // Prisma queries are lazy: awaiting sends this one while the transaction is open.
    await db.$executeRawUnsafe("INSERT INTO entry (source) VALUES ('other request')");

    await expect(failing).rejects.toThrow("validation failed");
    expect(await sources()).toEqual(["other request"]);
  });

  it("lets a transaction that reads first write while another process writes", async () => {
    // Another process (here: a thread with its own connection) commits small
    // writes all the time, as a second instance or a script would.
    const stopFlag = new SharedArrayBuffer(4);
    const writer = new Worker(
      `
      const { workerData, parentPort } = require("node:worker_threads");
      const Database = require("better-sqlite3");
      const conn = new Database(workerData.file, { timeout: 5000 });
      const insert = conn.prepare("INSERT INTO entry (source) VALUES ('other process')");
      const stop = new Int32Array(workerData.stop);
      parentPort.postMessage("ready");
      while (Atomics.load(stop, 0) === 0) {
        insert.run();
        Atomics.wait(stop, 0, 0, 1);
      }
      conn.close();
      parentPort.postMessage("done");
      `,
      { eval: true, workerData: { file, stop: stopFlag } },
    );
    await new Promise((resolve) => writer.once("message", resolve));

    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        db.$transaction(async (tx) => {
          await tx.$queryRawUnsafe("SELECT count(*) FROM entry");
          await sleep(5);
          await tx.$executeRawUnsafe("INSERT INTO entry (source) VALUES ('server')");
        }),
      ),
    );
    const stopped = new Promise((resolve) => writer.once("message", resolve));
    Atomics.store(new Int32Array(stopFlag), 0, 1);
    await stopped;

    expect(outcomes.filter((outcome) => outcome.status === "rejected")).toEqual([]);
    expect((await sources()).filter((source) => source === "server")).toHaveLength(20);
  });
});
