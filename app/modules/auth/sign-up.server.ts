import { createToken, hashToken } from "~/lib/crypto.server";
import { db } from "~/lib/db.server";
import { isUniqueViolation } from "~/lib/db-errors";
import { isLocale } from "~/lib/i18n";
import type { Locale } from "~/lib/i18n";
import { hashPassword } from "~/lib/password.server";
import { recordAudit } from "../audit/audit.server";
import { enqueueMail, mailQueued } from "../mail/outbox.server";
import { insertAccount, normaliseEmail } from "./auth.server";

// Signing up never tells whether an address is registered: both cases get the same
// answer ("check your inbox") and a mail; only the mailbox's owner learns which it
// was. The account is made when the link in the mail is opened.
// See docs/decisions/0013-sign-in-throttles-and-sign-up-without-enumeration.md.

/** How long a sign-up link works. */
export const SIGN_UP_LINK_HOURS = 24;

/**
 * Takes a sign-up: for a new address, keeps the details and mails a link that
 * creates the account; for a registered one, mails its owner instead. Both take
 * one password hash, one mail and one audit event (one transaction, the mail in the
 * outbox), so they also take as long.
 */
export async function requestSignUp(input: {
  name: string;
  email: string;
  password: string;
  locale: Locale;
  redirectTo: string | null;
  origin: string;
  requestId: string;
}): Promise<void> {
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  // Expired sign-ups are forgotten here, on the way: no job of their own.
  await db.signUpRequest.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email },
      select: { name: true, locale: true },
    });
    await recordAudit(tx, {
      orgId: null,
      actorId: null,
      entity: "user",
      action: "sign_up_requested",
      requestId: input.requestId,
    });
    if (existing) {
      await enqueueMail(tx, {
        to: email,
        locale: isLocale(existing.locale) ? existing.locale : input.locale,
        input: { kind: "sign_up_existing", name: existing.name, link: `${input.origin}/sign-in` },
      });
      return;
    }
    const token = createToken();
    await tx.signUpRequest.create({
      data: {
        id: hashToken(token),
        email,
        name: input.name,
        passwordHash,
        locale: input.locale,
        redirectTo: input.redirectTo,
        expiresAt: new Date(Date.now() + SIGN_UP_LINK_HOURS * 60 * 60 * 1000),
      },
    });
    await enqueueMail(tx, {
      to: email,
      locale: input.locale,
      input: {
        kind: "sign_up",
        name: input.name,
        link: `${input.origin}/sign-up/${token}`,
        hours: SIGN_UP_LINK_HOURS,
      },
    });
  });
  mailQueued();
}

/**
 * Opens a sign-up link: creates the account from the kept details and forgets every
 * open sign-up for that address. Null when the link is unknown, used or expired, or
 * the address was registered meanwhile.
 */
export async function confirmSignUp(
  token: string,
  requestId: string,
): Promise<{ userId: string; redirectTo: string | null } | null> {
  try {
    return await db.$transaction(async (tx) => {
      const request = await tx.signUpRequest.findFirst({
        where: { id: hashToken(token), expiresAt: { gt: new Date() } },
      });
      if (!request) return null;
      // Only one of two parallel openings deletes the row; the other creates nothing.
      const claimed = await tx.signUpRequest.deleteMany({ where: { id: request.id } });
      if (claimed.count !== 1) return null;
      await tx.signUpRequest.deleteMany({ where: { email: request.email } });
      const user = await insertAccount(tx, {
        name: request.name,
        email: request.email,
        passwordHash: request.passwordHash,
        locale: isLocale(request.locale) ? request.locale : "de",
        requestId,
      });
      return { userId: user.id, redirectTo: request.redirectTo };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
