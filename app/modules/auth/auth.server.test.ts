import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { hashPassword } from "~/lib/password.server";
import { createUser, uniqueId } from "~/test/factories";
import { normaliseEmail, verifyCredentials } from "./auth.server";

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
