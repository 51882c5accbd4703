// Printing the soak's figures: answers by status class, latency per kind of
// request, the server's memory.
import fs from "node:fs";
import { percentile } from "../ops-lib";
import type { Sample } from "./load";

export type StatusCounts = Record<string, number>;

/** "2xx", "3xx", "4xx", "5xx", or "no answer (timeout)" / "no answer (socket)". */
export function statusClass(sample: Sample): string {
  if (sample.status === null) {
    return `no answer (${sample.error === "socket" ? `socket: ${sample.detail}` : "timeout"})`;
  }
  return `${Math.floor(sample.status / 100)}xx`;
}

export function countBy(samples: Sample[], key: (s: Sample) => string): StatusCounts {
  const counts: StatusCounts = {};
  for (const sample of samples) counts[key(sample)] = (counts[key(sample)] ?? 0) + 1;
  return counts;
}

export function formatCounts(counts: StatusCounts): string {
  const keys = Object.keys(counts).sort();
  return keys.length === 0 ? "none" : keys.map((k) => `${k} ${counts[k]}`).join(" · ");
}

export const is5xx = (s: Sample) => s.status !== null && s.status >= 500;

/** One row per kind of request: count, p50, p95, p99, max and the statuses seen. */
export function latencyTable(samples: Sample[]) {
  const kinds = new Map<string, Sample[]>();
  for (const sample of samples) {
    const list = kinds.get(sample.kind) ?? [];
    list.push(sample);
    kinds.set(sample.kind, list);
  }
  return [...kinds.entries()].map(([kind, list]) => {
    const answered = list
      .filter((s) => s.status !== null)
      .map((s) => s.ms)
      .sort((a, b) => a - b);
    return {
      kind,
      group: list[0]!.group,
      requests: list.length,
      "p50 ms": Math.round(percentile(answered, 50)),
      "p95 ms": Math.round(percentile(answered, 95)),
      "p99 ms": Math.round(percentile(answered, 99)),
      "max ms": Math.round(answered.at(-1) ?? NaN),
      statuses: formatCounts(countBy(list, (s) => String(s.status ?? s.detail ?? s.error))),
    };
  });
}

/** Resident memory of a process in KiB (VmRSS of /proc/<pid>/status), null once it is gone. */
export function rssKiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * The server's memory after the warm-up and at the end of the load: the median of
 * the once-a-second readings in a window after the warm-up and in one at the end,
 * each a fifth of the run (at least 10 s). A heap's saw-tooth (it grows until the
 * next collection) moves single readings by ±15 %; a leak moves the medians.
 */
export function rssFigures(readings: { t: number; kib: number }[], warmUpS: number, endS: number) {
  const window = Math.max(10, endS / 5);
  const median = (from: number, to: number) => {
    const values = readings
      .filter((r) => r.t >= from && r.t <= to)
      .map((r) => r.kib)
      .sort((a, b) => a - b);
    return values.length === 0 ? null : values[Math.floor(values.length / 2)]!;
  };
  return {
    window,
    start: median(warmUpS, warmUpS + window),
    end: median(endS - window, endS),
    peak: readings.reduce((max, r) => Math.max(max, r.kib), 0),
  };
}

/** Up to `points` readings spread over the run, for the trend line. */
export function rssTrend(readings: { t: number; kib: number }[], points = 8): string {
  if (readings.length === 0) return "–";
  const step = Math.max(1, Math.floor((readings.length - 1) / (points - 1)));
  const picked = readings.filter((_, i) => i % step === 0 || i === readings.length - 1);
  return picked.map((r) => `${Math.round(r.t)} s ${Math.round(r.kib / 1024)}`).join(" · ") + " MiB";
}

export const mib = (kib: number | null) => (kib === null ? "–" : `${(kib / 1024).toFixed(1)} MiB`);

export function line(label: string, value: string): string {
  return `  ${label.padEnd(44)} ${value}`;
}
