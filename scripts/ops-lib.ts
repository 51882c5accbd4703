// Shared plumbing of the operations checks (scripts/scale-out.ts,
// scripts/crash-safety.ts, scripts/soak.ts): child processes that are always
// cleaned up (also on Ctrl-C), free loopback ports, waiting for readiness, the
// production build, signing in over HTTP, the demo roadmap, percentiles.
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess, SpawnOptions } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import Database from "better-sqlite3";

export const ROOT = path.resolve(import.meta.dirname, "..");

// ---------------------------------------------------------------------------
// Cleanup: every process and temp folder is registered here and removed on
// exit, on an error and on SIGINT/SIGTERM. Everything is synchronous so it
// also runs from process.on("exit").

type Cleanup = () => void;
const cleanups: Cleanup[] = [];
let cleanedUp = false;

function onCleanup(fn: Cleanup): void {
  cleanups.push(fn);
}

export function cleanupNow(): void {
  if (cleanedUp) return;
  cleanedUp = true;
  while (cleanups.length > 0) {
    try {
      cleanups.pop()!();
    } catch {
      // Keep going: the remaining processes must still be stopped.
    }
  }
}

let handlersInstalled = false;
/** Stops every registered process and deletes temp folders on exit and on a signal. */
export function installCleanupHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", cleanupNow);
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping every process this check started…`);
      cleanupNow();
      process.exit(code);
    });
  }
}

/**
 * Runs a check as a script: cleanup handlers installed, a deadline after which
 * everything is stopped (exit 3; `doing` says what the check was at), exit code 0
 * when `check` resolves true, 1 when false, 2 when it throws.
 */
export function runCheck(
  name: string,
  deadlineMs: number,
  check: () => Promise<boolean>,
  doing?: () => string,
): void {
  installCleanupHandlers();
  const deadline = setTimeout(() => {
    const at = doing ? ` (${doing()})` : "";
    console.error(`${name}: still running after ${deadlineMs / 1000} s${at}; giving up.`);
    cleanupNow();
    process.exit(3);
  }, deadlineMs);
  deadline.unref();
  check()
    .then((ok) => {
      cleanupNow();
      process.exit(ok ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      cleanupNow();
      process.exit(2);
    });
}

/** A temp folder that is deleted on exit (KEEP_TMP=1 keeps it for a post-mortem). */
export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join("/tmp", prefix));
  // Readable by nginx workers, which drop root privileges to "nobody".
  fs.chmodSync(dir, 0o755);
  onCleanup(() => {
    if (process.env.KEEP_TMP === "1") console.error(`(kept ${dir})`);
    else fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

export type Child = {
  name: string;
  proc: ChildProcess;
  /** Resolves with the exit code (or the signal name) once the process is gone. */
  exited: Promise<number | string>;
  logFile: string;
};

/**
 * Starts a process in its own process group (so a terminal's Ctrl-C reaches
 * only this script, which then stops the group), output to a log file.
 */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; logFile: string; cwd?: string },
): Child {
  const out = fs.openSync(options.logFile, "a");
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    stdio: ["ignore", out, out],
    detached: true,
  };
  const proc = spawn(command, args, spawnOptions);
  fs.closeSync(out);
  const exited = new Promise<number | string>((resolve) => {
    proc.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown"));
    proc.on("error", (error) => resolve(`spawn error: ${error.message}`));
  });
  let gone = false;
  void exited.then(() => (gone = true));
  onCleanup(() => {
    if (!gone && proc.pid) killGroup(proc.pid, "SIGKILL");
  });
  return { name, proc, exited, logFile: options.logFile };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

/** SIGTERM, then SIGKILL if the process has not ended within `graceMs`. */
export async function stopProcess(child: Child, graceMs = 5000): Promise<void> {
  if (!child.proc.pid || child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  killGroup(child.proc.pid, "SIGTERM");
  const timer = setTimeout(() => killGroup(child.proc.pid!, "SIGKILL"), graceMs);
  await child.exited;
  clearTimeout(timer);
}

export function tail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

// ---------------------------------------------------------------------------

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `url` until it answers 200; fails after `timeoutMs` or when `child` exits. */
export async function waitForOk(url: string, timeoutMs: number, child?: Child): Promise<number> {
  const started = performance.now();
  let exited: number | string | null = null;
  void child?.exited.then((code) => (exited = code));
  while (performance.now() - started < timeoutMs) {
    if (exited !== null) {
      throw new Error(
        `${child!.name} exited (${exited}) before ${url} answered:\n${tail(child!.logFile)}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return performance.now() - started;
    } catch {
      // Not up yet.
    }
    await sleep(100);
  }
  throw new Error(
    `${url} did not answer 200 within ${timeoutMs} ms${child ? `:\n${tail(child.logFile)}` : ""}`,
  );
}

