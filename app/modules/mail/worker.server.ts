import { db } from "~/lib/db.server";
import type { Db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { deliverMail, isSmtpConfigured } from "~/lib/mailer.server";
import type { OutgoingMail } from "~/lib/mailer.server";
import { claimDueOutboxRows } from "~/lib/outbox-claim.server";
import { startPollingWorker } from "~/lib/polling-worker.server";
import { onMailQueued } from "./outbox.server";
import { nextAttemptAfterFailure } from "./retry";

// The outbox's worker: started by server.js (entry.server.tsx startJobs) in every app
// instance. It claims due mails with a lease, sends them, and marks each sent, or
// schedules its retry, or gives it up after a day. See docs/decisions/0015-mail-outbox.md.

/** How long a claim holds a mail: far longer than one send may take (SMTP timeouts ≤ 60 s). */
export const LEASE_MS = 5 * 60_000;
/** Mails claimed at a time. */
export const BATCH_SIZE = 20;
/** How often each instance looks for due mails (mails queued in this process go at once). */
export const POLL_MS = 5_000;
/** Sent and failed mails are deleted this long after they were written. */
export const KEEP_MS = 30 * 24 * 60 * 60_000;

export type Transport = (mail: OutgoingMail) => Promise<void>;

/**
 * Claims up to `limit` due mails for one new claim id, each claim an attempt with a
 * lease of LEASE_MS (app/lib/outbox-claim.server.ts: both providers), and reads them.
 */
export async function claimDueMails(client: Db, now: Date, limit: number) {
  const claimId = await claimDueOutboxRows(client, "OutboxMail", { now, limit, leaseMs: LEASE_MS });
  const mails = await client.outboxMail.findMany({
    where: { claimId, status: "pending" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      to: true,
      subject: true,
      html: true,
      text: true,
      unsubscribeUrl: true,
      attempts: true,
      createdAt: true,
    },
  });
  return { claimId, mails };
}

export type OutboxRun = { claimed: number; sent: number; retried: number; failed: number };

/**
 * One pass: claims due mails and sends each through `transport`. A mail is marked
 * only under its own claim, so a worker whose lease ran out cannot overwrite another's
 * result. With SMTP, a sent or given-up mail's body is erased (its links may carry a
 * token); without, the body stays: the outbox page is then how it is read.
 */
export async function runOutboxOnce(
  options: {
    client?: Db;
    transport?: Transport;
    now?: () => Date;
    limit?: number;
    keepBody?: boolean;
  } = {},
): Promise<OutboxRun> {
  const client = options.client ?? db;
  const transport = options.transport ?? deliverMail;
  const now = options.now ?? (() => new Date());
  const keepBody = options.keepBody ?? !isSmtpConfigured();
  const erased = keepBody ? {} : { html: "", text: "", unsubscribeUrl: null };
  const { claimId, mails } = await claimDueMails(client, now(), options.limit ?? BATCH_SIZE);
  const run: OutboxRun = { claimed: mails.length, sent: 0, retried: 0, failed: 0 };
  for (const mail of mails) {
    const mine = { id: mail.id, claimId };
    try {
      await transport(mail);
      await client.outboxMail.updateMany({
        where: mine,
        data: { status: "sent", sentAt: now(), claimId: null, lastError: null, ...erased },
      });
      run.sent++;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const retryAt = nextAttemptAfterFailure(mail.createdAt, mail.attempts, now());
      if (retryAt) {
        await client.outboxMail.updateMany({
          where: mine,
          data: { nextAttemptAt: retryAt, claimId: null, lastError },
        });
        run.retried++;
      } else {
        await client.outboxMail.updateMany({
          where: mine,
          data: { status: "failed", claimId: null, lastError, ...erased },
        });
        run.failed++;
        logger.error("mail given up after a day of failures", { mailId: mail.id, lastError });
      }
    }
  }
  return run;
}

/** Deletes sent and failed mails written more than KEEP_MS ago. */
export async function pruneOutbox(client: Db = db, now: Date = new Date()): Promise<number> {
  const { count } = await client.outboxMail.deleteMany({
    where: {
      status: { in: ["sent", "failed"] },
      createdAt: { lt: new Date(now.getTime() - KEEP_MS) },
    },
  });
  return count;
}

/**
 * Runs the worker in this process: a pass now, every POLL_MS, and whenever a mail is
 * queued here; full batches are followed at once by the next. Passes never overlap in
 * one process; across processes the claims keep them apart. Returns a function that
 * stops it (a pass under way finishes; its mails are marked or their lease runs out).
 */
export function startMailWorker(pollMs: number = POLL_MS): () => void {
  return startPollingWorker({
    name: "mail",
    runOnce: runOutboxOnce,
    batchSize: BATCH_SIZE,
    prune: pruneOutbox,
    pollMs,
    onQueued: onMailQueued,
  });
}
