import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { hashPassword } from "~/lib/password.server";
import { createUser, uniqueId } from "~/test/factories";
import {
  normaliseEmail,
  setOwnLocale,
  setOwnTheme,
  updateProfile,
  verifyCredentials,
} from "./auth.server";

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitively on the e-mail, and audits the sign-in", async () => {
    const email = `${uniqueId("user")}@example.test`;
    const user = await createUser({
      email,
      passwordHash: await hashPassword("correct horse battery"),
    });
    const requestId = uniqueId("req");
    expect(
      await verifyCredentials(`  ${email.toUpperCase()} `, "correct horse battery", requestId),
    ).toEqual({
      id: user.id,
    });
    const event = await db.auditEvent.findFirst({
      where: { requestId },
      select: { action: true, actorId: true },
    });
    expect(event).toEqual({ action: "sign_in", actorId: user.id });
  });

  it("refuses a wrong password and an unknown e-mail alike, and audits the failure", async () => {
    const email = `${uniqueId("user")}@example.test`;
    await createUser({ email, passwordHash: await hashPassword("correct horse battery") });
    const requestId = uniqueId("req");
    expect(await verifyCredentials(email, "wrong password!", requestId)).toBeNull();
    expect(await verifyCredentials(`nobody-${email}`, "wrong password!", requestId)).toBeNull();
    const events = await db.auditEvent.findMany({
      where: { requestId },
      select: { action: true, actorId: true },
    });
    expect(events).toEqual([
      { action: "sign_in_failed", actorId: null },
      { action: "sign_in_failed", actorId: null },
    ]);
  });

  it("normalises e-mails to one spelling", () => {
    expect(normaliseEmail("  Katrin.Weber@Example.DE ")).toBe("katrin.weber@example.de");
  });
});

describe("the own account", () => {
  async function eventsOf(requestId: string) {
    return db.auditEvent.findMany({
      where: { requestId },
      select: { orgId: true, entity: true, action: true, before: true, after: true },
    });
  }

  it("records a profile change and a language switch, with what they were before", async () => {
    const user = await createUser({ name: "Anna Berg" });
    const profile = uniqueId("req");
    await updateProfile({ userId: user.id, name: "Anna Weber", locale: "en", requestId: profile });
    expect(await eventsOf(profile)).toEqual([
      {
        orgId: null,
        entity: "user",
        action: "update_profile",
        before: { name: "Anna Berg", locale: null },
        after: { name: "Anna Weber", locale: "en" },
      },
    ]);
    const language = uniqueId("req");
    await setOwnLocale({ userId: user.id, locale: "de", requestId: language });
    expect((await eventsOf(language)).map((e) => [e.action, e.after])).toEqual([
      ["change_locale", { name: "Anna Weber", locale: "de" }],
    ]);
  });

  it("records a change of colour scheme, and only the scheme", async () => {
    const user = await createUser({ name: "Anna Berg" });
    const requestId = uniqueId("req");
    await setOwnTheme({ userId: user.id, theme: "dark", requestId });
    expect(await eventsOf(requestId)).toEqual([
      {
        orgId: null,
        entity: "user",
        action: "change_theme",
        before: { theme: "system" },
        after: { theme: "dark" },
      },
    ]);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.theme).toBe("dark");
    const again = uniqueId("req");
    await setOwnTheme({ userId: user.id, theme: "dark", requestId: again });
    expect(await eventsOf(again)).toEqual([]);
  });

  it("writes nothing when nothing changes", async () => {
    const user = await createUser({ name: "Anna Berg" });
    await setOwnLocale({ userId: user.id, locale: "en", requestId: "" });
    const requestId = uniqueId("req");
    await updateProfile({ userId: user.id, name: "Anna Berg", locale: "en", requestId });
    await setOwnLocale({ userId: user.id, locale: "en", requestId });
    expect(await eventsOf(requestId)).toEqual([]);
  });
});
