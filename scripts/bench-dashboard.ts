// Speed of the KPI, dashboard and report pages (issue 6), callable on its own or from
// scripts/bench.ts:
//
//   npm run build && npm run db:large          # 300 tasks, 20 KPIs × 90 days, 10 use cases
//   PORT=3000 npm start &                      # the production server
//   npx tsx scripts/bench-dashboard.ts --url http://localhost:3000 [--build build] [--seconds 10]
//
// Prints
//   1. the gzipped JavaScript each route downloads on first load (entry + route chain +
//      their static imports, from React Router's client manifest; lazy chunks such as
//      Recharts are listed apart, because they load only after the page is up), and
//   2. throughput under load and unloaded p95 latency of the dashboard, the KPI list and
//      detail and the report, next to a bare route (/healthz, which still runs the root
//      middleware with the session lookup) measured in the same run. Given the SQLite
//      file (--db), the dashboard once more on a cache miss: while it is measured, the
//      organisation's data version is bumped every 2 ms (as an audited write does), so
//      every visit computes the dashboard afresh.
import fs from "node:fs";
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

// autocannon ships no types; this is the part of its result used here.
type AutocannonResult = {
  requests: { average: number };
  latency: { p50: number; p90: number; p97_5: number; p99: number };
  non2xx: number;
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

type ManifestRoute = {
  id: string;
  parentId?: string;
  module: string;
  imports?: string[];
  /** A route with a component (a page or a layout); resource routes have none. */
  hasDefaultExport?: boolean;
};
type Manifest = {
  entry: { module: string; imports: string[] };
  routes: Record<string, ManifestRoute>;
};

function readManifest(buildDir: string): { manifest: Manifest; file: string } {
  const assets = path.join(buildDir, "client/assets");
  const file = fs.readdirSync(assets).find((f) => /^manifest-.*\.js$/.test(f));
  if (!file) throw new Error(`No React Router manifest in ${assets}: run npm run build first`);
  const text = fs.readFileSync(path.join(assets, file), "utf8");
  const json = text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1);
  return { manifest: JSON.parse(json) as Manifest, file: `/assets/${file}` };
}

const gzipCache = new Map<string, number>();
function gzippedBytes(buildDir: string, asset: string): number {
  const cached = gzipCache.get(asset);
  if (cached !== undefined) return cached;
  const bytes = gzipSync(fs.readFileSync(path.join(buildDir, "client", asset))).length;
  gzipCache.set(asset, bytes);
  return bytes;
}

/** Every file a document request for `routeId` makes the browser download (JS only). */
export function firstLoadAssets(buildDir: string, routeId: string): string[] {
  const { manifest, file } = readManifest(buildDir);
  const files = new Set<string>([file, manifest.entry.module, ...manifest.entry.imports]);
  let route: ManifestRoute | undefined = manifest.routes[routeId];
  if (!route) throw new Error(`Unknown route id ${routeId}`);
  while (route) {
    files.add(route.module);
    for (const imported of route.imports ?? []) files.add(imported);
    route = route.parentId ? manifest.routes[route.parentId] : undefined;
  }
  return [...files];
}

/** Gzipped JS of a route's first load, in KiB, and of the lazy chunks it may add later. */
export function routeBundleKiB(buildDir: string, routeId: string) {
  const first = firstLoadAssets(buildDir, routeId);
  const firstBytes = first.reduce((sum, f) => sum + gzippedBytes(buildDir, f), 0);
  return { routeId, firstLoadKiB: Math.round((firstBytes / 1024) * 10) / 10 };
}

/** Lazy chunks (not in any first load) and their gzipped size: what charts add later. */
export function lazyChunksKiB(buildDir: string) {
  const { manifest } = readManifest(buildDir);
  const eager = new Set<string>();
  for (const id of Object.keys(manifest.routes)) {
    for (const f of firstLoadAssets(buildDir, id)) eager.add(f);
  }
  const assets = fs.readdirSync(path.join(buildDir, "client/assets"));
  return assets
    .filter((f) => f.endsWith(".js") && !eager.has(`/assets/${f}`))
    .map((f) => ({
      file: f,
      kib: Math.round((gzippedBytes(buildDir, `/assets/${f}`) / 1024) * 10) / 10,
    }))
    .sort((a, b) => b.kib - a.kib);
}

