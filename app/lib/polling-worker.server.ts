import { logger } from "~/lib/logger.server";

// The loop of the app's outbox workers (mail: app/modules/mail/worker.server.ts,
// webhooks: app/modules/webhooks/worker.server.ts), written once.

/** How often a worker prunes, unless it says otherwise. */
export const PRUNE_EVERY_MS = 60 * 60_000;

export type PollingWorkerOptions = {
  /** Names the worker in its log line: "<name> worker pass failed". */
  name: string;
  /** One batch: claims and handles up to `batchSize` rows, and says how many it claimed. */
  runOnce: () => Promise<{ claimed: number }>;
  /** A batch that claimed this many is followed at once by the next. */
  batchSize: number;
  /** Housekeeping (deleting old rows), run after a pass at most once every `pruneEveryMs`. */
  prune: () => Promise<unknown>;
  /** Hourly unless said otherwise. */
  pruneEveryMs?: number;
  /** How often a pass runs without being woken. */
  pollMs: number;
  /** Subscribes to "work was queued in this process"; returns the unsubscribe function. */
  onQueued: (listener: () => void) => () => void;
};

/**
 * Runs a worker in this process: a pass now, every `pollMs`, and whenever `onQueued`
 * fires; full batches are followed at once by the next. Passes never overlap in one
 * process (a pass asked for while one runs makes it run once more afterwards); across
 * processes the claims keep them apart. A failing pass is logged and the next one
 * starts afresh. Returns a function that stops it (a pass under way finishes its batch).
 */
export function startPollingWorker(options: PollingWorkerOptions): () => void {
  const { runOnce, batchSize, prune, pruneEveryMs = PRUNE_EVERY_MS } = options;
  let running = false;
  let again = false;
  let stopped = false;
  let lastPrune = 0;
  const pass = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        let run: { claimed: number };
        do {
          run = await runOnce();
        } while (!stopped && run.claimed === batchSize);
        if (Date.now() - lastPrune > pruneEveryMs) {
          lastPrune = Date.now();
          await prune();
        }
      } while (again && !stopped);
    } catch (error) {
      logger.error(`${options.name} worker pass failed`, { error });
    } finally {
      running = false;
    }
  };
  void pass();
  const timer = setInterval(() => void pass(), options.pollMs);
  // Never keeps the process alive on its own (a graceful shutdown just exits).
  timer.unref();
  const unsubscribe = options.onQueued(() => void pass());
  return () => {
    stopped = true;
    clearInterval(timer);
    unsubscribe();
  };
}
