// Sending the mix: every request with a timeout (a hung server shows as
// timeouts, never as a hung script), a closed-loop ramp to find the saturation
// point, and an open-loop run (requests start on a schedule, whether or not the
// earlier ones have been answered, as real users' requests do).
import { sleep } from "../ops-lib";
import type { Group, Req } from "./mix";

export type Sample = {
  /** Start, ms since the recorder's zero. */
  t: number;
  kind: string;
  group: Group;
  write: boolean;
  /** null: no answer (timeout or socket error, see `error`). */
  status: number | null;
  error?: "timeout" | "socket";
  /** For a socket error: its code (ECONNRESET, UND_ERR_SOCKET, …). */
  detail?: string;
  ms: number;
};

export class Recorder {
  readonly zero = performance.now();
  readonly samples: Sample[] = [];
  inFlight = 0;
  /** Requests the open loop did not start because too many were waiting for an answer. */
  skipped = 0;
  now(): number {
    return performance.now() - this.zero;
  }
}

export async function send(origin: string, req: Req, recorder: Recorder): Promise<Sample> {
  const started = performance.now();
  const t = started - recorder.zero;
  let status: number | null = null;
  let location: string | null = null;
  let error: Sample["error"];
  let detail: string | undefined;
  recorder.inFlight++;
  // A timer of our own rather than AbortSignal.timeout(): under load that signal was
  // seen never to fire (183 requests of one run left waiting for good).
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), req.timeoutMs);
  try {
    const response = await fetch(`${origin}${req.path}`, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      redirect: "manual",
      signal: controller.signal,
    });
    await response.arrayBuffer();
    status = response.status;
    location = response.headers.get("location");
  } catch (e) {
    error = controller.signal.aborted ? "timeout" : "socket";
    if (error === "socket") detail = socketErrorCode(e);
  } finally {
    clearTimeout(timer);
    recorder.inFlight--;
  }
  req.settle?.(status, location);
  const sample: Sample = {
    t,
    kind: req.kind,
    group: req.group,
    write: req.write,
    status,
    ms: performance.now() - started,
    ...(error ? { error } : {}),
    ...(detail ? { detail } : {}),
  };
  recorder.samples.push(sample);
  return sample;
}

/** The code of a failed fetch's cause (undici wraps it in a TypeError). */
function socketErrorCode(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === "object" && "code" in cause) return String(cause.code);
  return error instanceof Error ? error.message : String(error);
}

export type RampStep = { concurrency: number; seconds: number; requests: number; rps: number };

/**
 * Closed loop: `concurrency` workers, each sending its next request when the last
 * one was answered, for `seconds`. Returns the answered requests per second.
 */
async function closedLoop(
  origin: string,
  next: () => Req,
  concurrency: number,
  seconds: number,
  recorder: Recorder,
): Promise<RampStep> {
  const until = performance.now() + seconds * 1000;
  let requests = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const sample = await send(origin, next(), recorder);
        if (sample.status !== null) requests++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { concurrency, seconds: elapsed, requests, rps: requests / elapsed };
}

/**
 * The saturation point: closed-loop steps at doubling concurrency, stopping once
 * a step is no faster than the best so far by 5 %. Returns every step and the best req/s.
 */
export async function measureSaturation(
  origin: string,
  next: () => Req,
  totalSeconds: number,
  recorder: Recorder,
  log: (line: string) => void,
): Promise<{ steps: RampStep[]; best: number }> {
  const levels = [2, 4, 8, 16, 32];
  const perStep = Math.max(2, totalSeconds / 4);
  const steps: RampStep[] = [];
  let best = 0;
  for (const concurrency of levels) {
    const step = await closedLoop(origin, next, concurrency, perStep, recorder);
    steps.push(step);
    log(
      `  ${String(concurrency).padStart(2)} concurrent: ${step.rps.toFixed(1)} req/s (${step.requests} in ${step.seconds.toFixed(1)} s)`,
    );
    const faster = step.rps > best * 1.05;
    best = Math.max(best, step.rps);
    if (!faster && steps.length >= 3) break;
  }
  return { steps, best };
}

export type Stream = { name: string; rate: number; next: () => Req | null };

/**
 * Open loop: each stream starts `rate` requests per second, evenly spaced, for
 * `seconds`, never more than `maxInFlight` waiting at
 * once (the rest are counted as skipped). Resolves when every answer is in.
 */
export async function openLoop(
  origin: string,
  streams: Stream[],
  opts: {
    seconds: number;
    maxInFlight: number;
    recorder: Recorder;
    onDrain?: (pending: number) => void;
  },
): Promise<{ seconds: number }> {
  const { recorder } = opts;
  const started = performance.now();
  const until = started + opts.seconds * 1000;
  const sent = streams.map(() => 0);
  const pending = new Set<Promise<Sample>>();
  while (performance.now() < until) {
    const elapsed = (performance.now() - started) / 1000;
    streams.forEach((stream, i) => {
      const due = Math.floor(stream.rate * elapsed) - sent[i]!;
      for (let n = 0; n < due; n++) {
        sent[i]!++;
        if (recorder.inFlight >= opts.maxInFlight) {
          recorder.skipped++;
          continue;
        }
        const req = stream.next();
        if (!req) continue;
        const promise = send(origin, req, recorder);
        pending.add(promise);
        void promise.then(() => pending.delete(promise));
      }
    });
    await sleep(5);
  }
  const seconds = (performance.now() - started) / 1000;
  opts.onDrain?.(pending.size);
  await Promise.all(pending);
  return { seconds };
}
