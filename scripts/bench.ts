// npm run bench — speed of the roadmap overview and the phase board (issue 4).
//
// Loads the large dataset into its own SQLite file (data/bench.db), builds the app,
// starts the production server on a free port, signs in as the bench user and runs
// autocannon against the overview, the phase board and a bare React Router route that
// renders a page of the same size without touching the database (/__bench/bare,
// registered only in this build: BENCH_BUILD=1, see app/routes.ts), all in the same run. Prints req/s, p50/p95/p99 and
// each page's ratio to the bare route. Target: overview ≥ 0.5 × bare.
//
// Every request says `Accept-Encoding: gzip, br`, as browsers do, so the server's
// compression is part of what is measured. For the overview and the board the report
// gives the HTML raw and on the wire (against one-shot gzip -6 of the same page: target
// ≤ 1.5 ×), the board's weight per task card (the board at two task counts: all of the
// pilot's tasks and one status column; target ≤ 0.5 KiB) and each page's first-load JS.
//
//   npm run bench -- [--orgs 20] [--tasks 300] [--seconds 10] [--connections 10] [--rounds 5]
//                    [--skip-build] [--keep-db] [--skip-dashboard]
//
// Then the KPI, dashboard and report pages (scripts/bench-dashboard.ts: throughput
// beside the bare route and unloaded latency) and every page's first-load
// JavaScript, gzipped (≤ 130 KiB each; the run fails when a page is over).
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { bareRowsFor, BROWSER_ENCODING, fewestTasksColumn, pageBytes, weigh } from "./bench-weight";

