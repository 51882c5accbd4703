import { createToken, hashToken } from "~/lib/crypto.server";
import { db } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n";
import { recordAudit } from "../audit/audit.server";
import { enqueueMail, mailQueued } from "../mail/outbox.server";
import { normaliseEmail } from "./auth.server";

// "Forgot password?": a link by mail that sets a new password. The request answers
// the same whether or not the address has an account; the link works once, for an
// hour, and only its token's hash is stored. Setting the password ends every session
// of the account and tells its owner by mail. See docs/decisions/0015-mail-outbox.md.

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 60;

/**
 * Mails a reset link when the address belongs to an account (not a demo copy's person,
 * who has no password); an unknown address gets nothing, and the caller shows the same
 * answer either way. A new link replaces the account's earlier ones.
 */
export async function requestPasswordReset(input: {
  email: string;
  locale: Locale;
  origin: string;
  requestId: string;
}): Promise<void> {
  const email = normaliseEmail(input.email);
  // Expired links are forgotten here, on the way: no job of their own.
  await db.passwordReset.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, locale: true, demoExpiresAt: true },
  });
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      orgId: null,
      actorId: null,
      entity: "user",
      entityId: user && !user.demoExpiresAt ? user.id : null,
      action: "password_reset_requested",
      requestId: input.requestId,
    });
    if (!user || user.demoExpiresAt) return;
    const token = createToken();
    await tx.passwordReset.deleteMany({ where: { userId: user.id } });
    await tx.passwordReset.create({
      data: {
        id: hashToken(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60_000),
      },
    });
    await enqueueMail(tx, {
      to: email,
      locale: user.locale ?? input.locale,
      input: {
        kind: "password_reset",
        name: user.name,
        link: `${input.origin}/reset-password/${token}`,
        minutes: RESET_LINK_MINUTES,
      },
    });
  });
  mailQueued();
}

/** The account a reset link is for, while it works (for the form and its password rules). */
export async function findPasswordReset(
  token: string,
): Promise<{ userId: string; name: string; email: string } | null> {
  const reset = await db.passwordReset.findFirst({
    where: { id: hashToken(token), expiresAt: { gt: new Date() } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return reset ? { userId: reset.user.id, name: reset.user.name, email: reset.user.email } : null;
}

/**
 * Uses a reset link: sets the new password (already hashed by the caller), ends every
 * session of the account, forgets all its reset links and queues the "password changed"
 * mail, in one transaction. Null when the link is unknown, used or expired (of two
 * parallel uses, one wins).
 */
export async function completePasswordReset(input: {
  token: string;
  passwordHash: string;
  origin: string;
  requestId: string;
}): Promise<{ userId: string } | null> {
  const result = await db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findFirst({
      where: { id: hashToken(input.token), expiresAt: { gt: new Date() } },
      select: { id: true, user: { select: { id: true, name: true, email: true, locale: true } } },
    });
    if (!reset) return null;
    const claimed = await tx.passwordReset.deleteMany({ where: { id: reset.id } });
    if (claimed.count !== 1) return null;
    const { user } = reset;
    await tx.passwordReset.deleteMany({ where: { userId: user.id } });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: input.passwordHash } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      orgId: null,
      actorId: user.id,
      entity: "user",
      entityId: user.id,
      action: "password_reset",
      requestId: input.requestId,
    });
    await enqueueMail(tx, {
      to: user.email,
      locale: user.locale ?? "de",
      input: { kind: "password_changed", name: user.name, link: `${input.origin}/sign-in` },
    });
    return { userId: user.id };
  });
  if (result) mailQueued();
  return result;
}
