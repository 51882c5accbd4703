import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, db } from "~/lib/db.server";
import { getDatabaseProvider } from "~/lib/db-url";
import { env } from "~/lib/env.server";
import { createOrgWithMember } from "~/test/factories";
import { emitWebhook } from "./emit.server";
import { DISABLE_AFTER_MS, runWebhooksOnce } from "./worker.server";
import type { RunOptions } from "./worker.server";
import {
  createEndpoint,
  devPolicy,
  loadDocumentedVerifier,
  settleOtherDeliveries,
  startReceiver,
} from "./webhooks.test-helpers";

// Real POSTs to a receiver on 127.0.0.1. Runs on SQLite and, under
// scripts/with-postgres.sh, on PostgreSQL (the two-worker test needs two clients there).

const at = (base: Date, ms: number) => () => new Date(base.getTime() + ms);
const run = (options: RunOptions = {}) => runWebhooksOnce({ policy: devPolicy, ...options });

async function emitOne(orgId: string, data: unknown = { id: "task-1", title: "FAQ-Bot testen" }) {
  await db.$transaction((tx) => emitWebhook(tx, { orgId, event: "task.completed", data }));
  return db.webhookDelivery.findFirstOrThrow({
    where: { orgId },
    orderBy: { createdAt: "desc" },
  });
}

