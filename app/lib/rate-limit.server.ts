import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "./db.server";

// Counters live in the database (RateLimit table), so several app instances count
// together. Every guarded attempt is counted BEFORE its password is checked, with
// one atomic increment (rate-limiter-flexible's Prisma store upserts with
// `points: { increment }`: INSERT … ON CONFLICT DO UPDATE on both providers), so a
// burst of parallel requests cannot slip past a limit between a check and a count.
// A correct password gives its points back: only failures stay counted.
// See docs/decisions/0013-sign-in-throttles-and-sign-up-without-enumeration.md.

/** Failures one address may make against one account before that pair is refused. */
export const PAIR_FAILURES = 10;
/** Failures from one address, whatever the accounts (credential stuffing). */
export const IP_FAILURES = 50;
const SIGN_IN_WINDOW_SECONDS = 15 * 60;
/** Failures against one account from anywhere after which every attempt is slowed. */
export const ACCOUNT_SLOW_AFTER = 20;
const ACCOUNT_WINDOW_SECONDS = 60 * 60;
const MAX_DELAY_MS = 10_000;

function limiter(keyPrefix: string, points: number, duration: number) {
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix,
    points,
    duration,
  });
}

const byPair = limiter("signin-pair", PAIR_FAILURES, SIGN_IN_WINDOW_SECONDS);
const byIp = limiter("signin-ip", IP_FAILURES, SIGN_IN_WINDOW_SECONDS);
// Counts only: the account is slowed (accountDelayMs), never refused, so nobody can
// lock its owner out by failing on purpose from elsewhere.
const byAccount = limiter("signin-account", Number.MAX_SAFE_INTEGER, ACCOUNT_WINDOW_SECONDS);

export type RateLimitState = { limited: false } | { limited: true; retryAfterSeconds: number };

function retryAfter(res: RateLimiterRes | null): number {
  return Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000));
}

/**
 * Takes one point atomically; `limited` when it was one too many. The point is
 * counted either way (the key stays refused until its window ends).
 */
async function take(rateLimiter: RateLimiterPrisma, key: string): Promise<RateLimitState> {
  try {
    await rateLimiter.consume(key);
    return { limited: false };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { limited: true, retryAfterSeconds: retryAfter(rejection) };
    throw rejection;
  }
}

async function giveBack(rateLimiter: RateLimiterPrisma, key: string) {
  await rateLimiter.reward(key, 1).catch(() => undefined);
}

/**
 * How long an attempt on an account waits, given the failures already counted
 * against it this hour: nothing up to ACCOUNT_SLOW_AFTER, then half a second,
 * doubling every ten further failures, never more than ten seconds.
 */
