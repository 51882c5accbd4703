import { describe, expect, it } from "vitest";
import { uniqueId } from "~/test/factories";
import {
  ACCOUNT_SLOW_AFTER,
  accountDelayMs,
  CURRENT_PASSWORD_FAILURES,
  guardCurrentPassword,
  guardSignIn,
  IP_FAILURES,
  PAIR_FAILURES,
  SIGN_UPS_PER_HOUR,
  takeSignUp,
} from "./rate-limit.server";

/** A password check that counts how often it ran; "right" is the only right password. */
function checker() {
  const calls = { count: 0 };
  const check = (password: string) => async () => {
    calls.count += 1;
    return password === "right" ? { id: "user" } : null;
  };
  return { calls, check };
}

const noSleep = async () => undefined;

describe("sign-in throttles (against the real RateLimit table)", () => {
  it("a burst of 20 parallel failures on one account and address checks at most the limit", async () => {
    const account = `${uniqueId("burst")}@example.test`;
    const ip = uniqueId("ip");
    const { calls, check } = checker();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        guardSignIn(account, ip, check("wrong"), { sleep: noSleep }),
      ),
    );
    expect(calls.count).toBe(PAIR_FAILURES);
    expect(results.filter((r) => r.outcome === "failed")).toHaveLength(PAIR_FAILURES);
    expect(results.filter((r) => r.outcome === "limited")).toHaveLength(20 - PAIR_FAILURES);
    // The right password from the same address is refused too, until the window ends.
    const locked = await guardSignIn(account, ip, check("right"), { sleep: noSleep });
    expect(locked).toMatchObject({ outcome: "limited" });
    expect(calls.count).toBe(PAIR_FAILURES);
  });

  it("a parallel burst across many accounts from one address checks at most the address limit", async () => {
    const ip = uniqueId("ip");
    const { calls, check } = checker();
    await Promise.all(
      Array.from({ length: IP_FAILURES + 15 }, (_, i) =>
        guardSignIn(`${uniqueId(`a${i}`)}@example.test`, ip, check("wrong"), { sleep: noSleep }),
      ),
    );
    expect(calls.count).toBe(IP_FAILURES);
  });

  it("an attacker's failures from other addresses do not stop the owner signing in from theirs", async () => {
    const account = `${uniqueId("owner")}@example.test`;
    const { calls, check } = checker();
    // Five attacking addresses, each until it is refused: 50 failures on the account.
    for (const attacker of [1, 2, 3, 4, 5].map((n) => uniqueId(`attacker${n}`))) {
      for (let i = 0; i <= PAIR_FAILURES; i++) {
        await guardSignIn(account, attacker, check("wrong"), { sleep: noSleep });
      }
    }
    expect(calls.count).toBe(5 * PAIR_FAILURES);
    const delays: number[] = [];
    const owner = await guardSignIn(account, uniqueId("owner-ip"), check("right"), {
      sleep: async (ms) => void delays.push(ms),
    });
    expect(owner).toEqual({ outcome: "ok", value: { id: "user" } });
    // Slowed, not locked: the account had 50 failures this hour.
    expect(delays).toEqual([accountDelayMs(5 * PAIR_FAILURES)]);
  });

  it("a correct password gives its counts back, so a user's successes never add up", async () => {
    const account = `${uniqueId("ok")}@example.test`;
    const ip = uniqueId("ip");
    const { calls, check } = checker();
    for (let i = 0; i < PAIR_FAILURES * 2; i++) {
      expect(await guardSignIn(account, ip, check("right"), { sleep: noSleep })).toMatchObject({
        outcome: "ok",
      });
    }
    // Nine failures, a success, nine more: the pair starts over after the success.
    for (let i = 0; i < PAIR_FAILURES - 1; i++) await guardSignIn(account, ip, check("wrong"));
    await guardSignIn(account, ip, check("right"));
    for (let i = 0; i < PAIR_FAILURES - 1; i++) await guardSignIn(account, ip, check("wrong"));
    expect(await guardSignIn(account, ip, check("right"))).toMatchObject({ outcome: "ok" });
    expect(calls.count).toBe(PAIR_FAILURES * 2 + 2 * PAIR_FAILURES);
  });
});

describe("accountDelayMs", () => {
  it("waits nothing below the ceiling, then doubles every ten failures up to ten seconds", () => {
    expect(accountDelayMs(0)).toBe(0);
    expect(accountDelayMs(ACCOUNT_SLOW_AFTER - 1)).toBe(0);
    expect(accountDelayMs(ACCOUNT_SLOW_AFTER)).toBe(500);
    expect(accountDelayMs(ACCOUNT_SLOW_AFTER + 10)).toBe(1000);
    expect(accountDelayMs(ACCOUNT_SLOW_AFTER + 30)).toBe(4000);
    expect(accountDelayMs(10_000)).toBe(10_000);
  });
});

describe("other throttles", () => {
  it("the current-password check: at most the limit per user, also in a burst", async () => {
    const userId = uniqueId("user");
    let checks = 0;
    const wrong = async () => {
      checks += 1;
      return null;
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => guardCurrentPassword(userId, wrong)),
    );
    expect(checks).toBe(CURRENT_PASSWORD_FAILURES);
    expect(results.filter((r) => r.outcome === "limited")).toHaveLength(
      20 - CURRENT_PASSWORD_FAILURES,
    );
    // Another user is not affected.
    expect(await guardCurrentPassword(uniqueId("user"), async () => true)).toMatchObject({
      outcome: "ok",
    });
  });

  it("sign-ups: every attempt counts against the address", async () => {
    const ip = uniqueId("ip");
    const results = await Promise.all(
      Array.from({ length: SIGN_UPS_PER_HOUR + 5 }, () => takeSignUp(ip)),
    );
    expect(results.filter((r) => !r.limited)).toHaveLength(SIGN_UPS_PER_HOUR);
    expect((await takeSignUp(uniqueId("ip"))).limited).toBe(false);
  });
});