describe("the webhook worker", () => {
  beforeAll(settleOtherDeliveries);

  it("sends a delivery signed so that the documented snippet verifies it", async () => {
    const receiver = await startReceiver();
    try {
      const { org } = await createOrgWithMember();
      const endpoint = await createEndpoint(org.id, receiver.url);
      const delivery = await emitOne(org.id);
      await run();
      expect(receiver.ids()).toEqual([delivery.id]);
      const [got] = receiver.received;
      expect(got?.headers["content-type"]).toBe("application/json");
      expect(got?.headers["fahrplan-event"]).toBe("task.completed");
      const body = JSON.parse(got!.body) as Record<string, unknown>;
      expect(body).toMatchObject({
        id: delivery.id,
        event: "task.completed",
        orgSlug: org.slug,
        data: { id: "task-1", title: "FAQ-Bot testen" },
      });
      const verify = await loadDocumentedVerifier();
      const header = String(got!.headers["fahrplan-signature"]);
      expect(verify(got!.body, header, endpoint.secret)).toBe(true);
      expect(verify(got!.body, header, "another secret")).toBe(false);
      expect(verify(got!.body.replace("FAQ", "FAX"), header, endpoint.secret)).toBe(false);
      // Older than the tolerance: a replay is refused.
      const old = header.replace(/t=(\d+)/, (_m, t: string) => `t=${Number(t) - 301}`);
      expect(verify(got!.body, old, endpoint.secret)).toBe(false);
      const row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
      expect(row).toMatchObject({ status: "sent", attempts: 1, lastStatusCode: 200 });
      expect(row.lastDurationMs).toBeGreaterThanOrEqual(0);
    } finally {
      await receiver.close();
    }
  });

  it("a delivery emitted in a rolled-back transaction is never sent", async () => {
    const receiver = await startReceiver();
    try {
      const { org } = await createOrgWithMember();
      await createEndpoint(org.id, receiver.url);
      await expect(
        db.$transaction(async (tx) => {
          await emitWebhook(tx, { orgId: org.id, event: "task.completed", data: { id: "x" } });
          throw new Error("the change failed");
        }),
      ).rejects.toThrow("the change failed");
      await run();
      expect(await db.webhookDelivery.count({ where: { orgId: org.id } })).toBe(0);
      expect(receiver.received).toHaveLength(0);
    } finally {
      await receiver.close();
    }
  });

  it("retries after a 500 with the same id and body, and is sent once the receiver answers", async () => {
    const receiver = await startReceiver(() => 500);
    try {
      const { org } = await createOrgWithMember();
      await createEndpoint(org.id, receiver.url);
      const delivery = await emitOne(org.id);
      const first = await run({ now: at(delivery.createdAt, 0) });
      expect(first.retried).toBe(1);
      let row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
      expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });
      // Not due before the backoff (30 s) has passed.
      expect((await run({ now: at(delivery.createdAt, 10_000) })).claimed).toBe(0);
      receiver.state.behaviour = () => 204;
      await run({ now: at(delivery.createdAt, 31_000) });
      row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
      expect(row).toMatchObject({ status: "sent", attempts: 2, lastStatusCode: 204 });
      expect(receiver.ids()).toEqual([delivery.id, delivery.id]);
      expect(receiver.received[0]?.body).toBe(receiver.received[1]?.body);
    } finally {
      await receiver.close();
    }
  });

  it("a receiver that hangs times out and the delivery is retried", async () => {
    const receiver = await startReceiver(() => "hang");
    try {
      const { org } = await createOrgWithMember();
      await createEndpoint(org.id, receiver.url);
      const delivery = await emitOne(org.id);
      const first = await run({ now: at(delivery.createdAt, 0), timeoutMs: 300 });
      expect(first.retried).toBe(1);
      const row = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
      expect(row.lastError).toMatch(/timeout/);
      expect(row.lastStatusCode).toBeNull();
      receiver.state.behaviour = () => 200;
      await run({ now: at(delivery.createdAt, 31_000), timeoutMs: 300 });
      expect(
        await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } }),
      ).toMatchObject({ status: "sent", attempts: 2 });
    } finally {
      await receiver.close();
    }
  });

  it("does not follow a redirect: a 3xx is a failure", async () => {
    const receiver = await startReceiver((r) => (r.url === "/hook" ? 302 : 200));
    try {
      const { org } = await createOrgWithMember();
      await createEndpoint(org.id, receiver.url);
      const delivery = await emitOne(org.id);
      await run({ now: at(delivery.createdAt, 0) });
      expect(receiver.received.map((r) => r.url)).toEqual(["/hook"]);
      expect(
        await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } }),
      ).toMatchObject({ status: "pending", lastStatusCode: 302 });
    } finally {
      await receiver.close();
    }
  });

  it("disables an endpoint that failed for 24 hours and tells the owner", async () => {
    const receiver = await startReceiver(() => 503);
    try {
      const { org, user } = await createOrgWithMember("owner");
      const endpoint = await createEndpoint(org.id, receiver.url);
      const delivery = await emitOne(org.id);
      await run({ now: at(delivery.createdAt, 0) });
      let row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
      expect(row.enabled).toBe(true);
      expect(row.failingSince).not.toBeNull();
      // Still failing a day later: the last attempt gives the delivery up and the endpoint off.
      await run({ now: at(delivery.createdAt, DISABLE_AFTER_MS) });
      row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
      expect(row).toMatchObject({ enabled: false, disabledReason: "failing" });
      expect(
        await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } }),
      ).toMatchObject({ status: "failed" });
      const notices = await db.notification.findMany({
        where: { orgId: org.id, userId: user.id, kind: "webhook_disabled" },
      });
      expect(notices).toHaveLength(1);
      expect(
        await db.auditEvent.count({
          where: { orgId: org.id, entity: "webhook_endpoint", action: "disable" },
        }),
      ).toBe(1);
      // A later event is not even written for the disabled endpoint.
      await db.$transaction((tx) =>
        emitWebhook(tx, { orgId: org.id, event: "task.completed", data: { id: "y" } }),
      );
      expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(1);
    } finally {
      await receiver.close();
    }
  });

  it("a success in between resets the failing clock", async () => {
    const receiver = await startReceiver(() => 500);
    try {
      const { org } = await createOrgWithMember();
      const endpoint = await createEndpoint(org.id, receiver.url);
      const delivery = await emitOne(org.id);
      await run({ now: at(delivery.createdAt, 0) });
      receiver.state.behaviour = () => 200;
      await run({ now: at(delivery.createdAt, 31_000) });
      const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
      expect(row).toMatchObject({ enabled: true, failingSince: null });
    } finally {
      await receiver.close();
    }
  });

  // PostgreSQL: a second client, as a second app instance has (SQLite: one process).
  const isPostgres = getDatabaseProvider(env.DATABASE_URL) === "postgresql";
  const second = isPostgres ? createDb(env.DATABASE_URL) : db;
  afterAll(async () => {
    if (second !== db) await second.$disconnect();
  });

  it("two workers deliver each delivery exactly once", async () => {
    const receiver = await startReceiver();
    try {
      await settleOtherDeliveries();
      const { org } = await createOrgWithMember();
      await createEndpoint(org.id, receiver.url);
      for (let i = 0; i < 30; i++) {
        await db.$transaction((tx) =>
          emitWebhook(tx, { orgId: org.id, event: "task.completed", data: { n: i } }),
        );
      }
      await Promise.all([
        run({ limit: 7 }),
        run({ client: second, limit: 7 }),
        run({ limit: 7 }),
        run({ client: second, limit: 7 }),
        run({ limit: 7 }),
      ]);
      await run({ limit: 30 });
      const ids = receiver.ids();
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(30);
      expect(
        await db.webhookDelivery.count({ where: { orgId: org.id, status: "sent", attempts: 1 } }),
      ).toBe(30);
    } finally {
      await receiver.close();
    }
  });
});
