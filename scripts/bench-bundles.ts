// First-load JavaScript of every page (issue 20: ≤ 130 KiB gzip each), from the build's
// React Router client manifest: entry + the route chain + their static imports; lazy
// chunks such as Recharts are listed apart, because they load only after the page is up.
// Part of `npm run bench`; on its own:
//
//   npm run build && npx tsx scripts/bench-bundles.ts [--build build]
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

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

/** The budget from the issue (20): ≤ 130 KiB on every page, charts (lazy) apart. */
export const FIRST_LOAD_BUDGET_KIB = 130;

/**
 * Every route of the client manifest that renders (pages and their layouts; resource
 * routes and actions without a component are left out).
 */
export function pageRouteIds(buildDir: string): string[] {
  const { manifest } = readManifest(buildDir);
  return (
    Object.values(manifest.routes)
      // The bench build's own baseline page (routes/bench-bare) is not a page of the app.
      .filter((route) => route.hasDefaultExport && !route.id.startsWith("routes/bench-"))
      .map((route) => route.id)
  );
}

/** Each page's budget: the same 130 KiB for all routes of the build's manifest that render. */
export function bundleBudgetsKiB(buildDir: string): Record<string, number> {
  return Object.fromEntries(pageRouteIds(buildDir).map((id) => [id, FIRST_LOAD_BUDGET_KIB]));
}

/** Every page's first-load JavaScript against its budget, worst first. */
export function bundleRows(buildDir: string) {
  return Object.entries(bundleBudgetsKiB(buildDir))
    .map(([id, budget]) => {
      const { firstLoadKiB } = routeBundleKiB(buildDir, id);
      return { route: id, firstLoadKiB, budgetKiB: budget, ok: firstLoadKiB <= budget };
    })
    .sort((a, b) => b.firstLoadKiB - a.firstLoadKiB);
}

/**
 * Prints the pages' first-load JavaScript (worst first; `top` of them), one verdict line
 * for the budget, and the largest lazy chunks. Returns whether every page is within it.
 */
export function printBundles(buildDir: string, top = Infinity): boolean {
  console.log(`\nFirst-load JavaScript of every page, gzipped (${buildDir})`);
  const rows = bundleRows(buildDir);
  console.table(rows.slice(0, top));
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
    options: { build: { type: "string", default: process.env.BUILD_DIR ?? "build" } },
  });
  process.exit(printBundles(path.resolve(values.build!)) ? 0 : 1);
}
