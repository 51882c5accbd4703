import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import type { Plugin } from "vite";

/**
 * React Router's production build in the browser bundle. Its package exports only its
 * development build (a temporary choice upstream: remix-run/react-router#12437, #14102),
 * which is the same code with its developer warnings switched on, so the bundle carried
 * their messages. The browser has its own copy, so it can take the production build. The
 * server keeps the package's export: Node loads `react-router` for @react-router/node
 * too, and two copies there would not share the router's context.
 */
function reactRouterProductionInBrowser(): Plugin {
  const dist = new URL("./node_modules/react-router/dist/production/", import.meta.url).pathname;
  const files: Record<string, string> = {
    "react-router": `${dist}index.mjs`,
    "react-router/dom": `${dist}dom-export.mjs`,
  };
  return {
    name: "react-router-production-in-browser",
    apply: "build",
    enforce: "pre",
    resolveId(source) {
      if (this.environment.name !== "client") return null;
      return files[source] ?? null;
    },
  };
}

export default defineConfig({
  plugins: [reactRouterProductionInBrowser(), tailwindcss(), reactRouter()],
  resolve: {
    alias: { "~": new URL("./app", import.meta.url).pathname },
  },
  server: { port: Number(process.env.PORT ?? 5173) },
  // Listed up front so the first dev page load does not answer
  // "504 Outdated Optimize Dep" and reload.
  optimizeDeps: {
    include: ["recharts", "zod", "date-fns", "date-fns/locale"],
    exclude: [
      "@prisma/client",
      "@prisma/adapter-better-sqlite3",
      "better-sqlite3",
      "@node-rs/argon2",
    ],
  },
  ssr: {
    external: ["better-sqlite3", "pg", "@node-rs/argon2"],
  },
});
