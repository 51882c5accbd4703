import { db } from "~/lib/db.server";
import { getDummyHash, verifyPassword } from "~/lib/password.server";
import { recordAudit } from "../audit/audit.server";

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

/**
 * Checks an e-mail and password. Unknown e-mails cost the same hash check as
 * known ones, and both failures look alike to the caller's user.
 * Records sign-in success or failure in the audit trail.
 */
export async function verifyCredentials(
  emailInput: string,
  password: string,
  requestId: string,
): Promise<{ id: string } | null> {
  const email = normaliseEmail(emailInput);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  const ok = Boolean(user && isValid);
  await recordAudit(db, {
    orgId: null,
    actorId: ok && user ? user.id : null,
    entity: "session",
    action: ok ? "sign_in" : "sign_in_failed",
    // The e-mail of a failed attempt helps spot credential stuffing.
    after: ok ? undefined : { email: email.slice(0, 254) },
    requestId,
  });
  return ok && user ? { id: user.id } : null;
}

/** The organisation a user lands on after sign-in: the first one they joined. */
export async function getDefaultOrgSlug(userId: string): Promise<string | null> {
  const membership = await db.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { organisation: { select: { slug: true } } },
  });
  return membership?.organisation.slug ?? null;
}
