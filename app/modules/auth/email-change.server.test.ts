import { describe, expect, it } from "vitest";
import { hashToken } from "~/lib/crypto.server";
import { db } from "~/lib/db.server";
import { hashPassword } from "~/lib/password.server";
import { createUser, uniqueId } from "~/test/factories";
import { confirmEmailChange, requestEmailChange } from "./email-change.server";

const ORIGIN = "http://fahrplan.test";
const PASSWORD = "ein eigenes Passwort";

const ask = (userId: string, newEmail: string, password = PASSWORD) =>
  requestEmailChange({
    userId,
    newEmail,
    password,
    locale: "de",
    origin: ORIGIN,
    requestId: uniqueId("req"),
  });

const confirm = (token: string) =>
  confirmEmailChange({ token, origin: ORIGIN, requestId: uniqueId("req") });

const mailsTo = (email: string) =>
  db.outboxMail.findMany({
    where: { to: email },
    orderBy: { createdAt: "asc" },
    select: { kind: true, subject: true, text: true },
  });

const tokenIn = (text: string) => /\/confirm-email\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

describe("changing the e-mail address", () => {
  it("needs the password, then a link to the new address; only opening it changes the account", async () => {
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const newEmail = `${uniqueId("neu")}@example.test`;
    expect(await ask(user.id, newEmail, "falsch falsch falsch")).toBe(false);
    expect(await mailsTo(newEmail)).toEqual([]);

    expect(await ask(user.id, ` ${newEmail.toUpperCase()} `)).toBe(true);
    const [mail] = await mailsTo(newEmail);
    expect(mail).toMatchObject({
      kind: "email_change",
      subject: "Ihre neue Adresse für Fahrplan bestätigen",
    });
    const token = tokenIn(mail!.text);
    expect(
      await db.emailChange.findMany({ where: { userId: user.id }, select: { id: true } }),
    ).toEqual([{ id: hashToken(token) }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    expect(await confirm(token)).toEqual({ userId: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
    const [notice] = await mailsTo(user.email);
    expect(notice).toMatchObject({ kind: "email_changed" });
    expect(notice!.text).toContain(newEmail);
    // Once only.
    expect(await confirm(token)).toBeNull();
  });

  it("an address of another account gets no mail, and the answer is the same", async () => {
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const other = await createUser();
    expect(await ask(user.id, other.email)).toBe(true);
    expect(await mailsTo(other.email)).toEqual([]);
    expect(await db.emailChange.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a link is refused when the address was taken meanwhile or the link expired", async () => {
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const wanted = `${uniqueId("begehrt")}@example.test`;
    await ask(user.id, wanted);
    const token = tokenIn((await mailsTo(wanted))[0]!.text);
    await createUser({ email: wanted });
    expect(await confirm(token)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    const later = `${uniqueId("spaet")}@example.test`;
    await ask(user.id, later);
    await db.emailChange.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await confirm(tokenIn((await mailsTo(later))[0]!.text))).toBeNull();
  });
});
