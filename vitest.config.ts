import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "~": new URL("./app", import.meta.url).pathname },
  },
  test: {
    include: ["app/**/*.test.ts", "prisma/**/*.test.ts"],
    globalSetup: ["./app/test/global-setup.ts"],
    setupFiles: ["./app/test/setup.ts"],
    // Europe/Berlin by default: the users' zone, with daylight-saving changes.
    env: { TZ: process.env.TZ ?? "Europe/Berlin" },
  },
});
