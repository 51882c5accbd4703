// The disk-full fault: the server's SQLite file lives on a small tmpfs that only
// the server sees (a private mount namespace, `unshare -m`; needs root). This
// script reaches that tmpfs through /proc/<pid>/root/…, fills it with a filler
// file mid-run, holds it full, deletes the filler, and reads the timeline off the
// answers and a /readyz poll every 250 ms.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sleep } from "../ops-lib";
import type { Recorder, Sample } from "./load";
import { is5xx, line } from "./report";

export const DB_NAME = "soak.db";

/**
 * Wraps `node server.js` for startServer: mount a tmpfs of `sizeMiB` over `diskDir`
 * in a new mount namespace, copy the seeded database into it, run the server, and
 * after it has exited keep the namespace (a sleeping shell) so the file can still
 * be read through /proc/<shell pid>/root. Stopping the process group ends it all.
 */
export function inPrivateTmpfs(diskDir: string, seedFile: string, sizeMiB: number) {
  const script = [
    "set -e",
    'mount -t tmpfs -o size="$5"m fahrplan-soak "$3"',
    `cp "$4" "$3/${DB_NAME}"`,
    "set +e",
    '"$1" "$2"',
    'echo "soak: server exited ($?); the namespace stays for the check"',
    "exec sleep 3600",
  ].join("\n");
  return (node: string, entry: string) => ({
    command: "unshare",
    args: ["-m", "sh", "-c", script, "sh", node, entry, diskDir, seedFile, String(sizeMiB)],
  });
}

/** The server's (node's) pid: the namespace shell's child, once it has started. */
export async function childPid(shellPid: number, timeoutMs = 30_000): Promise<number> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    try {
      const children = fs.readFileSync(`/proc/${shellPid}/task/${shellPid}/children`, "utf8");
      const pid = Number(children.trim().split(/\s+/)[0]);
      // Not the shell's `mount` or `cp`: node itself.
      if (pid > 0 && fs.readlinkSync(`/proc/${pid}/exe`) === fs.realpathSync(process.execPath)) {
        return pid;
      }
    } catch {
      // Not started yet.
    }
    await sleep(50);
  }
  throw new Error(`the server process did not start in the namespace within ${timeoutMs} ms`);
}

/** The tmpfs folder as the host reaches it. */
export const inNamespace = (shellPid: number, diskDir: string) =>
  path.join(`/proc/${shellPid}/root`, diskDir);

export function freeBytes(dir: string): number {
  const stats = fs.statfsSync(dir);
  return stats.bavail * stats.bsize;
}

/** Fills the filesystem with one file of zeros until it is full; returns the bytes written. */
export function fill(dir: string): number {
  const filler = path.join(dir, "filler");
  spawnSync("dd", ["if=/dev/zero", `of=${filler}`, "bs=1M"], { stdio: "ignore" });
  // The last partial megabyte too.
  spawnSync("dd", ["if=/dev/zero", `of=${filler}`, "bs=4k", "oflag=append", "conv=notrunc"], {
    stdio: "ignore",
  });
  return fs.statSync(filler).size;
}

export function unfill(dir: string): void {
  fs.rmSync(path.join(dir, "filler"), { force: true });
}

/** SIGTERM to the server, SIGKILL after `graceMs`; resolves once it is gone. */
export async function stopPid(pid: number, graceMs: number): Promise<"graceful" | "killed"> {
  const gone = () => !fs.existsSync(`/proc/${pid}`);
  process.kill(pid, "SIGTERM");
  const until = performance.now() + graceMs;
  while (performance.now() < until) {
    if (gone()) return "graceful";
    await sleep(100);
  }
  process.kill(pid, "SIGKILL");
  while (!gone()) await sleep(50);
  return "killed";
}

/** Copies the database (and its WAL) out of the namespace into `dest`. */
export function copyOut(dir: string, dest: string): string {
  for (const suffix of ["", "-wal"]) {
    const from = path.join(dir, DB_NAME + suffix);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(dest, DB_NAME + suffix));
  }
  return path.join(dest, DB_NAME);
}

// ---------------------------------------------------------------------------

export type Probe = { t: number; status: number | null; ms: number };

