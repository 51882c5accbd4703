import { describe, expect, it } from "vitest";
import { GIVE_UP_AFTER_MS, MAX_RETRY_MS, nextAttemptAfterFailure, retryDelayMs } from "./retry";

describe("retries of a mail that could not be sent", () => {
  it("wait twice as long each time, from 30 seconds up to an hour", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(8)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(1000)).toBe(MAX_RETRY_MS);
  });

  it("are given up a day after the mail was written; the last try falls on that hour", () => {
    const written = new Date("2026-12-06T08:00:00Z");
    const later = (ms: number) => new Date(written.getTime() + ms);
    expect(nextAttemptAfterFailure(written, 1, later(1000))).toEqual(later(31_000));
    // 23 h 30 min in: an hour's wait would pass the day, so the last try is at 24 h.
    const lateTry = later(GIVE_UP_AFTER_MS - 30 * 60_000);
    expect(nextAttemptAfterFailure(written, 20, lateTry)).toEqual(later(GIVE_UP_AFTER_MS));
    expect(nextAttemptAfterFailure(written, 21, later(GIVE_UP_AFTER_MS))).toBeNull();
  });
});
