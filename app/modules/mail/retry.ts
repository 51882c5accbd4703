// When a mail that failed is tried again, and when the worker stops trying.
// Pure: the worker (worker.server.ts) applies it. See docs/decisions/0015-mail-outbox.md.

/** The first retry waits this long; each further one twice as long as the one before. */
export const FIRST_RETRY_MS = 30_000;
/** No wait is longer than this, so a mail server back after a long outage is used soon. */
export const MAX_RETRY_MS = 60 * 60_000;
/** A mail still not sent this long after it was written is given up (status failed). */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;

/** The wait after the `attempts`-th failed attempt (1, 2, 3, …): 30 s, 1 min, 2 min, … 1 h. */
export function retryDelayMs(attempts: number): number {
  const doublings = Math.max(0, attempts - 1);
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(doublings, 30));
}

/**
 * After a failed attempt: when to try again, or null to give up. The last attempt
 * falls on the 24th hour rather than being skipped by a long wait.
 */
export function nextAttemptAfterFailure(createdAt: Date, attempts: number, now: Date): Date | null {
  const giveUpAt = createdAt.getTime() + GIVE_UP_AFTER_MS;
  if (now.getTime() >= giveUpAt) return null;
  return new Date(Math.min(now.getTime() + retryDelayMs(attempts), giveUpAt));
}
