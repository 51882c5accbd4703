// npm run bench — speed of the roadmap overview and the phase board (issue 4).
//
// Loads the large dataset into its own SQLite file (data/bench.db), builds the app,
// starts the production server on a free port, signs in as the bench user and runs
// autocannon against the overview, the phase board and a bare React Router route that
// renders a page of the same size without touching the database (/__bench/bare,
// served only with BENCH_ROUTES=1), all in the same run. Prints req/s, p50/p95/p99 and
// each page's ratio to the bare route. Target: overview ≥ 0.5 × bare.
//
//   npm run bench -- [--orgs 20] [--tasks 300] [--seconds 10] [--connections 10]
//                    [--skip-build] [--keep-db] [--with-dashboard]
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    orgs: { type: "string", default: "20" },
    tasks: { type: "string", default: "300" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    build: { type: "string", default: "build-bench" },
    "skip-build": { type: "boolean", default: false },
    "keep-db": { type: "boolean", default: false },
    "with-dashboard": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(
    "npm run bench -- [--orgs N] [--tasks N] [--seconds N] [--connections N] [--skip-build] [--keep-db] [--with-dashboard]",
  );
  process.exit(0);
}

const ROOT = path.resolve(import.meta.dirname, "..");
const DB_FILE = path.join(ROOT, "data/bench.db");
const DATABASE_URL = `file:${DB_FILE}`;
const BUILD_DIR = path.resolve(ROOT, args.build!);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const EMAIL = "bench@fahrplan.test";
const PASSWORD = "Fahrplan-Bench-2026";
const TARGET_RATIO = 0.5;

// autocannon ships no types; this is the part of its API used here.
type AutocannonResult = {
  requests: { average: number };
  latency: { p50: number; p90: number; p97_5: number; p99: number };
  non2xx: number;
  errors: number;
};
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;
const autocannonModule = "autocannon";
async function loadAutocannon(): Promise<Autocannon> {
  return ((await import(autocannonModule)) as { default: Autocannon }).default;
}