export function accountDelayMs(failuresBefore: number): number {
  if (failuresBefore < ACCOUNT_SLOW_AFTER) return 0;
  const steps = Math.floor((failuresBefore - ACCOUNT_SLOW_AFTER) / 10);
  return Math.min(MAX_DELAY_MS, 500 * 2 ** steps);
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type Guarded<T> =
  | { outcome: "ok"; value: T }
  | { outcome: "failed" }
  | { outcome: "limited"; retryAfterSeconds: number };

/**
 * Runs `verify` (the password check) only when this account-and-address pair and
 * this address are below their limits, after the account's progressive delay.
 * `verify` returns null for a wrong password. The counts are taken before
 * `verify` runs and given back when it succeeds.
 */
export async function guardSignIn<T>(
  accountKey: string,
  ip: string,
  verify: () => Promise<T | null>,
  options: { sleep?: (ms: number) => Promise<void> } = {},
): Promise<Guarded<T>> {
  const pairKey = `${accountKey}|${ip}`;
  const [pair, address] = await Promise.all([take(byPair, pairKey), take(byIp, ip)]);
  if (pair.limited || address.limited) {
    // A refused attempt checks nothing, so it costs the other counter nothing.
    if (!pair.limited) await giveBack(byPair, pairKey);
    if (!address.limited) await giveBack(byIp, ip);
    const seconds = [pair, address].map((s) => (s.limited ? s.retryAfterSeconds : 0));
    return { outcome: "limited", retryAfterSeconds: Math.max(...seconds) };
  }
  const account = await byAccount.penalty(accountKey, 1);
  const delay = accountDelayMs(account.consumedPoints - 1);
  if (delay > 0) await (options.sleep ?? wait)(delay);

  const value = await verify();
  if (value === null) return { outcome: "failed" };
  await Promise.all([
    byPair.delete(pairKey).catch(() => undefined),
    giveBack(byIp, ip),
    giveBack(byAccount, accountKey),
  ]);
  return { outcome: "ok", value };
}

// The change-password form's current-password check: a stolen session must not
// become an unlimited oracle for the password (and a way to a new one).
export const CURRENT_PASSWORD_FAILURES = 10;
const currentPasswordByUser = limiter(
  "current-password-user",
  CURRENT_PASSWORD_FAILURES,
  SIGN_IN_WINDOW_SECONDS,
);

/** Like guardSignIn for a signed-in user's current password: per user, refunded on success. */
export async function guardCurrentPassword<T>(
  userId: string,
  verify: () => Promise<T | null>,
): Promise<Guarded<T>> {
  const state = await take(currentPasswordByUser, userId);
  if (state.limited) return { outcome: "limited", retryAfterSeconds: state.retryAfterSeconds };
  const value = await verify();
  if (value === null) return { outcome: "failed" };
  await giveBack(currentPasswordByUser, userId);
  return { outcome: "ok", value };
}

// Sign-ups per address: every attempt counts (a sign-up sends a mail and is the way
// to probe addresses), enough for a team behind one address.
export const SIGN_UPS_PER_HOUR = 20;
const signUpsByIp = limiter("signup-ip", SIGN_UPS_PER_HOUR, 60 * 60);

/** Counts one sign-up attempt against the address; limited past SIGN_UPS_PER_HOUR this hour. */
export function takeSignUp(ip: string): Promise<RateLimitState> {
  return take(signUpsByIp, ip);
}

// "Forgot password?": every request may send a mail. Counted per address typed in
// (known or not, so the limit tells nothing about accounts) and per client address.
export const RESETS_PER_EMAIL_PER_HOUR = 5;
export const RESETS_PER_IP_PER_HOUR = 20;
const resetsByEmail = limiter("reset-email", RESETS_PER_EMAIL_PER_HOUR, 60 * 60);
const resetsByIp = limiter("reset-ip", RESETS_PER_IP_PER_HOUR, 60 * 60);

/** Counts one reset request against the e-mail address and the client address. */
export async function takePasswordReset(email: string, ip: string): Promise<RateLimitState> {
  const states = await Promise.all([take(resetsByEmail, email), take(resetsByIp, ip)]);
  const seconds = states.map((s) => (s.limited ? s.retryAfterSeconds : 0));
  return states.some((s) => s.limited)
    ? { limited: true, retryAfterSeconds: Math.max(...seconds) }
    : { limited: false };
}

// Each "try the demo" makes a whole organisation (a few hundred rows): every copy
// counts, not only failures. Enough for a team sharing one address, too few to
// fill the database.
export const DEMO_COPIES_PER_HOUR = 20;
const demoCopiesByIp = limiter("demo-ip", DEMO_COPIES_PER_HOUR, 60 * 60);

/** Counts one demo copy against the address; limited once it made DEMO_COPIES_PER_HOUR this hour. */
export function takeDemoCopy(ip: string): Promise<RateLimitState> {
  return take(demoCopiesByIp, ip);
}

/** The client address, set by server.js from the socket or the trusted proxy chain. */
export function clientIp(request: Request): string {
  return request.headers.get("X-Fahrplan-Client-Ip")?.slice(0, 64) || "local";
}
