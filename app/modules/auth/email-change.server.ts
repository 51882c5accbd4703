import { createToken, hashToken } from "~/lib/crypto.server";
import { db } from "~/lib/db.server";
import { isUniqueViolation } from "~/lib/db-errors";
import { verifyPassword } from "~/lib/password.server";
import { recordAudit } from "../audit/audit.server";
import { enqueueMail, mailQueued } from "../mail/outbox.server";
import { normaliseEmail } from "./auth.server";

// Changing one's e-mail address: the account page asks for the new address and the
// password; the new address gets a link, and only opening it changes the account (so
// nobody can move an account onto an address they cannot read). The old address is told
// afterwards. See docs/decisions/0015-mail-outbox.md.

/** How long a confirmation link works. */
export const EMAIL_CHANGE_HOURS = 24;

/**
 * Checks the password, then mails a confirmation link to the new address. False when
 * the password is wrong. An address that belongs to another account gets no mail, and
 * the caller answers the same as when it was sent: the form tells nothing about
 * other people's addresses. A newer request replaces the user's earlier ones.
 */
export async function requestEmailChange(input: {
  userId: string;
  newEmail: string;
  password: string;
  locale: "de" | "en";
  origin: string;
  requestId: string;
}): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { name: true, locale: true, passwordHash: true },
  });
  if (!user || !(await verifyPassword(user.passwordHash, input.password))) return false;
  const newEmail = normaliseEmail(input.newEmail);
  await db.emailChange.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      orgId: null,
      actorId: input.userId,
      entity: "user",
      entityId: input.userId,
      action: "email_change_requested",
      requestId: input.requestId,
    });
    const taken = await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } });
    if (taken) return;
    await tx.emailChange.deleteMany({ where: { userId: input.userId } });
    const token = createToken();
    await tx.emailChange.create({
      data: {
        id: hashToken(token),
        userId: input.userId,
        newEmail,
        expiresAt: new Date(Date.now() + EMAIL_CHANGE_HOURS * 60 * 60_000),
      },
    });
    await enqueueMail(tx, {
      to: newEmail,
      locale: user.locale ?? input.locale,
      input: {
        kind: "email_change",
        name: user.name,
        link: `${input.origin}/confirm-email/${token}`,
        hours: EMAIL_CHANGE_HOURS,
      },
    });
  });
  mailQueued();
  return true;
}

/**
 * Opens a confirmation link: the account takes the new address, every open request of
 * the account is forgotten, and the old address is told by mail. Null when the link is
 * unknown, used or expired, or the address was taken meanwhile.
 */
export async function confirmEmailChange(input: {
  token: string;
  origin: string;
  requestId: string;
}): Promise<{ userId: string } | null> {
  try {
    const result = await db.$transaction(async (tx) => {
      const change = await tx.emailChange.findFirst({
        where: { id: hashToken(input.token), expiresAt: { gt: new Date() } },
        select: {
          id: true,
          newEmail: true,
          user: { select: { id: true, name: true, email: true, locale: true } },
        },
      });
      if (!change) return null;
      const claimed = await tx.emailChange.deleteMany({ where: { id: change.id } });
      if (claimed.count !== 1) return null;
      const { user } = change;
      await tx.emailChange.deleteMany({ where: { userId: user.id } });
      await tx.user.update({ where: { id: user.id }, data: { email: change.newEmail } });
      await recordAudit(tx, {
        orgId: null,
        actorId: user.id,
        entity: "user",
        entityId: user.id,
        action: "change_email",
        before: { email: user.email },
        after: { email: change.newEmail },
        requestId: input.requestId,
      });
      await enqueueMail(tx, {
        to: user.email,
        locale: user.locale ?? "de",
        input: {
          kind: "email_changed",
          name: user.name,
          email: change.newEmail,
          link: `${input.origin}/sign-in`,
        },
      });
      return { userId: user.id };
    });
    if (result) mailQueued();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}
