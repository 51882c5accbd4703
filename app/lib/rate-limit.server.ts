import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "./db.server";

// Counters live in the database (RateLimit table), so several app instances
// count together. Only failures are counted: a user who signs in correctly is
// never slowed down by their own success.
const WINDOW_SECONDS = 15 * 60;

const byAccount = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "signin-account",
  points: 10,
  duration: WINDOW_SECONDS,
});

const byIp = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "signin-ip",
  points: 50,
  duration: WINDOW_SECONDS,
});

export type RateLimitState = { limited: false } | { limited: true; retryAfterSeconds: number };

function retryAfter(res: RateLimiterRes | null): number {
  return Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000));
}

/** Whether sign-in attempts for this account or from this address are currently blocked. */
export async function checkSignInLimit(accountKey: string, ip: string): Promise<RateLimitState> {
  const [account, address] = await Promise.all([byAccount.get(accountKey), byIp.get(ip)]);
  const blocked = [
    account && account.consumedPoints >= 10 ? account : null,
    address && address.consumedPoints >= 50 ? address : null,
  ].filter((r): r is RateLimiterRes => r !== null);
  if (blocked.length === 0) return { limited: false };
  return { limited: true, retryAfterSeconds: Math.max(...blocked.map(retryAfter)) };
}

/** Counts one failed attempt against both the account and the address. */
export async function recordSignInFailure(accountKey: string, ip: string): Promise<void> {
  await Promise.all([
    byAccount.penalty(accountKey, 1).catch(() => undefined),
    byIp.penalty(ip, 1).catch(() => undefined),
  ]);
}

// Each "try the demo" makes a whole organisation (a few hundred rows): every copy
// counts, not only failures. Enough for a team sharing one address, too few to
// fill the database.
export const DEMO_COPIES_PER_HOUR = 20;
const demoCopiesByIp = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "demo-ip",
  points: DEMO_COPIES_PER_HOUR,
  duration: 60 * 60,
});

/** Counts one demo copy against the address; limited once it made DEMO_COPIES_PER_HOUR this hour. */
export async function takeDemoCopy(ip: string): Promise<RateLimitState> {
  try {
    await demoCopiesByIp.consume(ip);
    return { limited: false };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { limited: true, retryAfterSeconds: retryAfter(rejection) };
    throw rejection;
  }
}

/** The client address, set by server.js from the socket or the trusted proxy chain. */
export function clientIp(request: Request): string {
  return request.headers.get("X-Fahrplan-Client-Ip")?.slice(0, 64) || "local";
}
