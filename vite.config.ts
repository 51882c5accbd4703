import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [tailwindcss(), reactRouter()],
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
