// npm run bench — how fast every page the team and leadership use is (issue 20), on
// the production server, measured the same way for each page in one run:
//
// - two SQLite files made with `db:large --solo`: one organisation (data/bench-1.db) and
//   1,000 (data/bench-1000.db; tenants' rows interleaved as if all worked at once).
//   bench-0 is the same in both, and the bench user belongs to it alone, so its pages
//   show the same things in both; one build serves both files from two servers;
// - throughput at 10 connections, each page beside a bare React Router route that
//   renders a page of the overview's size without database or session
//   (/__bench/bare, only in this build: BENCH_BUILD=1, see app/routes.ts), in short
//   interleaved bursts, so a machine whose load changes affects all alike; at 1,000
//   organisations;
// - unloaded latency (1 connection), at 1 and at 1,000 organisations in alternating
//   bursts: p95 at 1,000 and the ratio of the two;
// - the dashboard on a cache hit and on a miss (while a miss is measured the
//   organisation's data version is bumped every 2 ms, as an audited write does);
// - statements per page, the session lookup included (/__bench/statements); and on every
//   signed-in page of the demo organisation after a write (scripts/bench-statements.ts);
// - HTML raw and as sent to a browser (Accept-Encoding: gzip, br), against one-shot
//   gzip -6 of the same page; the board's weight per task card;
// - each page's first-load JavaScript (gzip) and every page's worst;
// - tick-off latency on the board at 4 × CPU (scripts/bench-tick.ts);
// - Lighthouse mobile (scripts/bench-lighthouse.ts), median of 3 runs.
//
// It prints one table and a verdict line per target of the issue.
//
//   npm run bench -- [--orgs 1000] [--tasks 300] [--seconds 10] [--connections 10]
//                    [--rounds 5] [--fresh] [--skip-build] [--skip-lighthouse] [--skip-tick]
//
// The datasets are made once (1,000 organisations: ~17 minutes and 1.2 GB on a 2-core
// machine) and kept in data/ until --fresh; migrations are applied to them every run.
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import type BetterSqlite3 from "better-sqlite3";
import { bundleRows, FIRST_LOAD_BUDGET_KIB, printBundles, routeBundleKiB } from "./bench-bundles";
import { lighthouseMobile } from "./bench-lighthouse";
import type { LighthouseResult } from "./bench-lighthouse";
import { measureTickLatency, TICK_SAMPLES } from "./bench-tick";
import { bareRowsFor, BROWSER_ENCODING, fewestTasksColumn, pageBytes, weigh } from "./bench-weight";

