import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "~/lib/db.server";
import { env } from "~/lib/env.server";

// Per token: 100 requests in any 10-second window (API_RATE_LIMIT), that is 600 a minute
// with bursts of up to 100. Counted in the database (the RateLimit table, one atomic
// upsert a request), so several app instances share one budget per token.
export const API_POINTS = env.API_RATE_LIMIT;
export const API_WINDOW_SECONDS = 10;

const limiter = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "api-token",
  points: API_POINTS,
  duration: API_WINDOW_SECONDS,
});

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
