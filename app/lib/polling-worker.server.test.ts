import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { logger } from "./logger.server";
import { startPollingWorker } from "./polling-worker.server";

const POLL_MS = 5_000;
const HOUR = 60 * 60_000;
const BATCH = 3;

// Lets the worker's awaits run (fake timers leave promises alone).
async function settle() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** A worker whose batches finish only when the test says so, with their claimed count. */
function harness() {
  const pending: ((run: { claimed: number }) => void)[] = [];
  const failures: ((error: Error) => void)[] = [];
  const runOnce = vi.fn(
    () =>
      new Promise<{ claimed: number }>((resolve, reject) => {
        pending.push(resolve);
        failures.push(reject);
      }),
  );
  const prune = vi.fn(async () => 0);
  const listeners = new Set<() => void>();
  const unsubscribe = vi.fn();
  const onQueued = vi.fn((listener: () => void) => {
    listeners.add(listener);
    return () => {
      unsubscribe();
      listeners.delete(listener);
    };
  });
  const stop = startPollingWorker({
    name: "test",
    runOnce,
    batchSize: BATCH,
    prune,
    pruneEveryMs: HOUR,
    pollMs: POLL_MS,
    onQueued,
  });
  return {
    runOnce,
    prune,
    unsubscribe,
    listeners,
    stop,
    queued: () => listeners.forEach((listener) => listener()),
    /** Finishes the batch under way with `claimed` rows, and lets the worker go on. */
    finish: async (claimed: number) => {
      failures.shift();
      pending.shift()!({ claimed });
      await settle();
    },
    fail: async (error: Error) => {
      pending.shift();
      failures.shift()!(error);
      await settle();
    },
  };
}

describe("startPollingWorker", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs a pass at once, and one pass more after one that was asked for while it ran", async () => {
    const w = harness();
    expect(w.runOnce).toHaveBeenCalledTimes(1);

    // Three wakes and a poll while the first batch is under way: no second batch yet…
    w.queued();
    w.queued();
    w.queued();
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(w.runOnce).toHaveBeenCalledTimes(1);

    // …one once it is done, and no more after that.
    await w.finish(0);
    expect(w.runOnce).toHaveBeenCalledTimes(2);
    await w.finish(0);
    expect(w.runOnce).toHaveBeenCalledTimes(2);
    w.stop();
  });

  it("drains: a full batch is followed at once by the next, until one is not full", async () => {
    const w = harness();
    await w.finish(BATCH);
    expect(w.runOnce).toHaveBeenCalledTimes(2);
    await w.finish(BATCH);
    expect(w.runOnce).toHaveBeenCalledTimes(3);
    await w.finish(BATCH - 1);
    expect(w.runOnce).toHaveBeenCalledTimes(3);
    expect(w.prune).toHaveBeenCalledTimes(1);
    w.stop();
  });

  it("polls every pollMs and prunes at most once per pruneEveryMs", async () => {
    const w = harness();
    await w.finish(0);
    expect(w.prune).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(POLL_MS - 1);
    expect(w.runOnce).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.runOnce).toHaveBeenCalledTimes(2);
    await w.finish(0);
    expect(w.prune).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(HOUR);
    await w.finish(0);
    expect(w.prune).toHaveBeenCalledTimes(2);
    w.stop();
  });

  it("stop clears the timer, unsubscribes, and ends a drain after the batch under way", async () => {
    const w = harness();
    expect(vi.getTimerCount()).toBe(1);
    expect(w.listeners.size).toBe(1);

    w.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(w.unsubscribe).toHaveBeenCalledTimes(1);
    expect(w.listeners.size).toBe(0);

    // The batch under way was full, but the worker was stopped: no next batch.
    await w.finish(BATCH);
    await vi.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(w.runOnce).toHaveBeenCalledTimes(1);
  });

  it("logs a failed pass with the worker's name, and the next pass runs", async () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => {});
    const w = harness();
    const boom = new Error("database gone");
    await w.fail(boom);
    expect(error).toHaveBeenCalledWith("test worker pass failed", { error: boom });
    expect(w.prune).not.toHaveBeenCalled();

    w.queued();
    expect(w.runOnce).toHaveBeenCalledTimes(2);
    await w.finish(0);
    expect(w.prune).toHaveBeenCalledTimes(1);
    w.stop();
  });
});
