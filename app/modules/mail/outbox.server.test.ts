import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, db } from "~/lib/db.server";
import { getDatabaseProvider } from "~/lib/db-url";
import { env } from "~/lib/env.server";
import type { OutgoingMail } from "~/lib/mailer.server";
import { createOrgWithMember, uniqueId } from "~/test/factories";
import { enqueueMail, listOutboxMails } from "./outbox.server";
import { GIVE_UP_AFTER_MS } from "./retry";
import { claimDueMails, LEASE_MS, runOutboxOnce } from "./worker.server";

// Runs on SQLite and, under scripts/with-postgres.sh, on PostgreSQL. Other tests'
// mails may sit in the same database: every check looks at this test's own mails.

const queue = (to: string, orgId: string | null = null) =>
  enqueueMail(db, {
    to,
    orgId,
    locale: "en",
    input: { kind: "sign_up", name: "Test", link: "http://fahrplan.test/sign-up/x", hours: 24 },
  });

/** A transport that records what it was given (and fails while `failing`). */
function recorder() {
  const sent: string[] = [];
  const sentTo: string[] = [];
  const state = { failing: false };
  const transport = async (mail: OutgoingMail) => {
    if (state.failing) throw new Error("421 mail server unavailable");
    sent.push(mail.id);
    sentTo.push(mail.to);
  };
  return { sent, sentTo, state, transport };
}

const at = (base: Date, ms: number) => () => new Date(base.getTime() + ms);

describe("the mail outbox", () => {
  // This worker's database may hold pending mails of test files that ran before in it
  // (assigning a task queues a notification mail): they would fill the worker's batches.
  beforeAll(async () => {
    await db.outboxMail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
  });

  it("a mail queued in a transaction that is rolled back is never sent", async () => {
    const to = `${uniqueId("rollback")}@example.test`;
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMail(tx, {
          to,
          locale: "de",
          input: { kind: "sign_up_existing", name: "X", link: "http://fahrplan.test/sign-in" },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const { sentTo, transport } = recorder();
    await runOutboxOnce({ transport });
    expect(await db.outboxMail.count({ where: { to } })).toBe(0);
    expect(sentTo).not.toContain(to);
  });

  it("a committed mail is sent once, and a sent mail never again", async () => {
    const { id } = await queue(`${uniqueId("once")}@example.test`);
    const { sent, transport } = recorder();
    await runOutboxOnce({ transport });
    await runOutboxOnce({ transport, now: at(new Date(), 2 * GIVE_UP_AFTER_MS) });
    expect(sent.filter((s) => s === id)).toEqual([id]);
    expect(await db.outboxMail.findUnique({ where: { id }, select: { status: true } })).toEqual({
      status: "sent",
    });
  });

  it("a failed send is retried with growing waits, and goes out once the server is back", async () => {
    const { id } = await queue(`${uniqueId("retry")}@example.test`);
    const { createdAt } = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    const { sent, state, transport } = recorder();
    state.failing = true;
    const row = () => db.outboxMail.findUniqueOrThrow({ where: { id } });

    await runOutboxOnce({ transport, now: at(createdAt, 0) });
    expect(await row()).toMatchObject({ status: "pending", attempts: 1, claimId: null });
    expect((await row()).nextAttemptAt).toEqual(new Date(createdAt.getTime() + 30_000));
    expect((await row()).lastError).toContain("421");

    // Not due before its time; the second failure waits twice as long.
    await runOutboxOnce({ transport, now: at(createdAt, 29_000) });
    expect((await row()).attempts).toBe(1);
    await runOutboxOnce({ transport, now: at(createdAt, 30_000) });
    expect(await row()).toMatchObject({ attempts: 2 });
    expect((await row()).nextAttemptAt).toEqual(new Date(createdAt.getTime() + 90_000));

    state.failing = false;
    await runOutboxOnce({ transport, now: at(createdAt, 90_000) });
    expect(await row()).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(sent.filter((s) => s === id)).toHaveLength(1);
  });

  it("is given up a day after it was written, with status failed, and not tried again", async () => {
    const { id } = await queue(`${uniqueId("giveup")}@example.test`);
    const { createdAt } = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    const { sent, state, transport } = recorder();
    state.failing = true;
    await runOutboxOnce({ transport, now: at(createdAt, 0) });
    await runOutboxOnce({ transport, now: at(createdAt, GIVE_UP_AFTER_MS + 1) });
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "failed",
      attempts: 2,
    });
    state.failing = false;
    await runOutboxOnce({ transport, now: at(createdAt, 3 * GIVE_UP_AFTER_MS) });
    expect(sent).not.toContain(id);
  });

  it("a worker that died after claiming loses nothing: the mail is taken again once the lease ends", async () => {
    const { id } = await queue(`${uniqueId("crash")}@example.test`);
    const { createdAt } = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    // The dying worker: claims, then never sends nor marks.
    const dead = await claimDueMails(db, createdAt, 1000);
    expect(dead.mails.map((m) => m.id)).toContain(id);

    const { sent, transport } = recorder();
    await runOutboxOnce({ transport, now: at(createdAt, LEASE_MS - 1000) });
    expect(sent).not.toContain(id);
    await runOutboxOnce({ transport, now: at(createdAt, LEASE_MS) });
    expect(sent.filter((s) => s === id)).toEqual([id]);
    // The dead claim cannot mark the mail any more.
    const stale = await db.outboxMail.updateMany({
      where: { id, claimId: dead.claimId },
      data: { status: "failed" },
    });
    expect(stale.count).toBe(0);
  });

  it("with SMTP, a sent mail's body (its links) is erased; the outbox page keeps it otherwise", async () => {
    const kept = await queue(`${uniqueId("kept")}@example.test`);
    const { transport } = recorder();
    await runOutboxOnce({ transport, keepBody: true });
    const erased = await queue(`${uniqueId("erased")}@example.test`);
    await runOutboxOnce({ transport, keepBody: false });
    const body = (id: string) =>
      db.outboxMail.findUniqueOrThrow({ where: { id }, select: { html: true, text: true } });
    expect((await body(kept.id)).text).toContain("http://fahrplan.test/sign-up/x");
    expect(await body(erased.id)).toEqual({ html: "", text: "" });
  });

  it("lists an organisation's mails for its outbox page, and no other organisation's", async () => {
    const mine = await createOrgWithMember("owner");
    const other = await createOrgWithMember("owner");
    await queue(`${uniqueId("a")}@example.test`, mine.org.id);
    await queue(`${uniqueId("b")}@example.test`, other.org.id);
    await queue(`${uniqueId("c")}@example.test`, null);
    const listed = await listOutboxMails({ orgId: mine.org.id });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      status: "pending",
      subject: "Finish creating your Fahrplan account",
    });
  });
});

