import type { Prisma } from "~/lib/db.server";
import { db } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n";
import type { MailInput } from "./mails";
import { renderMail } from "./render.server";

// The transactional outbox: a mail is a row written in the same transaction as the
// change that causes it, so a rolled-back change sends nothing and a committed one
// cannot lose its mail. The worker (worker.server.ts) sends it afterwards.
// See docs/decisions/0015-mail-outbox.md.

/** Mails people get in bulk (notifications, weekly digests): they may wait. */
const BULK_KINDS: ReadonlySet<MailInput["kind"]> = new Set(["notification", "digest"]);

/**
 * The worker sends the longest-due mails first. An account's own mail (a sign-up link,
 * an invitation, a password reset) is written as due an hour ago, so it goes out before
 * a burst of digests queued minutes earlier instead of waiting behind all of them.
 */
export const ACCOUNT_MAIL_HEAD_START_MS = 60 * 60_000;

/**
 * Writes the mail, rendered in the recipient's language, into the outbox, inside the
 * caller's transaction. `orgId` names the organisation the mail is about (its owner
 * sees it on the outbox page); null for an account's own mails. Call
 * `mailQueued()` once the transaction has committed, so this process sends it at once.
 */
export async function enqueueMail(
  tx: Prisma.TransactionClient,
  mail: { to: string; locale: Locale; orgId?: string | null; input: MailInput },
): Promise<{ id: string }> {
  const rendered = renderMail(mail.input, mail.locale);
  return tx.outboxMail.create({
    data: {
      orgId: mail.orgId ?? null,
      kind: mail.input.kind,
      to: mail.to.trim().toLowerCase(),
      locale: mail.locale,
      unsubscribeUrl: "unsubscribe" in mail.input ? mail.input.unsubscribe : null,
      ...(BULK_KINDS.has(mail.input.kind)
        ? {}
        : { nextAttemptAt: new Date(Date.now() - ACCOUNT_MAIL_HEAD_START_MS) }),
      ...rendered,
    },
    select: { id: true },
  });
}

const listeners = new Set<() => void>();

/** Wakes this process's mail worker (if it runs here): a mail was just committed. */
export function mailQueued(): void {
  for (const listener of listeners) listener();
}

/** For the worker: called on every mailQueued(). Returns a function that unsubscribes. */
export function onMailQueued(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many of an organisation's mails the outbox page shows. */
export const OUTBOX_PAGE_SIZE = 100;

/** The organisation's mails, newest first (the owner's outbox page). Scoped by orgId. */
export function listOutboxMails({ orgId }: { orgId: string }) {
  return db.outboxMail.findMany({
    where: { orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_PAGE_SIZE,
    select: {
      id: true,
      to: true,
      subject: true,
      text: true,
      status: true,
      attempts: true,
      createdAt: true,
    },
  });
}
