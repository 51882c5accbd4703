import { db } from "~/lib/db.server";
import type { Db } from "~/lib/db.server";
import { claimDueOutboxRows } from "~/lib/outbox-claim.server";
import { startPollingWorker } from "~/lib/polling-worker.server";
import { nextAttemptAfterFailure } from "../mail/retry";
import { onWebhooksQueued } from "./emit.server";
import { defaultPolicy, vetWebhookUrl } from "./guard.server";
import type { GuardPolicy } from "./guard.server";
import { disableFailingEndpoint } from "./disable.server";
import { postWebhook } from "./send.server";
import type { Sender } from "./send.server";
import { signatureHeader } from "./signature";

// The webhook outbox's worker, the mail worker's twin (app/modules/mail/worker.server.ts):
// claims due deliveries with a lease, POSTs each signed to the address the SSRF guard
// checked at this attempt, and marks it sent, schedules its retry (the mail outbox's
// backoff, for 24 h) or gives it up. An endpoint failing for 24 h is disabled.
// See docs/decisions/0019-webhooks.md.

/** Far longer than one pass may take (each POST ≤ 5 s, a batch in parallel). */
export const LEASE_MS = 5 * 60_000;
export const BATCH_SIZE = 20;
export const POLL_MS = 5_000;
/** An endpoint whose every delivery failed for this long is disabled. */
export const DISABLE_AFTER_MS = 24 * 60 * 60_000;
/** Sent and failed deliveries are deleted this long after they were written. */
export const KEEP_MS = 30 * 24 * 60 * 60_000;

const deliverySelect = {
  id: true,
  event: true,
  payload: true,
  attempts: true,
  createdAt: true,
  orgId: true,
  endpoint: { select: { id: true, url: true, secret: true, enabled: true, failingSince: true } },
} as const;

/** Claims due deliveries for one new claim id, as claimDueMails does, and reads them. */
export async function claimDueDeliveries(client: Db, now: Date, limit: number) {
  const claimId = await claimDueOutboxRows(client, "WebhookDelivery", {
    now,
    limit,
    leaseMs: LEASE_MS,
  });
  const deliveries = await client.webhookDelivery.findMany({
    where: { claimId, status: "pending" },
    orderBy: { createdAt: "asc" },
    select: deliverySelect,
  });
  return { claimId, deliveries };
}

export type WebhookRun = {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  disabled: number;
};

export type RunOptions = {
  client?: Db;
  send?: Sender;
  now?: () => Date;
  limit?: number;
  policy?: GuardPolicy;
  timeoutMs?: number;
};

type Claimed = Awaited<ReturnType<typeof claimDueDeliveries>>["deliveries"][number];

/** One attempt of one delivery: the guard at this moment, the signature, the POST. */
async function attempt(delivery: Claimed, options: Required<Omit<RunOptions, "client" | "limit">>) {
  const vetted = await vetWebhookUrl(delivery.endpoint.url, options.policy);
  if (!vetted.ok)
    return { ok: false, statusCode: null, durationMs: 0, error: `refused: ${vetted.problem}` };
  return options.send({
    url: vetted.url,
    address: vetted.address,
    body: delivery.payload,
    timeoutMs: options.timeoutMs,
    headers: {
      "Content-Type": "application/json",
      "User-Agent": "Fahrplan-Webhooks/1",
      "Fahrplan-Webhook-Id": delivery.id,
      "Fahrplan-Event": delivery.event,
      "Fahrplan-Signature": signatureHeader(
        delivery.endpoint.secret,
        delivery.payload,
        options.now(),
      ),
    },
  });
}

/**
 * One pass: claims due deliveries and POSTs them (in parallel: one slow receiver must not
 * hold up the others). Results are written only under this pass's claim id.
 */
export async function runWebhooksOnce(options: RunOptions = {}): Promise<WebhookRun> {
  const client = options.client ?? db;
  const resolved = {
    send: options.send ?? postWebhook,
    now: options.now ?? (() => new Date()),
    policy: options.policy ?? defaultPolicy(),
    timeoutMs: options.timeoutMs ?? 5_000,
  };
  const { claimId, deliveries } = await claimDueDeliveries(
    client,
    resolved.now(),
    options.limit ?? BATCH_SIZE,
  );
  const run: WebhookRun = {
    claimed: deliveries.length,
    sent: 0,
    retried: 0,
    failed: 0,
    disabled: 0,
  };
  const failedEndpoints = new Set<string>();
  await Promise.all(
    deliveries.map(async (delivery) => {
      const mine = { id: delivery.id, claimId };
      if (!delivery.endpoint.enabled) {
        await client.webhookDelivery.updateMany({
          where: mine,
          data: { status: "failed", claimId: null, lastError: "endpoint disabled" },
        });
        run.failed++;
        return;
      }
      const result = await attempt(delivery, resolved);
      const outcome = {
        claimId: null,
        lastStatusCode: result.statusCode,
        lastDurationMs: result.durationMs,
        lastError: result.error?.slice(0, 500) ?? null,
      };
      if (result.ok) {
        await client.webhookDelivery.updateMany({
          where: mine,
          data: { ...outcome, status: "sent", sentAt: resolved.now() },
        });
        await client.webhookEndpoint.updateMany({
          where: { id: delivery.endpoint.id, failingSince: { not: null } },
          data: { failingSince: null },
        });
        run.sent++;
        return;
      }
      failedEndpoints.add(delivery.endpoint.id);
      const retryAt = nextAttemptAfterFailure(
        delivery.createdAt,
        delivery.attempts,
        resolved.now(),
      );
      await client.webhookDelivery.updateMany({
        where: mine,
        data: retryAt ? { ...outcome, nextAttemptAt: retryAt } : { ...outcome, status: "failed" },
      });
      if (retryAt) run.retried++;
      else run.failed++;
    }),
  );
  for (const endpointId of failedEndpoints) {
    if (await disableFailingEndpoint(client, endpointId, resolved.now(), DISABLE_AFTER_MS))
      run.disabled++;
  }
  return run;
}

/** Deletes sent and failed deliveries written more than KEEP_MS ago. */
export async function pruneDeliveries(client: Db = db, now: Date = new Date()): Promise<number> {
  const { count } = await client.webhookDelivery.deleteMany({
    where: {
      status: { in: ["sent", "failed"] },
      createdAt: { lt: new Date(now.getTime() - KEEP_MS) },
    },
  });
  return count;
}

/**
 * Runs the worker in this process: a pass now, every POLL_MS, and whenever deliveries are
 * emitted here; full batches are followed at once by the next. Passes never overlap in one
 * process; across processes the claims keep them apart. Returns a function that stops it.
 */
export function startWebhookWorker(pollMs: number = POLL_MS): () => void {
  return startPollingWorker({
    name: "webhook",
    runOnce: runWebhooksOnce,
    batchSize: BATCH_SIZE,
    prune: pruneDeliveries,
    pollMs,
    onQueued: onWebhooksQueued,
  });
}
