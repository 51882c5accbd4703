import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { env } from "./env.server";
import { logger } from "./logger.server";

// The way out of the outbox (app/modules/mail/worker.server.ts): SMTP through
// nodemailer when SMTP_URL is set; otherwise the mail stays readable in the outbox
// (the owner's outbox page) and goes to the log as one line.
// Nothing else sends mail: every mail is written to the outbox first.

export type OutgoingMail = {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** A notification's or digest's one-click link: the List-Unsubscribe header (RFC 2369). */
  unsubscribeUrl?: string | null;
};

/** Whether mails really leave (SMTP_URL and MAIL_FROM set), or are kept in the outbox. */
export function isSmtpConfigured(): boolean {
  return Boolean(env.SMTP_URL && env.MAIL_FROM);
}

/**
 * Sends through one SMTP server (nodemailer; one transporter per call of this
 * function). The worker's transport when SMTP_URL is set; the tests point it at a
 * local sink. Throws when the server refuses a mail or cannot be reached (the worker
 * retries).
 */
export function smtpSender(
  url: string,
  from: string,
  /** How long to wait for a silent server (tests shorten it). */
  timeouts: { connectMs: number; socketMs: number } = { connectMs: 30_000, socketMs: 60_000 },
): ((mail: OutgoingMail) => Promise<void>) & { close: () => void } {
  const transporter: Transporter = nodemailer.createTransport(
    {
      url,
      // One kept-open connection, reused mail after mail (the worker sends one at a
      // time): a new connection per mail costs ~100 ms, a reused one ~13 ms (decision 0018).
      pool: true,
      maxConnections: 1,
      // Fail a hanging server well within the worker's lease (decision 0015).
      connectionTimeout: timeouts.connectMs,
      greetingTimeout: timeouts.connectMs,
      socketTimeout: timeouts.socketMs,
    },
    { from },
  );
  const sendOne = async (mail: OutgoingMail) => {
    await transporter.sendMail({
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      // The same id on every attempt: a receiving server can tell a repeat.
      messageId: `<${mail.id}@fahrplan.outbox>`,
      ...(mail.unsubscribeUrl ? { list: { unsubscribe: mail.unsubscribeUrl } } : {}),
    });
  };
  return Object.assign(sendOne, { close: () => transporter.close() });
}

let send: ((mail: OutgoingMail) => Promise<void>) | undefined;

/** Sends one mail; throws when the server refuses it or cannot be reached (the worker retries). */
export async function deliverMail(mail: OutgoingMail): Promise<void> {
  if (env.SMTP_URL && env.MAIL_FROM) {
    send ??= smtpSender(env.SMTP_URL, env.MAIL_FROM);
    await send(mail);
    return;
  }
  logger.info("mail (no SMTP configured: kept in the outbox)", {
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
  });
}
