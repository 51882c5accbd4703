import fs from "node:fs";
import os from "node:os";
import { defineConfig, devices } from "@playwright/test";

import { E2E_PORT as port, E2E_SMTP_PORT, e2eDatabaseUrl } from "./e2e/env";

// A throwaway database and server only for the end-to-end run.
const baseURL = `http://localhost:${port}`;
const databaseUrl = e2eDatabaseUrl();
const buildDir = process.env.BUILD_DIR ?? `build`;

/**
 * A system Chromium when one is named or installed (these CI machines cannot
 * download Playwright's browser); Playwright's own browser everywhere else.
 */
function systemChromium(): string | undefined {
  const named = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (named) return named;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
}
const executablePath = systemChromium();

export default defineConfig({
  testDir: "./e2e",
  // Per port, so two runs side by side never delete each other's traces.
  outputDir: `test-results/e2e-${port}`,
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  // At least two workers, with or without CI set: a test spends most of its time waiting
  // for the server and the browser, so even a 2-core machine runs two side by side well
  // (the whole suite: 10 min with two workers, about 24 with Playwright's default of one
  // per two cores). E2E_WORKERS overrides it.
  workers:
    Number(process.env.E2E_WORKERS) || Math.max(2, Math.floor(os.availableParallelism() / 2)),
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { open: "never", outputFolder: `playwright-report/e2e-${port}` }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: executablePath
          ? {
              executablePath,
              args: [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
              ],
            }
          : {},
      },
    },
  ],
  webServer: [
    {
      // A real SMTP server for the app to send to; it writes what arrives where the
      // tests read it (e2e/mail.ts).
      command: "tsx e2e/smtp-sink.ts",
      port: E2E_SMTP_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // Build, then a fresh migrated and seeded database, then the production server.
      // E2E_BUILT=1 (CI's second run, on PostgreSQL) serves the build the first run made.
      command: `${process.env.E2E_BUILT === "1" ? "" : "npm run build && "}tsx prisma/reset.ts && node server.js`,
      url: `${baseURL}/healthz`,
      // Never attach to whatever else listens there: a busy port fails the run clearly.
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: "warn",
        SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
        MAIL_FROM: "Fahrplan <fahrplan@e2e.test>",
        BUILD_DIR: buildDir,
        // Test-only: webhooks may go to the receivers the specs start on 127.0.0.1, although
        // the server runs with NODE_ENV=production (docs/webhooks.md).
        WEBHOOKS_ALLOW_LOCALHOST: "1",
        // prisma/reset.ts refuses to wipe a PostgreSQL database without this.
        FAHRPLAN_RESET_CONFIRM: "yes",
      },
    },
  ],
});
