import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { hashPassword } from "~/lib/password.server";
import { createUser, uniqueId } from "~/test/factories";
import { verifyCredentials } from "./auth.server";
import { confirmSignUp, requestSignUp } from "./sign-up.server";

/** The mails queued for the address (the outbox), oldest first. */
function mailsTo(email: string) {
  return db.outboxMail.findMany({
    where: { to: email },
    orderBy: { createdAt: "asc" },
    select: { subject: true, text: true },
  });
}

const tokenIn = (text: string) => /\/sign-up\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

const request = (email: string, name = "Neue Person") =>
  requestSignUp({
    name,
    email,
    password: "lange genug und eigen",
    locale: "de",
    redirectTo: null,
    origin: "http://fahrplan.test",
    requestId: uniqueId("req"),
  });

describe("sign-up without enumeration", () => {
  it("a new address gets a link; the account exists only once it is opened, and only once", async () => {
    const email = `${uniqueId("neu")}@example.test`;
    await request(` ${email.toUpperCase()} `);
    expect(await db.user.count({ where: { email } })).toBe(0);
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toBe("Ihr Fahrplan-Konto fertig anlegen");
    const token = tokenIn(mail!.text);

    const confirmed = await confirmSignUp(token, uniqueId("req"));
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect(confirmed).toEqual({ userId: user.id, redirectTo: null });
    expect(await verifyCredentials(email, "lange genug und eigen", uniqueId("req"))).toEqual(user);
    // Used once: the second opening creates nothing.
    expect(await confirmSignUp(token, uniqueId("req"))).toBeNull();
    expect(await db.signUpRequest.count({ where: { email } })).toBe(0);
  });

  it("a registered address gets the same treatment from outside: a mail to its owner, nothing else", async () => {
    const owner = await createUser({ passwordHash: await hashPassword("das alte Passwort") });
    const requests = await db.signUpRequest.count();
    const users = await db.user.count();
    await request(owner.email, "Jemand Anderes");
    expect(await db.signUpRequest.count()).toBe(requests);
    expect(await db.user.count()).toBe(users);
    const [mail] = await mailsTo(owner.email);
    expect(mail?.subject).toBe("Registrierung mit Ihrer Adresse bei Fahrplan");
    expect(mail?.text).toContain("http://fahrplan.test/sign-in");
    expect(tokenIn(mail!.text)).toBe("");
    // The owner's account is untouched.
    expect(await verifyCredentials(owner.email, "das alte Passwort", uniqueId("req"))).toEqual({
      id: owner.id,
    });
  });

  it("an expired link, a link for an address registered meanwhile, and a made-up token create nothing", async () => {
    const late = `${uniqueId("spaet")}@example.test`;
    await request(late);
    await db.signUpRequest.updateMany({
      where: { email: late },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      await confirmSignUp(tokenIn((await mailsTo(late))[0]!.text), uniqueId("req")),
    ).toBeNull();

    const raced = `${uniqueId("doppelt")}@example.test`;
    await request(raced);
    await createUser({ email: raced });
    expect(
      await confirmSignUp(tokenIn((await mailsTo(raced))[0]!.text), uniqueId("req")),
    ).toBeNull();

    expect(await confirmSignUp("A".repeat(43), uniqueId("req"))).toBeNull();
    expect(await db.user.count({ where: { email: late } })).toBe(0);
  });
});
