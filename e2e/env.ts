// Where the end-to-end run's server listens and which database it uses; shared
// by playwright.config.ts and the factories that write test data.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);

/** PostgreSQL when DATABASE_URL names one (scripts/with-postgres.sh); else a throwaway SQLite file per port. */
export function e2eDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return url;
  return `file:./data/e2e-${E2E_PORT}.db`;
}

/** Where the e2e run's SMTP sink (e2e/smtp-sink.ts) writes what it received: one JSON object a line. */
export const E2E_MAIL_OUTBOX = `data/e2e-${E2E_PORT}-mail.jsonl`;

/** The port of that sink, the e2e server's SMTP_URL. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? E2E_PORT + 1000);
