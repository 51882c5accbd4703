// Lighthouse's mobile performance run (its defaults: a mid-range phone, 4 × CPU slowdown,
// a slow 4G network, simulated) for the bench's pages, signed in by a cookie header.
// Chromium is Debian's (/usr/bin/chromium, or CHROME_PATH); lighthouse 12.2 is pinned
// because 13 needs Node 22 (TOOLCHAIN.md).
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export type LighthouseResult = {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
};

function chromePath() {
  const named = process.env.CHROME_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (named) return named;
  const found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
  if (!found) throw new Error("No Chromium: install Debian's chromium or set CHROME_PATH");
  return found;
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Each page `runs` times in one Chromium (Lighthouse's own advice: the median of several
 * runs); per page the run with the median score, as Lighthouse's CI picks it. A page's
 * `before` runs before each of its runs (e.g. to make the visit a cache miss).
 */
export async function lighthouseMobile(
  pages: { url: string; before?: () => void }[],
  cookie: string,
  runs = 3,
) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const { url, before } of pages) {
      const samples: LighthouseResult[] = [];
      for (let i = 0; i < runs; i++) {
        before?.();
        const run = await lighthouse(url, {
          port: chrome.port,
          onlyCategories: ["performance"],
          output: "json",
          logLevel: "error",
          extraHeaders: { Cookie: cookie },
        });
        if (!run) throw new Error(`Lighthouse gave no result for ${url}`);
        const { audits, categories } = run.lhr;
        const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
        samples.push({
          score: Math.round((categories.performance?.score ?? 0) * 100),
          fcpMs: Math.round(value("first-contentful-paint")),
          lcpMs: Math.round(value("largest-contentful-paint")),
          tbtMs: Math.round(value("total-blocking-time")),
          cls: Math.round(value("cumulative-layout-shift") * 1000) / 1000,
          speedIndexMs: Math.round(value("speed-index")),
        });
      }
      const middle = median(samples.map((s) => s.score));
      results.push(samples.find((s) => s.score === middle)!);
    }
    return results;
  } finally {
    chrome.kill();
  }
}
