// npm run bench:tick -- --url http://127.0.0.1:3000 [--org bench-0] [--samples 40] [--cpu 4]
//
// Tick-off latency on the phase board (issue 20, item 8): from the click on a card's
// tick to the first frame that shows it done (the click's next paint, as the Event
// Timing API measures it for INP), in Chromium with the CPU slowed down
// (CDP Emulation.setCPUThrottlingRate, 4 × by default, as Lighthouse's mobile run).
// Needs a running server with the large dataset (npm run db:large; the bench user
// bench@fahrplan.test). Each sample ticks an open task of the pilot board off and
// reopens it after, so the board stays as it was. A script, not a timed test.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";

const TARGET_MS = 100;
/** How long a person takes at least to see a card before clicking its tick. */
const SEEN_MS = 250;
/** Clicks per run: with fewer than 20, the p95 would be the slowest click alone. */
export const TICK_SAMPLES = 40;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** A system Chromium when one is named or installed, as playwright.config.ts chooses. */
function executablePath() {
  const named = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (named) return named;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
}

/** Click → first frame showing the tick pressed, measured in the page. */
export async function measureTickLatency(options: {
  base: string;
  org: string;
  samples: number;
  cpu: number;
}) {
  const browser = await chromium.launch({ executablePath: executablePath() });
  try {
    const context = await browser.newContext({ baseURL: options.base });
    const signIn = await fetch(`${options.base}/sign-in`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: options.base },
      body: new URLSearchParams({ email: "bench@fahrplan.test", password: "Fahrplan-Bench-2026" }),
    });
    const cookie = signIn.headers.get("set-cookie")?.split(";")[0];
    if (!cookie) throw new Error(`Sign-in failed (${signIn.status}): is the large dataset loaded?`);
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name: name!, value: value.join("="), url: options.base }]);
    const page = await context.newPage();
    await page.goto(`/o/${options.org}`);
    await page.waitForURL(/\/roadmaps\//);
    const board = `${new URL(page.url()).pathname.replace(/\/$/, "")}/phases/pilot`;
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: options.cpu });

    const samples: number[] = [];
    for (let i = 0; i < options.samples; i++) {
      await page.goto(board);
      await page.waitForLoadState("networkidle");
      // Hydrated: the page's first render has committed (root.tsx marks it). React puts
      // its props on a button while it is still hydrating the rest of the board, and a
      // click before the commit is the board without JavaScript: a full form post.
      await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
      // And idle: what the page does after its load (deferred parts) is not the click's.
      await page.evaluate(
        `new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 }))`,
      );
      const tick = page.locator('li[data-task-id] button[aria-pressed="false"]').nth(i % 20);
      const taskId = await tick.evaluate((b) => b.closest("li")!.getAttribute("data-task-id"));
      // In the page: the click's "next paint" as the Event Timing API reports it (as for
      // INP), if the tick showed done by then; else the frame that first shows it.
      // (A string: tsx would add helpers to a function that the page does not have.)
      const shown = page.evaluate<number>(`new Promise((resolve) => {
        let clickedAt = 0;
        let changedAt = 0;
        let frameAt = 0;
        let paint = 0;
        const done = () => {
          if (!frameAt || !paint) return;
          resolve(changedAt - clickedAt <= paint ? paint : frameAt - clickedAt);
        };
        document.addEventListener("click", (event) => (clickedAt = event.timeStamp), {
          capture: true,
          once: true,
        });
        new PerformanceObserver((list, events) => {
          const click = list.getEntries().find((e) => e.name === "click");
          if (!click) return;
          events.disconnect();
          paint = click.duration;
          done();
        }).observe({ type: "event", durationThreshold: 16 });
        const selector = 'li[data-task-id="${taskId}"] button[aria-pressed="true"]';
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          changedAt = performance.now();
          requestAnimationFrame((t) => {
            frameAt = t;
            done();
          });
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ["aria-pressed"],
        });
      })`);
      // As a person clicks: the card is on the screen (scrolled to, drawn, seen), the
      // pointer comes to the tick, then a press and a release. Without the pause the
      // click could land while the browser still draws the part of the board it has just
      // scrolled to, and that drawing would be timed as the tick's. (Playwright's click()
      // would also run its own checks in the page at the press and move the pointer in
      // the same moment: both would be timed as the board's work.)
      await tick.scrollIntoViewIfNeeded();
      await page.evaluate(
        `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 2000 }))))`,
      );
      await page.waitForTimeout(SEEN_MS);
      await tick.hover();
      await page.mouse.down();
      await page.mouse.up();
      samples.push(await shown);
      // Back as it was: reopen it (without throttling in the way of the next sample).
      await page.locator(`li[data-task-id="${taskId}"] button[aria-pressed="true"]`).click();
      await page.waitForLoadState("networkidle");
    }
    return samples.sort((a, b) => a - b);
  } finally {
    await browser.close();
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const { values: args } = parseArgs({
    options: {
      url: { type: "string" },
      org: { type: "string", default: "bench-0" },
      samples: { type: "string", default: String(TICK_SAMPLES) },
      cpu: { type: "string", default: "4" },
    },
  });
  if (!args.url) {
    console.log("npm run bench:tick -- --url http://127.0.0.1:PORT [--org bench-0] [--samples 40]");
    process.exit(1);
  }
  const base = args.url.replace(/\/$/, "");
  const samples = await measureTickLatency({
    base,
    org: args.org!,
    samples: Number(args.samples),
    cpu: Number(args.cpu),
  });
  const p50 = Math.round(percentile(samples, 50));
  const p95 = Math.round(percentile(samples, 95));
  console.log(
    `Tick-off click → done shown at ${args.cpu}× CPU (${samples.length} samples): p50 ${p50} ms, p95 ${p95} ms (target ≤ ${TARGET_MS} ms): ${p95 <= TARGET_MS ? "met" : "NOT met"}.`,
  );
}