describe("several workers on one database", () => {
  // PostgreSQL: a second client, as a second app instance has. SQLite runs one process
  // with one connection (its synchronous driver would wait on itself with two): the
  // passes interleave on it, statement by statement.
  const isPostgres = getDatabaseProvider(env.DATABASE_URL) === "postgresql";
  const second = isPostgres ? createDb(env.DATABASE_URL) : db;
  afterAll(async () => {
    if (second !== db) await second.$disconnect();
  });

  it("claim disjoint mails: each of 60 is sent exactly once", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 60; i++) ids.add((await queue(`${uniqueId("pair")}@example.test`)).id);
    const a = recorder();
    const b = recorder();
    for (let round = 0; round < 10; round++) {
      await Promise.all([
        runOutboxOnce({ client: db, transport: a.transport, limit: 7 }),
        runOutboxOnce({ client: second, transport: b.transport, limit: 7 }),
        runOutboxOnce({ client: db, transport: a.transport, limit: 7 }),
        runOutboxOnce({ client: second, transport: b.transport, limit: 7 }),
      ]);
    }
    const mineA = a.sent.filter((id) => ids.has(id));
    const mineB = b.sent.filter((id) => ids.has(id));
    // Sent exactly once each: no repeats within a worker, no mail sent by both.
    expect(mineA.length + mineB.length).toBe(ids.size);
    expect(new Set(mineA).size).toBe(mineA.length);
    expect(mineA.filter((id) => mineB.includes(id))).toEqual([]);
    expect(new Set([...mineA, ...mineB])).toEqual(ids);
  });
});

describe("the order mails go out in", () => {
  beforeAll(async () => {
    await db.outboxMail.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
  });

  it("a password reset queued after a burst of digests goes out in the first batch", async () => {
    const digests = Array.from({ length: 25 }, () => `${uniqueId("digest")}@example.test`);
    for (const to of digests) {
      await enqueueMail(db, {
        to,
        locale: "de",
        input: {
          kind: "digest",
          name: "Test",
          org: "Test GmbH",
          week: 50,
          dueThisWeek: [],
          overdue: [],
          headlines: [],
          link: "http://fahrplan.test/o/test",
          unsubscribe: "http://fahrplan.test/unsubscribe/x",
        },
      });
    }
    const reset = `${uniqueId("reset")}@example.test`;
    await enqueueMail(db, {
      to: reset,
      locale: "de",
      input: {
        kind: "password_reset",
        name: "Test",
        link: "http://fahrplan.test/r/x",
        minutes: 30,
      },
    });
    const { sentTo, transport } = recorder();
    await runOutboxOnce({ transport, limit: 20 });
    expect(sentTo).toHaveLength(20);
    expect(sentTo).toContain(reset);
    await runOutboxOnce({ transport, limit: 20 });
    expect(new Set(sentTo)).toEqual(new Set([reset, ...digests]));
  });
});
