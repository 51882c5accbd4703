import { describe, expect, it } from "vitest";
import { hashToken } from "~/lib/crypto.server";
import { db } from "~/lib/db.server";
import { hashPassword } from "~/lib/password.server";
import {
  RESETS_PER_EMAIL_PER_HOUR,
  RESETS_PER_IP_PER_HOUR,
  takePasswordReset,
} from "~/lib/rate-limit.server";
import { createUser, uniqueId } from "~/test/factories";
import { verifyCredentials } from "./auth.server";
import {
  completePasswordReset,
  findPasswordReset,
  requestPasswordReset,
} from "./password-reset.server";

const ORIGIN = "http://fahrplan.test";

const ask = (email: string) =>
  requestPasswordReset({ email, locale: "de", origin: ORIGIN, requestId: uniqueId("req") });

async function mailsTo(email: string) {
  return db.outboxMail.findMany({
    where: { to: email },
    orderBy: { createdAt: "asc" },
    select: { kind: true, subject: true, text: true },
  });
}

const tokenIn = (text: string) => /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

async function newSession(userId: string) {
  await db.session.create({
    data: { id: uniqueId("s"), userId, expiresAt: new Date(Date.now() + 86_400_000) },
  });
}

describe("forgot password", () => {
  it("a known address gets a one-hour link, stored only as its hash; an unknown one gets nothing", async () => {
    const user = await createUser();
    await ask(` ${user.email.toUpperCase()} `);
    const [mail] = await mailsTo(user.email);
    expect(mail).toMatchObject({
      kind: "password_reset",
      subject: "Ihr Fahrplan-Passwort zurücksetzen",
    });
    const token = tokenIn(mail!.text);
    expect(mail!.text).toContain(`${ORIGIN}/reset-password/${token}`);
    const stored = await db.passwordReset.findMany({ where: { userId: user.id } });
    expect(stored.map((r) => r.id)).toEqual([hashToken(token)]);
    const minutes = (stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime()) / 60_000;
    expect(Math.round(minutes)).toBe(60);

    const unknown = `${uniqueId("niemand")}@example.test`;
    const resets = await db.passwordReset.count();
    await ask(unknown);
    expect(await mailsTo(unknown)).toEqual([]);
    expect(await db.passwordReset.count()).toBe(resets);
  });

  it("the link sets the password once, ends every session and mails that the password changed", async () => {
    const user = await createUser({ passwordHash: await hashPassword("das alte Passwort") });
    await newSession(user.id);
    await newSession(user.id);
    await ask(user.email);
    const token = tokenIn((await mailsTo(user.email))[0]!.text);
    expect(await findPasswordReset(token)).toEqual({
      userId: user.id,
      name: user.name,
      email: user.email,
    });

    const passwordHash = await hashPassword("ein ganz neues Passwort");
    const done = await completePasswordReset({
      token,
      passwordHash,
      origin: ORIGIN,
      requestId: "r",
    });
    expect(done).toEqual({ userId: user.id });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await verifyCredentials(user.email, "ein ganz neues Passwort", "r")).toEqual({
      id: user.id,
    });
    expect(await verifyCredentials(user.email, "das alte Passwort", "r")).toBeNull();
    const changed = (await mailsTo(user.email)).at(-1);
    expect(changed).toMatchObject({
      kind: "password_changed",
      subject: "Ihr Fahrplan-Passwort wurde geändert",
    });
    expect(changed!.text).toContain(`${ORIGIN}/sign-in`);

    // Once only.
    expect(await findPasswordReset(token)).toBeNull();
    expect(
      await completePasswordReset({ token, passwordHash, origin: ORIGIN, requestId: "r" }),
    ).toBeNull();
  });

  it("a newer link replaces the older one; an expired link does nothing", async () => {
    const user = await createUser();
    await ask(user.email);
    await ask(user.email);
    const [first, second] = (await mailsTo(user.email)).map((m) => tokenIn(m.text));
    expect(await findPasswordReset(first!)).toBeNull();
    expect(await findPasswordReset(second!)).not.toBeNull();

    await db.passwordReset.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const passwordHash = await hashPassword("ein ganz neues Passwort");
    expect(
      await completePasswordReset({ token: second!, passwordHash, origin: ORIGIN, requestId: "r" }),
    ).toBeNull();
  });

  it("is limited per address typed in, known or not, and per client address", async () => {
    const email = `${uniqueId("viel")}@example.test`;
    const ip = uniqueId("ip");
    for (let i = 0; i < RESETS_PER_EMAIL_PER_HOUR; i++) {
      expect((await takePasswordReset(email, ip)).limited).toBe(false);
    }
    expect((await takePasswordReset(email, ip)).limited).toBe(true);

    const busyIp = uniqueId("ip");
    const results = await Promise.all(
      Array.from({ length: RESETS_PER_IP_PER_HOUR + 5 }, (_, i) =>
        takePasswordReset(`${uniqueId(`p${i}`)}@example.test`, busyIp),
      ),
    );
    expect(results.filter((r) => !r.limited)).toHaveLength(RESETS_PER_IP_PER_HOUR);
  });
});
