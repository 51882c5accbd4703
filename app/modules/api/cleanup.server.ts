import { db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";

// Idempotency keys of the API are kept for a day (decision 0020): long enough for any
// client's retries, short enough that the table stays small. Every instance runs this
// hourly; deleting what another instance deleted changes nothing.

export const IDEMPOTENCY_KEEP_MS = 24 * 60 * 60_000;

export async function deleteOldIdempotencyKeys(now: Date = new Date()): Promise<number> {
  const { count } = await db.apiIdempotencyKey.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_KEEP_MS) } },
  });
  return count;
}

export function scheduleApiCleanup(everyMs: number = 60 * 60_000): () => void {
  const run = async () => {
    try {
      const deleted = await deleteOldIdempotencyKeys();
      if (deleted > 0) logger.info("old API idempotency keys deleted", { deleted });
    } catch (error) {
      logger.error("API cleanup failed", { error });
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