const { values: args } = parseArgs({
  options: {
    orgs: { type: "string", default: "1000" },
    tasks: { type: "string", default: "300" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "5" },
    "lighthouse-runs": { type: "string", default: "3" },
    build: { type: "string", default: "build-bench" },
    fresh: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
    "skip-tick": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(
    "npm run bench -- [--orgs N] [--tasks N] [--seconds N] [--connections N] [--rounds N] [--lighthouse-runs N] [--fresh] [--skip-build] [--skip-lighthouse] [--skip-tick]",
  );
  process.exit(0);
}

const ROOT = path.resolve(import.meta.dirname, "..");
const BUILD_DIR = path.resolve(ROOT, args.build!);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const ROUNDS = Math.max(1, Number(args.rounds));
const ORG = "bench-0";
const EMAIL = "bench@fahrplan.test";
const PASSWORD = "Fahrplan-Bench-2026";

/** The issue's targets. */
const TARGET = {
  ratio: 0.5,
  p95ms: 10,
  reportP95ms: 20,
  statements: 5,
  wireRatio: 1.5,
  cardKiB: 0.5,
  boardKiB: 100,
  tenantRatio: 1.2,
  lighthouse: 95,
  chartsLighthouse: 92,
  tickMs: 100,
};

// autocannon ships no types; this is the part of its API used here. The run it returns
// is an event emitter (one "response" event per answer) that is also a promise.
type AutocannonResult = { non2xx: number; errors: number };
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

/** What generate-large.ts makes: a new number makes the datasets again. */
const DATASET = 2; // 2: use cases in the pilot, with oversight reviews and data sources

/** data/bench-<orgs>.db with `orgs` organisations, made once per size, task count and DATASET. */
function dataset(orgs: number) {
  const file = path.join(ROOT, `data/bench-${orgs}.db`);
  const stamp = `${file}.json`;
  const wanted = JSON.stringify({ orgs, tasks: args.tasks, solo: true, data: DATASET });
  const url = `file:${file}`;
  const fresh = args.fresh || !fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== wanted;
  if (fresh) {
    for (const suffix of ["", "-wal", "-shm", "-journal", ".json"])
      fs.rmSync(file + suffix, { force: true });
  }
  run(`migrate ${path.relative(ROOT, file)}`, "npx", ["prisma", "migrate", "deploy"], {
    DATABASE_URL: url,
  });
  if (fresh) {
    run(
      `generate ${orgs} organisation(s) × ${args.tasks} tasks`,
      "npx",
      ["tsx", "prisma/generate-large.ts", "--orgs", String(orgs), "--tasks", args.tasks!, "--solo"],
      { DATABASE_URL: url },
    );
    fs.writeFileSync(stamp, wanted);
  }
  return file;
}

/** Whether `buildDir` holds a bench build: a server build whose route table has the bench routes. */
function hasBenchRoutes(buildDir: string) {
  const server = path.join(buildDir, "server");
  if (!fs.existsSync(path.join(server, "index.js"))) return false;
  return fs
    .readdirSync(server, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".js"))
    .some((file) =>
      fs.readFileSync(path.join(server, file), "utf8").includes('"__bench/statements"'),
    );
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

const servers: ChildProcess[] = [];
function stopServers() {
  for (const server of servers) if (server.exitCode === null) server.kill("SIGTERM");
}
process.on("SIGINT", () => {
  stopServers();
  process.exit(130);
});

async function startServer(databaseFile: string) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node", ["server.js"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${databaseFile}`,
      BUILD_DIR,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      // The API row makes thousands of calls with one token.
      API_RATE_LIMIT: "1000000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  servers.push(server);
  const until = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server exited (${server.exitCode})`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return base;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${base} did not answer within 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
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

async function redirectOf(url: string, cookie: string) {
  const location = (await fetch(url, { headers: { cookie }, redirect: "manual" })).headers.get(
    "location",
  );
  if (!location) throw new Error(`${url} did not redirect: did the dataset load?`);
  return new URL(location, url).pathname;
}

/** A read token of bench-0, written straight into the bench database. */
async function benchApiToken(databaseFile: string): Promise<string> {
  const { createDb } = await import("../app/lib/db.server");
  const { hashApiSecret } = await import("../app/modules/api/tokens.server");
  const client = createDb(`file:${databaseFile}`);
  const secret = `fpat_${"b".repeat(43)}`;
  const org = await client.organisation.findUniqueOrThrow({ where: { slug: ORG } });
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

/**
 * Bumps bench-0's data version every 2 ms, as an audited write does, until the returned
 * function is called: every dashboard visit meanwhile is a cache miss.
 */
function bumpDataVersion(databaseFile: string): () => void {
  const require = createRequire(import.meta.url);
  const Database = require("better-sqlite3") as typeof BetterSqlite3;
  const connection = new Database(databaseFile);
  connection.pragma("busy_timeout = 5000");
  const bump = connection.prepare(
    'UPDATE "Organisation" SET "dataVersion" = "dataVersion" + 1 WHERE "slug" = ?',
  );
  bump.run(ORG);
  const timer = setInterval(() => bump.run(ORG), 2);
  return () => {
    clearInterval(timer);
    connection.close();
  };
}

type PageKey =
  | "bare"
  | "overview"
  | "board"
  | "kpiList"
  | "kpiDetail"
  | "dashboard"
  | "dashboardMiss"
  | "report"
  | "useCases"
  | "api";
type Page = {
  key: PageKey;
  name: string;
  path: string;
  headers: Record<string, string>;
  /** The route whose first-load JavaScript the page downloads (none for JSON). */
  routeId?: string;
  /** Measured while the dashboard's cache is kept cold. */
  miss?: boolean;
};
type Server = { base: string; databaseFile: string; cookie: string; pages: Page[] };

/** The bench's pages on one server (ids differ between the two files). */
async function pagesOf(base: string, databaseFile: string): Promise<Server> {
  const cookie = await signIn(base);
  const headers = { cookie };
  const overview = await redirectOf(`${base}/o/${ORG}`, cookie);
  const dashboard = await redirectOf(`${base}/o/${ORG}/dashboard`, cookie);
  const roadmapId = dashboard.split("/").at(-1)!;
  const list = await (await fetch(`${base}/o/${ORG}/kpis`, { headers })).text();
  const kpiId = new RegExp(`/o/${ORG}/kpis/([a-z0-9]{20,40})"`).exec(list)?.[1];
  if (!kpiId) throw new Error("The KPI list links no KPI: did the dataset load?");
  const rows = await bareRowsFor(base, await pageBytes(`${base}${overview}`, headers));
  const token = await benchApiToken(databaseFile);
  const pages: Page[] = [
    { key: "bare", name: "bare route (no DB)", path: `/__bench/bare?rows=${rows}`, headers: {} },
    {
      key: "overview",
      name: "roadmap overview",
      path: overview,
      headers,
      routeId: "routes/org/roadmaps/overview",
    },
    {
      key: "board",
      name: "phase board (pilot)",
      path: `${overview}/phases/pilot`,
      headers,
      routeId: "routes/org/roadmaps/board",
    },
    {
      key: "kpiList",
      name: "KPI list",
      path: `/o/${ORG}/kpis`,
      headers,
      routeId: "routes/org/kpis/index",
    },
    {
      key: "kpiDetail",
      name: "KPI detail",
      path: `/o/${ORG}/kpis/${kpiId}`,
      headers,
      routeId: "routes/org/kpis/detail",
    },
    {
      key: "dashboard",
      name: "dashboard (cache hit)",
      path: dashboard,
      headers,
      routeId: "routes/org/dashboard-roadmap",
    },
    {
      key: "dashboardMiss",
      name: "dashboard (cache miss)",
      path: dashboard,
      headers,
      routeId: "routes/org/dashboard-roadmap",
      miss: true,
    },
    {
      key: "report",
      name: "report",
      path: `/o/${ORG}/reports/${roadmapId}`,
      headers,
      routeId: "routes/org/reports/report",
    },
    {
      key: "useCases",
      name: "use cases",
      path: `/o/${ORG}/use-cases`,
      headers,
      routeId: "routes/org/use-cases/index",
    },
    {
      key: "api",
      name: "API tasks (limit 200)",
      path: "/api/v1/tasks?limit=200",
      headers: { Authorization: `Bearer ${token}` },
    },
  ];
  return { base, databaseFile, cookie, pages };
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Waits until the server answers at once again: the previous burst's work is done. */
async function settle(base: string) {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const started = performance.now();
    await fetch(`${base}/healthz`);
    if (performance.now() - started < 20) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One burst of `page` for `seconds` at `connections`; each answer's latency. */
async function burst(
  autocannon: Autocannon,
  server: Server,
  page: Page,
  seconds: number,
  connections: number,
) {
  const stop = page.miss ? bumpDataVersion(server.databaseFile) : () => {};
  const latencies: number[] = [];
  try {
    const result = autocannon({
      url: `${server.base}${page.path}`,
      connections,
      duration: seconds,
      headers: { ...page.headers, ...BROWSER_ENCODING },
    });
    result.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
    const { non2xx, errors } = await result;
    return { latencies, errors: non2xx + errors };
  } finally {
    stop();
    // autocannon stops sending at the deadline but the server still works off what is
    // in flight; let it finish, so that work is not billed to the next burst.
    await settle(server.base);
  }
}

type Sample = { latencies: number[]; seconds: number; errors: number };
const emptySample = (): Sample => ({ latencies: [], seconds: 0, errors: 0 });

/** Throughput under load: the pages take turns in ROUNDS short bursts each. */
async function throughput(autocannon: Autocannon, server: Server) {
  const samples = new Map(server.pages.map((p) => [p.key, emptySample()]));
  for (const page of server.pages) await burst(autocannon, server, page, 2, CONNECTIONS);
  const slice = Math.max(1, Math.round(SECONDS / ROUNDS));
  for (let round = 0; round < ROUNDS; round++) {
    const pages = server.pages.map((_, i) => server.pages[(i + round) % server.pages.length]!);
    for (const page of pages) {
      const { latencies, errors } = await burst(autocannon, server, page, slice, CONNECTIONS);
      const sample = samples.get(page.key)!;
      sample.latencies.push(...latencies);
      sample.seconds += slice;
      sample.errors += errors;
    }
  }
  return new Map(
    [...samples].map(([key, s]) => [
      key,
      { rps: s.latencies.length / s.seconds, errors: s.errors },
    ]),
  );
}

/**
 * Unloaded latency (one connection) at 1 and at many organisations: the two servers
 * take turns, page by page, in ROUNDS bursts of a second each.
 */
async function unloaded(autocannon: Autocannon, one: Server, many: Server) {
  const fresh = (server: Server) => new Map(server.pages.map((p) => [p.key, emptySample()]));
  const samples = [fresh(one), fresh(many)];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, page] of many.pages.entries()) {
      for (const [s, server] of [one, many].entries()) {
        const { latencies, errors } = await burst(autocannon, server, server.pages[i]!, 1, 1);
        const sample = samples[s]!.get(page.key)!;
        sample.latencies.push(...latencies);
        sample.errors += errors;
      }
    }
  }
  const pct = (sample: Sample, p: number) =>
    percentile(
      [...sample.latencies].sort((x, y) => x - y),
      p,
    );
  return new Map(
    many.pages.map((p) => [
      p.key,
      {
        p50Many: pct(samples[1]!.get(p.key)!, 50),
        p95One: pct(samples[0]!.get(p.key)!, 95),
        p95Many: pct(samples[1]!.get(p.key)!, 95),
      },
    ]),
  );
}