const { values: args } = parseArgs({
  options: {
    orgs: { type: "string", default: "20" },
    tasks: { type: "string", default: "300" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "5" },
    build: { type: "string", default: "build-bench" },
    "skip-build": { type: "boolean", default: false },
    "keep-db": { type: "boolean", default: false },
    "skip-dashboard": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(
    "npm run bench -- [--orgs N] [--tasks N] [--seconds N] [--connections N] [--rounds N] [--skip-build] [--keep-db] [--skip-dashboard]",
  );
  process.exit(0);
}

const ROOT = path.resolve(import.meta.dirname, "..");
const DB_FILE = path.join(ROOT, "data/bench.db");
const DATABASE_URL = `file:${DB_FILE}`;
const BUILD_DIR = path.resolve(ROOT, args.build!);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const ROUNDS = Math.max(1, Number(args.rounds));
const EMAIL = "bench@fahrplan.test";
const PASSWORD = "Fahrplan-Bench-2026";
const TARGET_RATIO = 0.5;
const TARGET_WIRE_RATIO = 1.5;
const TARGET_CARD_KIB = 0.5;
const TARGET_BOARD_KIB = 100;

// autocannon ships no types; this is the part of its API used here. The run it returns
// is an event emitter (one "response" event per answer) that is also a promise.
type AutocannonResult = { requests: { total: number }; non2xx: number; errors: number };
type AutocannonRun = PromiseLike<AutocannonResult> & {
  on(
    event: "response",
    listener: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void;
};
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => AutocannonRun;
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

/** A read token of bench-0 for the API row, written straight into the bench database. */
async function benchApiToken(): Promise<string> {
  const { createDb } = await import("../app/lib/db.server");
  const { hashApiSecret } = await import("../app/modules/api/tokens.server");
  const client = createDb(DATABASE_URL);
  const secret = `fpat_${"b".repeat(43)}`;
  const org = await client.organisation.findUniqueOrThrow({ where: { slug: "bench-0" } });
  const maker = await client.membership.findFirstOrThrow({
    where: { orgId: org.id, role: { in: ["owner", "manager"] } },
  });
  await client.apiToken.deleteMany({ where: { tokenHash: hashApiSecret(secret) } });
  await client.apiToken.create({
    data: {
      orgId: org.id,
      name: "Bench",
      scope: "read",
      tokenHash: hashApiSecret(secret),
      prefix: secret.slice(0, 9),
      createdById: maker.userId,
    },
  });
  await client.$disconnect();
  return secret;
}

/** Whether `buildDir` holds a bench build: a server build whose route table has the bare route. */
function hasBenchRoute(buildDir: string) {
  const server = path.join(buildDir, "server");
  if (!fs.existsSync(path.join(server, "index.js"))) return false;
  return fs
    .readdirSync(server, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".js"))
    .some((file) => fs.readFileSync(path.join(server, file), "utf8").includes('"__bench/bare"'));
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

type Page = { name: string; path: string; headers: Record<string, string> };
type Sample = { requests: number; seconds: number; latencies: number[]; errors: number };

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function burst(autocannon: Autocannon, base: string, page: Page, seconds: number) {
  const latencies: number[] = [];
  const run = autocannon({
    url: `${base}${page.path}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { ...page.headers, ...BROWSER_ENCODING },
  });
  run.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await run;
  // autocannon stops sending at the deadline but the server still works off what is in
  // flight; let it finish, so that work is not billed to the next page's burst.
  await settle(base);
  return { requests: latencies.length, latencies, errors: result.non2xx + result.errors };
}

async function settle(base: string) {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const started = performance.now();
    await fetch(`${base}/healthz`);
    if (performance.now() - started < 20) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The pages take turns in short bursts (ROUNDS per page), so a machine whose load
 * changes during the run (other processes, thermal limits) affects them alike.
 */
async function measureInterleaved(autocannon: Autocannon, base: string, pages: Page[]) {
  const samples = new Map<string, Sample>(
    pages.map((p) => [p.name, { requests: 0, seconds: 0, latencies: [], errors: 0 }]),
  );
  for (const page of pages) await burst(autocannon, base, page, 2); // warm-up
  const slice = Math.max(1, Math.round(SECONDS / ROUNDS));
  for (let round = 0; round < ROUNDS; round++) {
    // A different page goes first each round.
    const order = pages.map((_, i) => pages[(i + round) % pages.length]!);
    for (const page of order) {
      const result = await burst(autocannon, base, page, slice);
      const sample = samples.get(page.name)!;
      sample.requests += result.requests;
      sample.seconds += slice;
      sample.errors += result.errors;
      for (const ms of result.latencies) sample.latencies.push(ms);
    }
  }
  return pages.map((page) => {
    const sample = samples.get(page.name)!;
    const sorted = sample.latencies.sort((a, b) => a - b);
    return {
      name: page.name,
      rps: Math.round((sample.requests / sample.seconds) * 10) / 10,
      p50: Math.round(percentile(sorted, 50)),
      p95: Math.round(percentile(sorted, 95)),
      p99: Math.round(percentile(sorted, 99)),
      errors: sample.errors,
    };
  });
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
  if (!args["skip-build"] || !hasBenchRoute(BUILD_DIR)) {
    run(`build (${path.relative(ROOT, BUILD_DIR)})`, "npx", ["react-router", "build"], {
      BUILD_DIR,
      BENCH_BUILD: "1",
    });
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = spawn("node", ["server.js"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL,
      BUILD_DIR,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      // The API row below makes thousands of calls with one token.
      API_RATE_LIMIT: "1000000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
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
  const pages: Page[] = [
    { name: "bare route (no DB)", path: `/__bench/bare?rows=${rows}`, headers: {} },
    { name: "roadmap overview", path: overview, headers: { cookie } },
    { name: "phase board (pilot)", path: board, headers: { cookie } },
    {
      name: "API tasks (limit 200)",
      path: "/api/v1/tasks?limit=200",
      headers: { Authorization: `Bearer ${await benchApiToken()}` },
    },
  ];
  const sizes = await Promise.all(pages.map((p) => pageBytes(`${base}${p.path}`, p.headers)));
  console.log(
    `• autocannon: ${CONNECTIONS} connections, ${SECONDS} s per page in ${ROUNDS} interleaved rounds (after a 2 s warm-up each)\n`,
  );
  const results = await measureInterleaved(autocannon, base, pages);
  const bare = results[0]!.rps || 1;
  console.table(
    results.map((r, i) => ({
      page: r.name,
      "KiB HTML": Math.round(sizes[i]! / 102.4) / 10,
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
  const boardRatio = results[2]!.rps / bare;
  console.log(
    `Phase board at ${boardRatio.toFixed(2)} × the bare route (target ≥ ${TARGET_RATIO}): ${boardRatio >= TARGET_RATIO ? "met" : "NOT met"}.`,
  );

  // Page weight: raw, on the wire, per card. The board with one status column gives
  // the second task count (its other three column headers are left out, ~1 KiB).
  console.log(
    `\nPage weight (requests with Accept-Encoding: ${BROWSER_ENCODING["Accept-Encoding"]})`,
  );
  const column = await fewestTasksColumn(base, board, cookie);
  const weights = [
    await weigh(base, "roadmap overview", overview, cookie),
    await weigh(base, "phase board (pilot)", board, cookie),
    await weigh(base, `phase board, ${column} only`, `${board}?status=${column}`, cookie),
    await weigh(base, "phase board .data", `${board}.data`, cookie),
  ];
  console.table(weights);
  const [, full, fewer] = weights;
  const perCardKiB =
    full!.tasks > fewer!.tasks
      ? (full!["KiB HTML"] - fewer!["KiB HTML"]) / (full!.tasks - fewer!.tasks)
      : Number.NaN;
  const at100 = fewer!["KiB HTML"] + (100 - fewer!.tasks) * perCardKiB;
  const worstWire = Math.max(
    ...weights.flatMap((w) => [w["wire ÷ gzip -6"], w["gzip only ÷ gzip -6"]]),
  );
  const verdict = (met: boolean) => (met ? "met" : "NOT met");
  console.log(
    `Board per task card: ${perCardKiB.toFixed(2)} KiB (target ≤ ${TARGET_CARD_KIB}): ${verdict(perCardKiB <= TARGET_CARD_KIB)}.`,
  );
  console.log(
    `Board HTML at 100 tasks: ${at100.toFixed(1)} KiB (target ≤ ${TARGET_BOARD_KIB}): ${verdict(at100 <= TARGET_BOARD_KIB)}.`,
  );
  console.log(
    `On the wire at most ${worstWire} × one-shot gzip -6 (target ≤ ${TARGET_WIRE_RATIO}): ${verdict(worstWire <= TARGET_WIRE_RATIO)}.`,
  );

  const { benchDashboard, DASHBOARD_TARGETS, printBundles } = await import("./bench-dashboard");
  let dashboardOk = true;
  if (!args["skip-dashboard"]) {
    console.log("\nKPI, dashboard and report pages (scripts/bench-dashboard.ts)");
    const rows = await benchDashboard({
      url: base,
      seconds: SECONDS,
      orgSlug: "bench-0",
      databaseFile: DB_FILE,
    });
    console.table(rows);
    // Each page beside the bare route; the dashboard on a cache hit and on a miss.
    for (const row of rows.filter((r) => r.name !== "bare" && r.name !== "tasksCsv")) {
      const p95Target = row.name === "report" ? 20 : DASHBOARD_TARGETS.p95ms;
      const met =
        row.ratioToBare >= DASHBOARD_TARGETS.ratio &&
        row.unloadedP95ms <= p95Target &&
        row.non2xx === 0;
      if (!met) dashboardOk = false;
      console.log(
        `${row.name} at ${row.ratioToBare.toFixed(2)} × the bare route (target ≥ ${DASHBOARD_TARGETS.ratio}), unloaded p95 ${row.unloadedP95ms} ms (target ≤ ${p95Target}): ${verdict(met)}.`,
      );
    }
  }
  // Every page of the build (the overview and the board among them), ≤ 130 KiB each.
  const bundlesOk = printBundles(BUILD_DIR);
  return ok && dashboardOk && bundlesOk;
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