/** The dashboard's targets from the issue: throughput against the bare route, unloaded p95. */
export const DASHBOARD_TARGETS = { ratio: 0.5, p95ms: 10 };

/** The budget from the issue (20): ≤ 130 KiB on every page, charts (lazy) apart. */
export const FIRST_LOAD_BUDGET_KIB = 130;

/**
 * Every route of the client manifest that renders (pages and their layouts; resource
 * routes and actions without a component are left out).
 */
export function pageRouteIds(buildDir: string): string[] {
  const { manifest } = readManifest(buildDir);
  return Object.values(manifest.routes)
    .filter((route) => route.hasDefaultExport)
    .map((route) => route.id);
}

/** Each page's budget: the same 130 KiB for all routes of the build's manifest that render. */
export function bundleBudgetsKiB(buildDir: string): Record<string, number> {
  return Object.fromEntries(pageRouteIds(buildDir).map((id) => [id, FIRST_LOAD_BUDGET_KIB]));
}

async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: url },
    body: new URLSearchParams({ email, password }),
  });
  const cookie = response.headers.get("set-cookie");
  if (!cookie) throw new Error(`Sign-in as ${email} failed (${response.status})`);
  return cookie.split(";")[0]!;
}

async function measure(url: string, cookie: string, connections: number, seconds: number) {
  const autocannon = await loadAutocannon();
  // As a browser asks: compressed (the server's compression is part of the cost).
  const headers = { cookie, "Accept-Encoding": "gzip, br" };
  const result = await autocannon({ url, connections, duration: seconds, headers });
  // autocannon reports p90 and p97.5; p95 is interpolated between them.
  const { p50, p90, p97_5 } = result.latency;
  return {
    rps: Math.round(result.requests.average),
    p50,
    p95: Math.round((p90 + ((p97_5 - p90) * 5) / 7.5) * 100) / 100,
    non2xx: result.non2xx,
  };
}

/** Loaded throughput (10 connections) and unloaded p95 (1 connection) per path. */
export async function benchDashboard({
  url,
  email = "bench@fahrplan.test",
  password = "Fahrplan-Bench-2026",
  orgSlug = "bench-0",
  seconds = 10,
  databaseFile,
}: {
  url: string;
  email?: string;
  password?: string;
  orgSlug?: string;
  seconds?: number;
  /** The server's SQLite file: adds the dashboard on a cache miss. */
  databaseFile?: string;
}) {
  const cookie = await signIn(url, email, password);
  // Find the paths: the dashboard redirect names the roadmap, the KPI list the KPIs.
  const landing = await fetch(`${url}/o/${orgSlug}/dashboard`, {
    headers: { cookie },
    redirect: "manual",
  });
  const dashboardPath = landing.headers.get("location");
  if (!dashboardPath) throw new Error(`No roadmap in ${orgSlug}: run npm run db:large first`);
  const roadmapId = dashboardPath.split("/").at(-1)!;
  const list = await (await fetch(`${url}/o/${orgSlug}/kpis`, { headers: { cookie } })).text();
  const kpiId = new RegExp(`/o/${orgSlug}/kpis/([a-z0-9]{10,40})"`).exec(list)?.[1];
  const paths: Record<string, string> = {
    // The roadmap bench's baseline page (only in a bench build, see app/routes.ts), else /healthz.
    bare: (await fetch(`${url}/__bench/bare`)).ok ? "/__bench/bare" : "/healthz",
    dashboard: dashboardPath,
    kpiList: `/o/${orgSlug}/kpis`,
    ...(kpiId ? { kpiDetail: `/o/${orgSlug}/kpis/${kpiId}` } : {}),
    report: `/o/${orgSlug}/reports/${roadmapId}`,
    tasksCsv: `/o/${orgSlug}/reports/${roadmapId}/tasks.csv`,
  };
  const rows: Record<string, { rps: number; p50: number; p95: number; non2xx: number }> = {};
  const measureBoth = async (name: string, p: string) => {
    const loaded = await measure(`${url}${p}`, cookie, 10, seconds);
    const unloaded = await measure(`${url}${p}`, cookie, 1, Math.max(3, Math.round(seconds / 2)));
    rows[name] = { rps: loaded.rps, p50: unloaded.p50, p95: unloaded.p95, non2xx: loaded.non2xx };
  };
  for (const [name, p] of Object.entries(paths)) await measureBoth(name, p);
  if (databaseFile) {
    paths.dashboardMiss = dashboardPath;
    const stop = bumpDataVersion(databaseFile, orgSlug);
    try {
      await measureBoth("dashboardMiss", dashboardPath);
    } finally {
      stop();
    }
  }
  const bare = rows.bare!.rps || 1;
  return Object.entries(rows).map(([name, r]) => ({
    name,
    path: paths[name],
    rps: r.rps,
    ratioToBare: Math.round((r.rps / bare) * 100) / 100,
    unloadedP50ms: r.p50,
    unloadedP95ms: r.p95,
    non2xx: r.non2xx,
  }));
}

