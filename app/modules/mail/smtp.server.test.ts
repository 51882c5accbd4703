import { createServer } from "node:net";
import type { AddressInfo, Socket } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { smtpSender } from "~/lib/mailer.server";
import {
  addMember,
  createOrgWithMember,
  createOrgWithRoadmap,
  createUser,
  uniqueId,
} from "~/test/factories";
import { parseMail as parse } from "~/test/mime";
import { requestPasswordReset } from "../auth/password-reset.server";
import { isoToUtcDate } from "../calendar/dates";
import { createInvitation } from "../members/members.server";
import { runDigestSweep } from "../notifications/digest.server";
import { enqueueMail } from "./outbox.server";
import { runOutboxOnce } from "./worker.server";

// The outbox's worker against a real SMTP server started here (the smtp-server package
// as a local sink, on a free loopback port): invitation, password reset and digest
// arrive with the right recipient, language and link; a server that refuses (451)
// leaves the mail queued, and it goes out once the server accepts again. Sending goes
// through the same nodemailer transport as production (smtpSender). Also measures the
// worker's throughput to the sink (logged, not asserted).

type Received = { from: string; to: string[]; raw: string };

const ORIGIN = "https://fahrplan.example.de";
const received: Received[] = [];
const sink = { refuse: false };
let server: SMTPServer;
let send: ReturnType<typeof smtpSender>;

