// The bench's page weights (scripts/bench.ts): a page's HTML raw and on the wire as a
// browser asks for it, against one-shot gzip -6 of the same HTML.
import http from "node:http";
import { gzipSync } from "node:zlib";

/** What a browser says it accepts; every request of the bench sends it. */
export const BROWSER_ENCODING = { "Accept-Encoding": "gzip, br" };

export async function pageBytes(url: string, headers: Record<string, string> = {}) {
  return Buffer.byteLength(await pageText(url, headers));
}

async function pageText(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/**
 * The bytes the server sends for `url` to a browser (compressed as it chooses), and how.
 * Browsers offer Brotli over HTTPS only: `gzip` alone is what they send over plain HTTP.
 */
function wireBytes(url: string, headers: Record<string, string>, encoding = BROWSER_ENCODING) {
  return new Promise<{ bytes: number; encoding: string }>((resolve, reject) => {
    http
      .get(url, { headers: { ...headers, ...encoding } }, (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () =>
          resolve({ bytes, encoding: String(res.headers["content-encoding"] ?? "identity") }),
        );
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

type Weight = {
  page: string;
  tasks: number;
  "KiB HTML": number;
  "KiB on the wire": number;
  encoding: string;
  "KiB wire, gzip only": number;
  "KiB gzip -6": number;
  "wire ÷ gzip -6": number;
  "gzip only ÷ gzip -6": number;
};

/** A page's HTML raw and on the wire, against one-shot gzip -6 of the same HTML. */
export async function weigh(
  base: string,
  page: string,
  path: string,
  headers: Record<string, string>,
): Promise<Weight> {
  const html = await pageText(`${base}${path}`, headers);
  const wire = await wireBytes(`${base}${path}`, headers);
  const gzipOnly = await wireBytes(`${base}${path}`, headers, { "Accept-Encoding": "gzip" });
  const oneShot = gzipSync(html, { level: 6 }).length;
  const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;
  return {
    page,
    tasks: taskCards(html),
    "KiB HTML": kib(Buffer.byteLength(html)),
    "KiB on the wire": kib(wire.bytes),
    encoding: wire.encoding,
    "KiB wire, gzip only": kib(gzipOnly.bytes),
    "KiB gzip -6": kib(oneShot),
    "wire ÷ gzip -6": Math.round((wire.bytes / oneShot) * 100) / 100,
    "gzip only ÷ gzip -6": Math.round((gzipOnly.bytes / oneShot) * 100) / 100,
  };
}

/** How many task cards a board's HTML holds. */
function taskCards(html: string) {
  return html.split(' data-task-id="').length - 1;
}

/** The bare page's row count that makes it as large as `bytes` (its size grows linearly). */
export async function bareRowsFor(base: string, bytes: number) {
  const at100 = await pageBytes(`${base}/__bench/bare?rows=100`);
  const at200 = await pageBytes(`${base}/__bench/bare?rows=200`);
  const perRow = (at200 - at100) / 100;
  return Math.max(1, Math.round(100 + (bytes - at100) / perRow));
}

/** The status column of the board with the fewest tasks, but some. */
export async function fewestTasksColumn(base: string, board: string, cookie: string) {
  const counts = await Promise.all(
    ["todo", "in_progress", "blocked", "done"].map(async (status) => {
      const html = await pageText(`${base}${board}?status=${status}`, { cookie });
      return { status, tasks: taskCards(html) };
    }),
  );
  const some = counts.filter((c) => c.tasks > 0).sort((a, b) => a.tasks - b.tasks);
  return some[0]?.status ?? "done";
}
