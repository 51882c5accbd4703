// Deleting the visitors' demo copies once they have expired: run by the server process
// every few minutes (server.js → entry.server.tsx startJobs) and by hand with
// `npm run demo:cleanup`.
import { db } from "~/lib/db.server";
import type { Db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";

/**
 * Deletes every demo copy whose expiry has passed: the organisation with all its data
 * (the foreign keys cascade), then the copy's people with their sessions. Only rows
 * that carry an expiry are touched: real organisations and accounts, and the seeded
 * demo organisation, have none.
 */
export async function deleteExpiredDemoCopies(
  now: Date = new Date(),
  client: Db = db,
): Promise<{ organisations: number; users: number }> {
  const organisations = await client.organisation.deleteMany({
    where: { isDemo: true, demoExpiresAt: { not: null, lte: now } },
  });
  const users = await client.user.deleteMany({
    where: { demoExpiresAt: { not: null, lte: now } },
  });
  return { organisations: organisations.count, users: users.count };
}

export const CLEANUP_EVERY_MS = 10 * 60_000;

/**
 * Runs the cleanup now and then every CLEANUP_EVERY_MS in this process; a failed run
 * is logged and the next one tries again. Several instances may each run it: deleting
 * what another already deleted changes nothing. Returns a function that stops it.
 */
export function scheduleDemoCleanup(everyMs: number = CLEANUP_EVERY_MS): () => void {
  const run = async () => {
    try {
      const deleted = await deleteExpiredDemoCopies();
      if (deleted.organisations > 0 || deleted.users > 0)
        logger.info("expired demo copies deleted", deleted);
    } catch (error) {
      logger.error("demo cleanup failed", { error });
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  // Never keeps the process alive on its own (a graceful shutdown just exits).
  timer.unref();
  return () => clearInterval(timer);
}