function run(label: string, command: string, commandArgs: string[], env: NodeJS.ProcessEnv = {}) {
  const started = performance.now();
  process.stdout.write(`• ${label} … `);
  const result = spawnSync(command, commandArgs, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    console.log("failed");
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  console.log(`${Math.round(performance.now() - started)} ms`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, server: ChildProcess, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`The server exited (${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
    body: new URLSearchParams({ email: EMAIL, password: PASSWORD }),
  });
  const cookie = response.headers.get("set-cookie");
  if (!cookie) throw new Error(`Sign-in as ${EMAIL} failed (${response.status})`);
  return cookie.split(";")[0]!;
}

async function pageBytes(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.byteLength(await response.text());
}

/** The bare page's row count that makes it as large as `bytes` (its size grows linearly). */
async function bareRowsFor(base: string, bytes: number) {
  const at100 = await pageBytes(`${base}/__bench/bare?rows=100`);
  const at200 = await pageBytes(`${base}/__bench/bare?rows=200`);
  const perRow = (at200 - at100) / 100;
  return Math.max(1, Math.round(100 + (bytes - at100) / perRow));
}

type Row = {
  name: string;
  path: string;
  kib: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
};

async function measure(
  autocannon: Autocannon,
  name: string,
  base: string,
  pathname: string,
  headers: Record<string, string>,
): Promise<Row> {
  const url = `${base}${pathname}`;
  const bytes = await pageBytes(url, headers);
  // Warm-up: JIT, caches, SQLite pages.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  const { p50, p90, p97_5, p99 } = result.latency;
  return {
    name,
    path: pathname,
    kib: Math.round(bytes / 102.4) / 10,
    rps: Math.round(result.requests.average),
    p50,
    // autocannon reports p90 and p97.5; p95 lies between them.
    p95: Math.round((p90 + ((p97_5 - p90) * 5) / 7.5) * 10) / 10,
    p99,
    errors: result.non2xx + result.errors,
  };
}

let server: ChildProcess | undefined;
function stopServer() {
  if (server && server.exitCode === null) server.kill("SIGTERM");
}
process.on("SIGINT", () => {
  stopServer();
  process.exit(130);
});

async function main() {
  console.log("Fahrplan bench: roadmap overview and phase board\n");
  fs.mkdirSync(path.dirname(DB_FILE), { recursive: true });
  if (!args["keep-db"] || !fs.existsSync(DB_FILE)) {
    for (const suffix of ["", "-wal", "-shm", "-journal"])
      fs.rmSync(DB_FILE + suffix, { force: true });
    run("migrate data/bench.db", "npx", ["prisma", "migrate", "deploy"], { DATABASE_URL });
    run(
      `generate ${args.orgs} organisations × ${args.tasks} tasks`,
      "npx",
      ["tsx", "prisma/generate-large.ts", "--orgs", args.orgs!, "--tasks", args.tasks!],
      { DATABASE_URL },
    );
  }
  if (!args["skip-build"] || !fs.existsSync(path.join(BUILD_DIR, "server/index.js"))) {
    run(`build (${path.relative(ROOT, BUILD_DIR)})`, "npx", ["react-router", "build"], {
      BUILD_DIR,
    });
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const hasServerJs = fs.existsSync(path.join(ROOT, "server.js"));
  server = spawn(
    hasServerJs ? "node" : "npx",
    hasServerJs ? ["server.js"] : ["react-router-serve", path.join(BUILD_DIR, "server/index.js")],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL,
        BUILD_DIR,
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
        BENCH_ROUTES: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  await waitFor(`${base}/healthz`, server);
  console.log(`• production server on port ${port}`);

  const cookie = await signIn(base);
  const landing = await fetch(`${base}/o/bench-0`, { headers: { cookie }, redirect: "manual" });
  const overview = landing.headers.get("location");
  if (!overview) throw new Error("bench-0 has no roadmap: did the dataset load?");
  const board = `${overview}/phases/pilot`;
  const overviewBytes = await pageBytes(`${base}${overview}`, { cookie });
  const rows = await bareRowsFor(base, overviewBytes);

  const autocannon = await loadAutocannon();
  console.log(
    `• autocannon: ${CONNECTIONS} connections, ${SECONDS} s per page (after a 2 s warm-up)\n`,
  );
  const results = [
    await measure(autocannon, "bare route (no DB)", base, `/__bench/bare?rows=${rows}`, {}),
    await measure(autocannon, "roadmap overview", base, overview, { cookie }),
    await measure(autocannon, "phase board (pilot)", base, board, { cookie }),
  ];
  const bare = results[0]!.rps || 1;
  console.table(
    results.map((r) => ({
      page: r.name,
      "KiB HTML": r.kib,
      "req/s": r.rps,
      "p50 ms": r.p50,
      "p95 ms": r.p95,
      "p99 ms": r.p99,
      "× bare": Math.round((r.rps / bare) * 100) / 100,
      errors: r.errors,
    })),
  );
  const ratio = results[1]!.rps / bare;
  const ok = ratio >= TARGET_RATIO && results.every((r) => r.errors === 0);
  console.log(
    `\nOverview at ${ratio.toFixed(2)} × the bare route (target ≥ ${TARGET_RATIO}): ${ok ? "met" : "NOT met"}.`,
  );

  if (args["with-dashboard"]) {
    const { benchDashboard } = await import("./bench-dashboard");
    console.log("\nKPI, dashboard and report pages (scripts/bench-dashboard.ts)");
    console.table(await benchDashboard({ url: base, seconds: SECONDS, orgSlug: "bench-0" }));
  }
  return ok;
}

main()
  .then((ok) => {
    stopServer();
    process.exit(ok ? 0 : 1);
  })
  .catch((error: unknown) => {
    console.error(error);
    stopServer();
    process.exit(1);
  });