/** GET /readyz every 250 ms (5 s timeout each) until stopped. */
export function pollReadyz(origin: string, recorder: Recorder) {
  const probes: Probe[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      let status: number | null = null;
      try {
        const response = await fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(5000) });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        // No answer within 5 s.
      }
      probes.push({ t: started - recorder.zero, status, ms: performance.now() - started });
      await sleep(Math.max(0, 250 - (performance.now() - started)));
    }
  })();
  return {
    probes,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

export type FaultEvents = { fillAt: number; fullAt: number; freedAt: number; fillerBytes: number };

const sec = (ms: number | undefined) =>
  ms === undefined ? "never" : `${(ms / 1000).toFixed(1)} s`;
const acked = (s: Sample) => s.status !== null && s.status >= 200 && s.status < 400;
const answeredAt = (s: Sample) => s.t + s.ms;
/** When a failure showed: its answer, or for a request never answered, its start. */
const failedAt = (s: Sample) => (s.status === null ? s.t : answeredAt(s));

/** The disk-full timeline; `ok` when it degraded to 503s and recovered without a restart. */
export function faultTimeline(samples: Sample[], probes: Probe[], ev: FaultEvents) {
  const writes = samples.filter((s) => s.write);
  const afterFill = samples.filter((s) => answeredAt(s) >= ev.fillAt);
  const firstFailedWrite = writes
    .filter((s) => (s.status === null || is5xx(s)) && failedAt(s) >= ev.fillAt)
    .sort((a, b) => failedAt(a) - failedAt(b))[0];
  const count503 = samples.filter((s) => s.status === 503);
  const other5xx = samples.filter((s) => is5xx(s) && s.status !== 503);
  const timeouts = afterFill.filter((s) => s.status === null);
  const before = samples.filter((s) => s.group !== "storm" && answeredAt(s) < ev.fillAt);
  const probesBefore = probes.filter((p) => p.t < ev.fillAt);
  const notReady = probes.filter((p) => p.t >= ev.fillAt && p.status !== 200);
  const firstReadyAfter = probes.find((p) => p.t >= ev.freedAt && p.status === 200);
  const firstWriteAfter = writes
    .filter((s) => s.t >= ev.freedAt && acked(s))
    .sort((a, b) => answeredAt(a) - answeredAt(b))[0];
  const pagesWhileFull = samples.filter(
    (s) => s.group === "page" && s.t >= ev.fullAt && s.t < ev.freedAt,
  );
  const pagesOk = pagesWhileFull.filter((s) => s.status === 200).length;
  const byKind = new Map<string, number>();
  for (const s of count503) byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + 1);
  const notReadyText =
    notReady.length === 0
      ? "never (stayed 200)"
      : `${sec(notReady[0]!.t)} → ${sec(notReady.at(-1)!.t)}: ${notReady.filter((p) => p.status === 503).length} × 503, ${notReady.filter((p) => p.status === null).length} × no answer in 5 s`;
  const recovered = firstReadyAfter !== undefined && firstWriteAfter !== undefined;
  const triggered = firstFailedWrite !== undefined;
  const lines = [
    line(
      "before the fill (the machine's baseline)",
      `${before.filter((s) => s.status === null).length} of ${before.length} requests unanswered, /readyz 200 ${probesBefore.filter((p) => p.status === 200).length} of ${probesBefore.length}`,
    ),
    line(
      "filler written (tmpfs full)",
      `${sec(ev.fullAt)} (${(ev.fillerBytes / 1048576).toFixed(1)} MiB)`,
    ),
    line(
      "first failed write",
      firstFailedWrite
        ? firstFailedWrite.status === null
          ? `sent at ${sec(firstFailedWrite.t)}: ${firstFailedWrite.kind} → no answer within ${sec(firstFailedWrite.ms)}`
          : `${sec(answeredAt(firstFailedWrite))}: ${firstFailedWrite.kind} → ${firstFailedWrite.status}`
        : "none",
    ),
    line(
      "503 answers",
      `${count503.length}${count503.length ? ` (${[...byKind].map(([k, n]) => `${k} ${n}`).join(", ")})` : ""}`,
    ),
    line("/readyz not 200", notReadyText),
    line("page views while full", `${pagesOk} of ${pagesWhileFull.length} answered 200`),
    line("filler removed", sec(ev.freedAt)),
    line(
      "first /readyz 200 after removal",
      firstReadyAfter
        ? `${sec(firstReadyAfter.t)} (+${sec(firstReadyAfter.t - ev.freedAt)})`
        : "never",
    ),
    line(
      "first successful write after removal",
      firstWriteAfter
        ? `${sec(answeredAt(firstWriteAfter))}: ${firstWriteAfter.kind} → ${firstWriteAfter.status}`
        : "never",
    ),
    line("other 5xx (must be 0)", String(other5xx.length)),
    line("no answer in time (after the fill)", String(timeouts.length)),
  ];
  let verdict: string;
  if (!triggered) verdict = "INCONCLUSIVE — no write failed while the disk was full";
  else if (!recovered)
    verdict =
      "HANG — no recovery without a restart: " +
      (firstReadyAfter ? "no write succeeded" : "/readyz never answered 200") +
      " after the filler was removed";
  else if (other5xx.length > 0)
    verdict = `FAIL — ${other5xx.length} answers with a 5xx other than 503`;
  else verdict = "degraded to 503s and recovered without a restart";
  return { lines, ok: triggered && recovered && other5xx.length === 0, verdict };
}
