// Servers of their own for the storage-failure spec: the production build on a free
// port with a fresh database (one organisation from the factories), either SQLite on a
// tiny disk of its own that the test can fill, or a PostgreSQL server that the test can
// stop and start. The suite's shared server is never touched.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createDb } from "../app/lib/db.server";
import {
  freePort,
  ROOT,
  serverEnv,
  startProcess,
  stopProcess,
  waitForOk,
} from "../scripts/ops-lib";
import type { Child } from "../scripts/ops-lib";
import { createTestOrg } from "./factories";
import type { TestOrg } from "./factories";

type Server = { origin: string; org: TestOrg; pid: number; stop(): Promise<void> };

function runOrThrow(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Migrates a fresh database and writes one organisation with a roadmap into it. */
async function prepareDatabase(provider: "sqlite" | "postgresql", url: string) {
  runOrThrow("npx", ["prisma", "migrate", "deploy", "--schema", `prisma/${provider}`], {
    ...process.env,
    DATABASE_URL: url,
  });
  const db = createDb(url);
  try {
    return await createTestOrg({ withRoadmap: true, db });
  } finally {
    await db.$disconnect();
  }
}

async function startOn(name: string, dir: string, command: string, args: string[], url: string) {
  const port = await freePort();
  const child: Child = startProcess(name, command, args, {
    logFile: path.join(dir, "app.log"),
    env: serverEnv({
      PORT: String(port),
      BUILD_DIR: path.resolve(ROOT, process.env.BUILD_DIR ?? "build"),
      DATABASE_URL: url,
      LOG_LEVEL: "warn",
    }),
  });
  const origin = `http://localhost:${port}`;
  await waitForOk(`${origin}/healthz`, 30_000, child);
  return { origin, child, pid: child.proc.pid! };
}

/**
 * The server with its SQLite database on a 16 MB tmpfs in a mount namespace of its own
 * (`unshare -m`, which needs root, as in CI). The test reaches that disk
 * through /proc/<pid>/root and fills it with one file, then deletes the file again.
 */
export async function serverOnTinyDisk(): Promise<Server & { fill(): void; free(): void }> {
  const dir = fs.mkdtempSync("/tmp/fahrplan-disk-");
  const template = path.join(dir, "template.db");
  const disk = path.join(dir, "disk");
  fs.mkdirSync(disk);
  const org = await prepareDatabase("sqlite", `file:${template}`);
  const script = [
    `mount -t tmpfs -o size=16m fahrplan-disk '${disk}'`,
    `cp '${template}' '${disk}/app.db'`,
    `exec '${process.execPath}' '${path.join(ROOT, "server.js")}'`,
  ].join(" && ");
  const server = await startOn(
    "tiny-disk server",
    dir,
    "unshare",
    ["-m", "sh", "-c", script],
    `file:${disk}/app.db`,
  );
  const filler = `/proc/${server.pid}/root${disk}/filler`;
  return {
    origin: server.origin,
    org,
    pid: server.pid,
    fill() {
      const chunk = Buffer.alloc(1 << 20);
      const fd = fs.openSync(filler, "w");
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
      } finally {
        fs.closeSync(fd);
      }
    },
    free() {
      fs.rmSync(filler);
    },
    async stop() {
      await stopProcess(server.child);
      if (!process.env.KEEP_TMP) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server on a PostgreSQL server of its own (scripts/pg-cluster.sh) that the test stops and starts. */
export async function serverOnStoppablePostgres(): Promise<
  Server & { stopDatabase(): void; startDatabase(): void }
> {
  const dir = fs.mkdtempSync("/tmp/fahrplan-pg-stop-");
  const cluster = (...args: string[]) => runOrThrow("bash", ["scripts/pg-cluster.sh", ...args]);
  const pgPort = String(await freePort());
  cluster("init", dir);
  cluster("start", dir, pgPort);
  cluster("createdb", dir, pgPort, "fahrplan");
  const url = `postgresql://fahrplan@127.0.0.1:${pgPort}/fahrplan`;
  const org = await prepareDatabase("postgresql", url);
  const server = await startOn(
    "server on its own PostgreSQL",
    dir,
    process.execPath,
    [path.join(ROOT, "server.js")],
    url,
  );
  return {
    origin: server.origin,
    org,
    pid: server.pid,
    stopDatabase: () => cluster("stop", dir),
    startDatabase: () => cluster("start", dir, pgPort),
    async stop() {
      await stopProcess(server.child);
      spawnSync("bash", ["scripts/pg-cluster.sh", "stop", dir], { cwd: ROOT });
      if (!process.env.KEEP_TMP) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
