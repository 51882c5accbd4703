// What happens to mail when the SMTP server is away (issue 17): the production
// server sends through a real SMTP server started here (the smtp-server package as
// a local sink). The sink goes away, people ask for password resets, the sink comes
// back after OUTAGE_S (default 300 s, the five minutes), and the script
// waits until every mail has arrived. Prints a timeline and checks that each mail
// arrived exactly once and none was lost.
//
//   npx tsx scripts/mail-outage.ts                 # 5-minute outage
//   OUTAGE_S=60 npx tsx scripts/mail-outage.ts      # a short trial
//
// A fresh SQLite file in a temp folder (migrate deploy + demo data); BUILD_DIR
// (default build/) is served, built once if missing. Exit code 0 when every mail
// arrived once after the sink came back.
import path from "node:path";
import Database from "better-sqlite3";
import { SMTPServer } from "smtp-server";
import { DEMO_USERS } from "../app/modules/demo/people";
import {
  ago,
  ensureBuild,
  freePort,
  makeTempDir,
  run,
  runCheck,
  sleep,
  startServer,
  stopProcess,
  waitForOk,
} from "./ops-lib";

const OUTAGE_S = Math.max(10, Number(process.env.OUTAGE_S ?? 300));
/** The worker retries after 30 s, doubling up to an hour (app/modules/mail/retry.ts). */
const DEADLINE_MS = (OUTAGE_S + 20 * 60) * 1000;

runCheck("mail-outage", DEADLINE_MS, main);

type Arrival = { to: string; atMs: number };

async function main(): Promise<boolean> {
  const startedAt = performance.now();
  const tmp = makeTempDir("fahrplan-mail-");
  const dbFile = path.join(tmp, "mail.db");
  const databaseUrl = `file:${dbFile}`;
  console.log(`\n== Fahrplan mail while the SMTP server is away for ${OUTAGE_S} s ==`);
  run("npx", ["tsx", "prisma/reset.ts"], { ...process.env, DATABASE_URL: databaseUrl });
  const buildDir = ensureBuild();

  // The sink: one SMTP server object, listening or not.
  const arrivals: Arrival[] = [];
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        for (const r of session.envelope.rcptTo) {
          arrivals.push({ to: r.address, atMs: performance.now() - startedAt });
        }
        callback();
      });
    },
  });
  const smtpPort = await freePort();
  const listen = () => new Promise<void>((resolve) => sink.listen(smtpPort, "127.0.0.1", resolve));
  const close = () => new Promise<void>((resolve) => sink.close(() => resolve()));

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = startServer("server", {
    port,
    buildDir,
    databaseUrl,
    logFile: path.join(tmp, "server.log"),
    env: {
      APP_ORIGIN: origin,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Fahrplan <fahrplan@example.test>",
    },
  });
  await waitForOk(`${origin}/readyz`, 60_000, server);
  const t = () => ago(startedAt);
  console.log(`[${t()}] server on ${origin}, SMTP sink on port ${smtpPort}: away from the start`);

  // Five people forget their password while the SMTP server is away.
  const outageStart = performance.now() - startedAt;
  const recipients = DEMO_USERS.map((u) => u.email.toLowerCase());
  for (const email of recipients) {
    const response = await fetch(`${origin}/forgot-password`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email }).toString(),
    });
    await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`forgot-password answered ${response.status}`);
  }
  console.log(`[${t()}] ${recipients.length} password resets asked for (each answered)`);

  const outbox = new Database(dbFile, { readonly: true });
  const pending = () =>
    outbox
      .prepare(
        `SELECT COUNT(*) AS n, MAX("attempts") AS attempts FROM "OutboxMail" WHERE "status" = 'pending'`,
      )
      .get() as { n: number; attempts: number | null };

  while (performance.now() - startedAt < outageStart + OUTAGE_S * 1000) {
    await sleep(5000);
  }
  const during = pending();
  await listen();
  const back = performance.now() - startedAt;
  console.log(
    `[${t()}] SMTP server back; ${during.n} mails waiting in the outbox, ${during.attempts ?? 0} failed attempts each at most`,
  );

  while (arrivals.length < recipients.length && performance.now() - startedAt < DEADLINE_MS) {
    await sleep(1000);
  }
  await sleep(10_000); // a repeat would arrive within the worker's next passes
  await stopProcess(server, 10_000);
  await close();
  const after = pending();
  outbox.close();

  const received = arrivals.map((a) => a.to).sort();
  const each = recipients.every((r) => received.filter((x) => x === r).length === 1);
  const first = Math.min(...arrivals.map((a) => a.atMs));
  const last = Math.max(...arrivals.map((a) => a.atMs));
  console.log("\n== Timeline (s since the start) ==");
  console.log(
    `  SMTP server away                 ${(outageStart / 1000).toFixed(1)} → ${(back / 1000).toFixed(1)} s`,
  );
  console.log(`  mails asked for while away       ${recipients.length} (all answered at once)`);
  console.log(
    `  first mail arrived               ${(first / 1000).toFixed(1)} s (${((first - back) / 1000).toFixed(1)} s after the server was back)`,
  );
  console.log(
    `  last mail arrived                ${(last / 1000).toFixed(1)} s (${((last - back) / 1000).toFixed(1)} s after)`,
  );
  console.log(
    `  arrived                          ${arrivals.length} of ${recipients.length}, each once: ${each}`,
  );
  console.log(`  left in the outbox               ${after.n}`);
  const ok = each && arrivals.length === recipients.length && after.n === 0;
  console.log(`\n  RESULT: ${ok ? "PASS" : "FAIL"}`);
  return ok;
}