/**
 * Bumps the organisation's dataVersion every 2 ms, as an audited write does, until the
 * returned function is called: every dashboard visit meanwhile is a cache miss.
 */
function bumpDataVersion(databaseFile: string, orgSlug: string): () => void {
  const require = createRequire(import.meta.url);
  const Database = require("better-sqlite3") as typeof BetterSqlite3;
  const connection = new Database(databaseFile);
  connection.pragma("busy_timeout = 5000");
  const bump = connection.prepare(
    'UPDATE "Organisation" SET "dataVersion" = "dataVersion" + 1 WHERE "slug" = ?',
  );
  const timer = setInterval(() => bump.run(orgSlug), 2);
  return () => {
    clearInterval(timer);
    connection.close();
  };
}

/**
 * Prints every page's first-load JavaScript (worst first), one verdict line for the
 * budget, and the largest lazy chunks. Returns whether every page is within it.
 */
export function printBundles(buildDir: string): boolean {
  console.log(`\nFirst-load JavaScript of every page, gzipped (${buildDir})`);
  const rows = Object.entries(bundleBudgetsKiB(buildDir))
    .map(([id, budget]) => {
      const { firstLoadKiB } = routeBundleKiB(buildDir, id);
      return { route: id, firstLoadKiB, budgetKiB: budget, ok: firstLoadKiB <= budget };
    })
    .sort((a, b) => b.firstLoadKiB - a.firstLoadKiB);
  console.table(rows);
  const worst = rows[0];
  const met = rows.every((row) => row.ok);
  console.log(
    `First-load JS ≤ ${FIRST_LOAD_BUDGET_KIB} KiB on every page (${rows.length}): ${met ? "met" : "NOT met"} (worst: ${worst ? `${worst.route} ${worst.firstLoadKiB}` : "none"} KiB).`,
  );
  console.log("Lazy chunks (loaded after the page, e.g. Recharts), gzipped KiB");
  console.table(lazyChunksKiB(buildDir).slice(0, 8));
  return met;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      build: { type: "string", default: process.env.BUILD_DIR ?? "build" },
      seconds: { type: "string", default: "10" },
      org: { type: "string", default: "bench-0" },
      db: { type: "string" },
    },
  });
  printBundles(path.resolve(values.build!));
  if (values.url) {
    console.log(
      `\nThroughput (10 connections) and unloaded latency (1 connection), ${values.seconds}s each`,
    );
    console.table(
      await benchDashboard({
        url: values.url,
        seconds: Number(values.seconds),
        orgSlug: values.org,
        databaseFile: values.db,
      }),
    );
  }
}