/** Runs a command to completion with inherited output; throws on failure. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: "inherit" });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}

/**
 * The production build to serve: BUILD_DIR (default build/), built once with
 * `react-router build` when its server bundle is missing.
 */
export function ensureBuild(): string {
  const buildDir = path.resolve(ROOT, process.env.BUILD_DIR ?? "build");
  const serverBundle = path.join(buildDir, "server/index.js");
  if (!fs.existsSync(serverBundle)) {
    console.log(`No build at ${path.relative(ROOT, buildDir)}/: building once…`);
    run("npx", ["react-router", "build"], { ...process.env, BUILD_DIR: buildDir });
  }
  if (!fs.existsSync(serverBundle)) throw new Error(`The build did not produce ${serverBundle}`);
  return buildDir;
}

/** Environment for `node server.js`: production mode, nothing inherited that changes behaviour. */
export function serverEnv(overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["APP_ORIGIN", "TRUST_PROXY", "SECURE_COOKIES"]) delete env[key];
  return { ...env, NODE_ENV: "production", LOG_LEVEL: "info", ...overrides };
}

export function startServer(
  name: string,
  opts: {
    port: number;
    buildDir: string;
    databaseUrl: string;
    logFile: string;
    env?: NodeJS.ProcessEnv;
    /**
     * Runs node through another command (e.g. `unshare … sh -c '… node server.js'`):
     * gets node's path and server.js's, returns the command line to start.
     */
    wrap?: (node: string, entry: string) => { command: string; args: string[] };
  },
): Child {
  // SERVER_ENTRY: try a changed copy of server.js without touching the real one.
  const entry = path.resolve(ROOT, process.env.SERVER_ENTRY ?? "server.js");
  const { command, args } = opts.wrap?.(process.execPath, entry) ?? {
    command: process.execPath,
    args: [entry],
  };
  return startProcess(name, command, args, {
    logFile: opts.logFile,
    env: serverEnv({
      PORT: String(opts.port),
      BUILD_DIR: opts.buildDir,
      DATABASE_URL: opts.databaseUrl,
      ...opts.env,
    }),
  });
}

/**
 * Signs in through the real form (POST /sign-in) and returns the session
 * cookie ("name=value"). `origin` must be the origin the server sees, or the
 * CSRF check answers 403.
 */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }).toString(),
    signal: AbortSignal.timeout(15_000),
  });
  await response.arrayBuffer();
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 302 || !cookie) {
    throw new Error(`Sign-in of ${email} answered ${response.status} (expected 302 with a cookie)`);
  }
  return cookie;
}

/**
 * The organisation's active roadmap (read from the SQLite file), its phases in
 * order and a due date inside its 90 days.
 */
export function readDemoRoadmap(dbFile: string, orgSlug: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    const roadmap = db
      .prepare(
        `SELECT r.id, r.startDate FROM "Roadmap" r JOIN "Organisation" o ON o.id = r.orgId
         WHERE o.slug = ? AND r.status = 'active' LIMIT 1`,
      )
      .get(orgSlug) as { id: string; startDate: string | number } | undefined;
    if (!roadmap) throw new Error("the demo roadmap is missing: did the seed run?");
    const phases = (
      db
        .prepare(`SELECT kind FROM "Phase" WHERE roadmapId = ? ORDER BY position`)
        .all(roadmap.id) as { kind: string }[]
    ).map((p) => p.kind);
    const due = new Date(new Date(roadmap.startDate).getTime() + 45 * 86_400_000);
    return { roadmapId: roadmap.id, phases, dueDate: due.toISOString().slice(0, 10) };
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function ms(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : "–";
}

export function ago(startedAt: number): string {
  return `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
}
