import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "~": new URL("./app", import.meta.url).pathname },
  },
  test: {
    include: ["app/**/*.test.ts", "prisma/**/*.test.ts", "server/**/*.test.ts"],
    globalSetup: ["./app/test/global-setup.ts"],
    setupFiles: ["./app/test/setup.ts"],
    // Data tests build whole organisations and roadmaps in a real database (PostgreSQL in
    // CI's second run, on a shared machine): vitest's 5 s default is meant for pure functions.
    testTimeout: 20_000,
    // Europe/Berlin by default: the users' zone, with daylight-saving changes.
    env: { TZ: process.env.TZ ?? "Europe/Berlin" },
  },
});