beforeAll(async () => {
  // Pending mails of earlier test files in this worker's database are not this test's.
  await db.outboxMail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    // No DNS on this machine: a reverse lookup of 127.0.0.1 would stall every connection.
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (sink.refuse) {
          const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
          return callback(error);
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  send = smtpSender(`smtp://127.0.0.1:${port}`, "Fahrplan <fahrplan@example.de>");
});

afterAll(async () => {
  send.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Drains the outbox through the sink (as many passes as it takes). */
async function drain(now?: () => Date) {
  let total = { sent: 0, retried: 0 };
  for (;;) {
    const run = await runOutboxOnce({ transport: send, limit: 50, keepBody: false, now });
    total = { sent: total.sent + run.sent, retried: total.retried + run.retried };
    if (run.claimed < 50) return total;
  }
}

const arrivedFor = (address: string) =>
  received
    .filter((mail) => mail.to.includes(address.toLowerCase()))
    .map((mail) => ({ ...parse(mail.raw), envelope: mail.to }));

describe("mail through a real SMTP server", () => {
  it("an invitation (German), a password reset (English) and a digest arrive with recipient, language and link", async () => {
    const { actor } = await createOrgWithMember("owner", "Müller & Söhne");
    const invitee = `${uniqueId("eingeladen")}@example.test`;
    const invitation = await createInvitation({
      ...actor,
      email: invitee,
      role: "member",
      origin: ORIGIN,
    });
    const resetUser = await createUser({ name: "Kai Reset" });
    await db.user.update({ where: { id: resetUser.id }, data: { locale: "en" } });
    await requestPasswordReset({
      email: resetUser.email,
      locale: "de",
      origin: ORIGIN,
      requestId: "smtp-test",
    });

    const withRoadmap = await createOrgWithRoadmap();
    const reader = await addMember(withRoadmap.org.id, "member", "Dora Digest");
    const task = await db.task.findFirstOrThrow({
      where: { orgId: withRoadmap.org.id },
      select: { id: true, title: true },
    });
    await db.task.update({
      where: { id: task.id },
      data: { ownerId: reader.id, dueDate: isoToUtcDate("2026-12-09") },
    });
    await runDigestSweep({
      orgIds: [withRoadmap.org.id],
      now: new Date("2026-12-07T06:30:00.000Z"),
    });

    await drain();

    const [invite] = arrivedFor(invitee);
    expect(invite).toBeDefined();
    expect(invite!.envelope).toEqual([invitee]);
    expect(invite!.subject).toBe("Einladung zu Müller & Söhne bei Fahrplan");
    expect(invite!.htmlLang).toBe("de");
    expect(invite!.text).toContain(`Einladung annehmen:\n${invitation.link}`);
    expect(invite!.text).toContain("Gesendet von Fahrplan für Müller & Söhne.");

    const [reset] = arrivedFor(resetUser.email);
    expect(reset!.subject).toBe("Reset your Fahrplan password");
    expect(reset!.htmlLang).toBe("en");
    expect(reset!.text).toMatch(
      new RegExp(`Set a new password:\\n${ORIGIN}/reset-password/[A-Za-z0-9_-]{43}\\n`),
    );

    const [digest] = arrivedFor(reader.email);
    expect(digest!.subject).toBe(`Ihre Woche in ${withRoadmap.org.name} (KW 50)`);
    expect(digest!.htmlLang).toBe("de");
    expect(digest!.text).toContain(`Diese Woche fällig\n- ${task.title} (fällig am 9. Dez. 2026)`);
    expect(digest!.text).toMatch(
      new RegExp(`/o/${withRoadmap.org.slug}/roadmaps/\\S+/tasks/${task.id}`),
    );
    expect(digest!.text).toMatch(
      /Wochenübersicht abbestellen \(ein Klick\): http\S+\/unsubscribe\/\S+/,
    );
    expect(digest!.messageId).toMatch(/^<\w+@fahrplan\.outbox>$/);
    // Mail programs offer "unsubscribe" from the header; account mails have none.
    expect(digest!.listUnsubscribe).toMatch(/^<http\S+\/unsubscribe\/[\w-]+\.[\w-]{43}>$/);
    expect(invite!.listUnsubscribe).toBe("");
  });

  it("a name with a line break starts no header and adds no recipient", async () => {
    const { org, user } = await createOrgWithMember("owner", "Evil\r\nBcc: victim@example.test");
    await db.user.update({ where: { id: user.id }, data: { name: "Eve\r\nX-Injected: yes" } });
    const invitee = `${uniqueId("ziel")}@example.test`;
    await createInvitation({
      orgId: org.id,
      actorId: user.id,
      email: invitee,
      role: "viewer",
      origin: ORIGIN,
    });
    await drain();
    const [mail] = arrivedFor(invitee);
    expect(mail!.envelope).toEqual([invitee]);
    expect(mail!.headerBlock).not.toMatch(/^(bcc|x-injected):/im);
    expect(mail!.subject).toBe("Einladung zu Evil Bcc: victim@example.test bei Fahrplan");
    expect(received.some((m) => m.to.includes("victim@example.test"))).toBe(false);
  });

  it("a server that refuses (451) leaves the mail queued; it goes out once the server accepts again", async () => {
    const to = `${uniqueId("geduld")}@example.test`;
    const { id } = await enqueueMail(db, {
      to,
      locale: "de",
      input: { kind: "sign_up_existing", name: "Geduld", link: `${ORIGIN}/sign-in` },
    });
    sink.refuse = true;
    await drain();
    const row = () =>
      db.outboxMail.findUniqueOrThrow({
        where: { id },
        select: { status: true, attempts: true, lastError: true, nextAttemptAt: true },
      });
    const after = await row();
    expect(after).toMatchObject({ status: "pending", attempts: 1 });
    expect(after.lastError).toContain("451");
    expect(arrivedFor(to)).toHaveLength(0);
    sink.refuse = false;
    // The retry's time has come (30 s later): it arrives, once.
    const later = new Date(after.nextAttemptAt.getTime() + 1000);
    await drain(() => later);
    await drain(() => new Date(later.getTime() + 3_600_000));
    expect(await row()).toMatchObject({ status: "sent", attempts: 2 });
    expect(arrivedFor(to)).toHaveLength(1);
  });

  it("a server that is down (connection refused) leaves the mail queued; it goes out once the server is back", async () => {
    // A port that nobody listens on: the server of this test, stopped.
    const probe = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      disableReverseLookup: true,
      logger: false,
    });
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.server.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const down = smtpSender(`smtp://127.0.0.1:${port}`, "Fahrplan <fahrplan@example.de>");
    const to = `${uniqueId("ausfall")}@example.test`;
    const { id } = await enqueueMail(db, {
      to,
      locale: "en",
      input: { kind: "sign_up_existing", name: "Outage", link: `${ORIGIN}/sign-in` },
    });
    const run = await runOutboxOnce({ transport: down, limit: 50, keepBody: false });
    down.close();
    expect(run.retried).toBeGreaterThanOrEqual(1);
    const after = await db.outboxMail.findUniqueOrThrow({
      where: { id },
      select: { status: true, lastError: true, nextAttemptAt: true },
    });
    expect(after.status).toBe("pending");
    expect(after.lastError).toMatch(/ECONNREFUSED|connect/i);
    // Back up (the sink of this file): the retry delivers it.
    await drain(() => new Date(after.nextAttemptAt.getTime() + 1000));
    expect(arrivedFor(to)).toHaveLength(1);
    expect(arrivedFor(to)[0]!.subject).toBe("Sign-up with your address on Fahrplan");
  });

  it("a server that hangs (takes the connection, never answers) leaves the mail queued; it goes out once a server answers", async () => {
    // A TCP server that accepts and then says nothing: no SMTP greeting ever comes.
    const held: Socket[] = [];
    const silent = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    const hanging = smtpSender(`smtp://127.0.0.1:${port}`, "Fahrplan <fahrplan@example.de>", {
      connectMs: 300,
      socketMs: 300,
    });
    const to = `${uniqueId("stumm")}@example.test`;
    const { id } = await enqueueMail(db, {
      to,
      locale: "de",
      input: { kind: "sign_up_existing", name: "Stumm", link: `${ORIGIN}/sign-in` },
    });
    const run = await runOutboxOnce({ transport: hanging, limit: 50, keepBody: false });
    hanging.close();
    for (const socket of held) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    expect(run.retried).toBeGreaterThanOrEqual(1);
    const after = await db.outboxMail.findUniqueOrThrow({
      where: { id },
      select: { status: true, lastError: true, nextAttemptAt: true },
    });
    expect(after.status).toBe("pending");
    expect(after.lastError).toMatch(/greeting never received|timeout/i);
    expect(arrivedFor(to)).toHaveLength(0);
    await drain(() => new Date(after.nextAttemptAt.getTime() + 1000));
    expect(arrivedFor(to)).toHaveLength(1);
  });

  it("throughput: mails per second from the outbox to the sink (logged)", async () => {
    const count = 300;
    const prefix = uniqueId("durchsatz");
    await db.$transaction(async (tx) => {
      for (let i = 0; i < count; i++)
        await enqueueMail(tx, {
          to: `${prefix}-${i}@example.test`,
          locale: "de",
          input: {
            kind: "sign_up",
            name: `Person ${i}`,
            link: `${ORIGIN}/sign-up/x${i}`,
            hours: 24,
          },
        });
    });
    const started = performance.now();
    const { sent } = await drain();
    const seconds = (performance.now() - started) / 1000;
    expect(sent).toBe(count);
    expect(received.filter((m) => m.to[0]!.startsWith(prefix))).toHaveLength(count);
    console.info(
      `[throughput] ${count} mails to the local SMTP sink in ${seconds.toFixed(2)} s: ${(count / seconds).toFixed(1)} mails/s`,
    );
  }, 120_000);
});
