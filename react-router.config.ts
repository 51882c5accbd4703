import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  appDirectory: "app",
  // BUILD_DIR lets two end-to-end runs build side by side.
  buildDirectory: process.env.BUILD_DIR ?? "build",
  // The origin check lives in one place, rootMiddleware, for every non-GET
  // request, resource routes included, and answers 403 (missing Origin too).
  // React Router's own check would answer foreign origins on UI routes with
  // 400 first, so it is told to let them through to ours.
  // See docs/decisions/0005-security-baseline.md.
  allowedActionOrigins: ["**"],
  // The whole route manifest loads once as a cached file (~3 KiB gzipped) instead
  // of a partial manifest built and inlined into every page (~0.5 ms per request).
  // See docs/decisions/0007-kpis-dashboard-reports.md.
  routeDiscovery: { mode: "initial" },
  // The v8 behaviour, switched on now so the move to React Router 8 is small.
  future: {
    v8_middleware: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
  },
} satisfies Config;
