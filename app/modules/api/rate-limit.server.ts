import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDatabaseProvider } from "~/lib/db-url";
import { db } from "~/lib/db.server";
import { env } from "~/lib/env.server";

// Per token: 100 requests in any 10-second window (API_RATE_LIMIT), that is 600 a minute
// with bursts of up to 100. On PostgreSQL counted in the database (the RateLimit table,
// one atomic upsert a request), so several app instances share one budget per token; on
// SQLite, where one process serves everything, in that process's memory (no write per
// read: a write would queue behind every other write of the one database file).
export const API_POINTS = env.API_RATE_LIMIT;
export const API_WINDOW_SECONDS = 10;

const options = { keyPrefix: "api-token", points: API_POINTS, duration: API_WINDOW_SECONDS };
const limiter =
  getDatabaseProvider(env.DATABASE_URL) === "postgresql"
    ? new RateLimiterPrisma({ ...options, storeClient: db, tableName: "rateLimit" })
    : new RateLimiterMemory(options);

/** Takes one request of the token's budget; null when allowed, else how long to wait. */
export async function consumeApiPoint(
  tokenId: string,
): Promise<{ retryAfterSeconds: number } | null> {
  try {
    await limiter.consume(tokenId);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}
