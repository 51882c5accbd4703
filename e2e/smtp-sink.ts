// The end-to-end run's mail server: a real SMTP server (the smtp-server package) that
// accepts every mail and writes it as one JSON line ({ time, to, subject, text, lang })
// to E2E_MAIL_OUTBOX, where e2e/mail.ts reads the links the tests follow. The e2e app
// server sends to it through SMTP_URL like a production server sends to its relay
// (playwright.config.ts starts both). Run: tsx e2e/smtp-sink.ts
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { SMTPServer } from "smtp-server";
import { parseMail } from "../app/test/mime";
import { E2E_MAIL_OUTBOX, E2E_SMTP_PORT } from "./env";

mkdirSync(dirname(E2E_MAIL_OUTBOX), { recursive: true });
// Each run starts with an empty mailbox.
writeFileSync(E2E_MAIL_OUTBOX, "");

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["AUTH", "STARTTLS"],
  // No DNS on the CI machines: a reverse lookup of 127.0.0.1 would stall every connection.
  disableReverseLookup: true,
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const mail = parseMail(Buffer.concat(chunks).toString("utf8"));
      for (const recipient of session.envelope.rcptTo) {
        const line = {
          time: new Date().toISOString(),
          to: recipient.address.toLowerCase(),
          subject: mail.subject,
          text: mail.text,
          lang: mail.htmlLang,
        };
        appendFileSync(E2E_MAIL_OUTBOX, JSON.stringify(line) + "\n");
      }
      callback();
    });
  },
});

server.listen(E2E_SMTP_PORT, "127.0.0.1", () => {
  console.log(`SMTP sink on 127.0.0.1:${E2E_SMTP_PORT}, writing to ${E2E_MAIL_OUTBOX}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