/** Statements one visit of each page sends, the session lookup included. */
async function statements(server: Server) {
  const counter = async () =>
    ((await (await fetch(`${server.base}/__bench/statements`)).json()) as { statements: number })
      .statements;
  const counts = new Map<PageKey, number>();
  for (const page of server.pages) {
    if (page.key === "bare") continue;
    const get = () =>
      fetch(`${server.base}${page.path}`, { headers: page.headers }).then((r) => r.text());
    await get(); // warm: the dashboard is remembered after this
    // The miss: one bump of the data version, as by a write.
    if (page.miss) bumpDataVersion(server.databaseFile)();
    const before = await counter();
    await get();
    counts.set(page.key, (await counter()) - before);
  }
  return counts;
}

const verdict = (met: boolean) => (met ? "met" : "NOT met");
/** The item with the highest (or with `lowest`, the lowest) value, named with it. */
const worst = <T>(items: T[], by: (t: T) => number, name: (t: T) => string, lowest = false) => {
  const sorted = [...items].sort((a, b) => (lowest ? by(a) - by(b) : by(b) - by(a)));
  return sorted[0] ? `${name(sorted[0])} ${by(sorted[0])}` : "none";
};

async function main() {
  console.log(`Fahrplan bench: every page at 1 and ${args.orgs} organisations\n`);
  fs.mkdirSync(path.join(ROOT, "data"), { recursive: true });
  const fileOne = dataset(1);
  const fileMany = dataset(Number(args.orgs));
  if (!args["skip-build"] || !hasBenchRoutes(BUILD_DIR)) {
    run(`build (${path.relative(ROOT, BUILD_DIR)})`, "npx", ["react-router", "build"], {
      BUILD_DIR,
      BENCH_BUILD: "1",
    });
  }
  const [baseOne, baseMany] = await Promise.all([startServer(fileOne), startServer(fileMany)]);
  const one = await pagesOf(baseOne, fileOne);
  const many = await pagesOf(baseMany, fileMany);
  console.log(`• servers: 1 organisation ${baseOne}, ${args.orgs} ${baseMany}`);

  const autocannon = await loadAutocannon();
  process.stdout.write("• statements per page … ");
  const statementCounts = await statements(many);
  console.log("done");
  process.stdout.write("• page weights … ");
  const weights = new Map(
    await Promise.all(
      many.pages.map(
        async (p) => [p.key, await weigh(many.base, p.name, p.path, p.headers)] as const,
      ),
    ),
  );
  console.log("done");
  console.log(
    `• throughput: ${CONNECTIONS} connections, ${SECONDS} s per page in ${ROUNDS} interleaved rounds (after a 2 s warm-up each), at ${args.orgs} organisations`,
  );
  const loaded = await throughput(autocannon, many);
  console.log(`• unloaded latency: 1 connection, ${ROUNDS} × 1 s per page and organisation count`);
  const latency = await unloaded(autocannon, one, many);

  let lighthouse = new Map<PageKey, LighthouseResult>();
  const browserPages = many.pages.filter((p) => p.routeId);
  if (!args["skip-lighthouse"]) {
    const runs = Number(args["lighthouse-runs"]);
    console.log(
      `• Lighthouse mobile, ${runs} runs per page (median), at ${args.orgs} organisations`,
    );
    // The miss: bench-0's data version bumped before each run, as by a write.
    const results = await lighthouseMobile(
      browserPages.map((p) => ({
        url: `${many.base}${p.path}`,
        before: p.miss ? () => bumpDataVersion(many.databaseFile)() : undefined,
      })),
      many.cookie,
      runs,
    );
    lighthouse = new Map(browserPages.map((p, i) => [p.key, results[i]!]));
  }

  const bare = loaded.get("bare")!.rps || 1;
  const rows = many.pages.map((page) => {
    const w = weights.get(page.key)!;
    const l = latency.get(page.key)!;
    const lh = lighthouse.get(page.key);
    return {
      page: page.name,
      "req/s": Math.round(loaded.get(page.key)!.rps * 10) / 10,
      "× bare": Math.round((loaded.get(page.key)!.rps / bare) * 100) / 100,
      "p50 ms": Math.round(l.p50Many * 10) / 10,
      "p95 ms": Math.round(l.p95Many * 10) / 10,
      [`p95 ${args.orgs}/1`]: l.p95One
        ? Math.round((l.p95Many / l.p95One) * 100) / 100
        : Number.NaN,
      statements: statementCounts.get(page.key) ?? 0,
      "KiB raw": w["KiB HTML"],
      "KiB wire": w["KiB on the wire"],
      "wire ÷ gzip-6": Math.max(w["wire ÷ gzip -6"], w["gzip only ÷ gzip -6"]),
      "JS KiB": page.routeId ? routeBundleKiB(BUILD_DIR, page.routeId).firstLoadKiB : Number.NaN,
      lighthouse: lh?.score ?? Number.NaN,
      "TBT ms": lh?.tbtMs ?? Number.NaN,
      CLS: lh?.cls ?? Number.NaN,
      errors: loaded.get(page.key)!.errors,
    };
  });
  console.log();
  console.table(rows);
  if (lighthouse.size > 0) {
    console.table(browserPages.map((p) => ({ page: p.name, ...lighthouse.get(p.key) })));
  }

  // The board's weight per card: the pilot board at two task counts (all its tasks, and
  // one status column; the other three column headers, ~1 KiB, are left out).
  const board = many.pages.find((p) => p.key === "board")!;
  const column = await fewestTasksColumn(many.base, board.path, many.cookie);
  const full = await weigh(many.base, "board", board.path, { cookie: many.cookie });
  const fewer = await weigh(many.base, "board", `${board.path}?status=${column}`, {
    cookie: many.cookie,
  });
  const perCard =
    full.tasks > fewer.tasks
      ? (full["KiB HTML"] - fewer["KiB HTML"]) / (full.tasks - fewer.tasks)
      : Number.NaN;
  const at100 = fewer["KiB HTML"] + (100 - fewer.tasks) * perCard;

  let tick: number[] = [];
  if (!args["skip-tick"]) {
    process.stdout.write("• tick-off latency at 4 × CPU … ");
    tick = await measureTickLatency({ base: many.base, org: ORG, samples: TICK_SAMPLES, cpu: 4 });
    console.log("done");
  }

  const pages = rows.filter((_, i) => many.pages[i]!.key !== "bare");
  const named = (r: (typeof rows)[number]) => r.page;
  const targets: [string, boolean][] = [];
  const slowest = pages.filter((r) => r["× bare"] < TARGET.ratio);
  targets.push([
    `Every page ≥ ${TARGET.ratio} × the bare route under load (lowest: ${worst(pages, (r) => r["× bare"], named, true)})${slowest.length ? `; below: ${slowest.map(named).join(", ")}` : ""}`,
    slowest.length === 0,
  ]);
  const p95Limit = (r: (typeof rows)[number]) =>
    r.page === "report" ? TARGET.reportP95ms : TARGET.p95ms;
  const slow = pages.filter((r) => r["p95 ms"] > p95Limit(r));
  targets.push([
    `Unloaded p95 ≤ ${TARGET.p95ms} ms (report ≤ ${TARGET.reportP95ms}) at ${args.orgs} organisations${slow.length ? `; over: ${slow.map((r) => `${r.page} ${r["p95 ms"]}`).join(", ")}` : ""}`,
    slow.length === 0,
  ]);
  targets.push([
    `≤ ${TARGET.statements} statements per page, session included (most: ${worst(pages, (r) => r.statements, named)})`,
    pages.every((r) => r.statements <= TARGET.statements),
  ]);
  targets.push([
    `Board per task card ${perCard.toFixed(2)} KiB (≤ ${TARGET.cardKiB})`,
    perCard <= TARGET.cardKiB,
  ]);
  targets.push([
    `Board HTML at 100 tasks ${at100.toFixed(1)} KiB (≤ ${TARGET.boardKiB})`,
    at100 <= TARGET.boardKiB,
  ]);
  targets.push([
    `On the wire ≤ ${TARGET.wireRatio} × one-shot gzip -6 (most: ${worst(pages, (r) => r["wire ÷ gzip-6"], named)})`,
    pages.every((r) => r["wire ÷ gzip-6"] <= TARGET.wireRatio),
  ]);
  const bundles = bundleRows(BUILD_DIR);
  targets.push([
    `First-load JS ≤ ${FIRST_LOAD_BUDGET_KIB} KiB gzip on every page (${bundles.length}; most: ${bundles[0]?.route} ${bundles[0]?.firstLoadKiB})`,
    bundles.every((b) => b.ok),
  ]);
  const ratioKey = `p95 ${args.orgs}/1` as const;
  targets.push([
    `Unloaded p95 at ${args.orgs} organisations ≤ ${TARGET.tenantRatio} × at 1 (most: ${worst(pages, (r) => r[ratioKey] as number, named)})`,
    pages.every((r) => (r[ratioKey] as number) <= TARGET.tenantRatio),
  ]);
  if (lighthouse.size > 0) {
    const lhPages = pages.filter((r) => !Number.isNaN(r.lighthouse));
    const charts = (r: (typeof rows)[number]) =>
      r.page.startsWith("dashboard") || r.page === "report";
    const low = lhPages.filter(
      (r) =>
        r.lighthouse < (charts(r) ? TARGET.chartsLighthouse : TARGET.lighthouse) || r.CLS !== 0,
    );
    targets.push([
      `Lighthouse mobile ≥ ${TARGET.lighthouse} (dashboard and report ≥ ${TARGET.chartsLighthouse}), CLS 0${low.length ? `; below: ${low.map((r) => `${r.page} ${r.lighthouse} (CLS ${r.CLS})`).join(", ")}` : ""}`,
      low.length === 0,
    ]);
  } else {
    targets.push(["Lighthouse mobile: not run (--skip-lighthouse)", false]);
  }
  if (tick.length > 0) {
    const p95 = Math.round(percentile(tick, 95));
    targets.push([
      `Tick-off shown ≤ ${TARGET.tickMs} ms after the click at 4 × CPU (p50 ${Math.round(percentile(tick, 50))}, p95 ${p95} ms, ${tick.length} clicks)`,
      p95 <= TARGET.tickMs,
    ]);
  } else {
    targets.push(["Tick-off latency: not run (--skip-tick)", false]);
  }

  // Every signed-in page, not only the bench's: the demo organisation's statements.
  const everyPage = path.join(BUILD_DIR, "statements.json");
  run("statements on every signed-in page", "npx", [
    "tsx",
    "scripts/bench-statements.ts",
    "--skip-build",
    "--build",
    path.relative(ROOT, BUILD_DIR),
    "--json",
    everyPage,
  ]);
  const allPages = JSON.parse(fs.readFileSync(everyPage, "utf8")) as {
    verdict: string;
    met: boolean;
  };
  targets.push([allPages.verdict.replace(/^(NOT )?met: /, ""), allPages.met]);

  printBundles(BUILD_DIR, 10);
  console.log(
    `\nBoard: ${full.tasks} cards ${full["KiB HTML"]} KiB, ${fewer.tasks} cards (${column}) ${fewer["KiB HTML"]} KiB`,
  );
  console.log("\nVerdicts");
  for (const [line, met] of targets) console.log(`${verdict(met)}: ${line}.`);
  return targets.every(([, met]) => met);
}

main()
  .then((ok) => {
    stopServers();
    process.exit(ok ? 0 : 1);
  })
  .catch((error: unknown) => {
    console.error(error);
    stopServers();
    process.exit(1);
  });
