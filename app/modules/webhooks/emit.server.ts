import { randomUUID } from "node:crypto";
import type { Prisma } from "~/lib/db.server";
import { parseEvents } from "./events";
import type { WebhookEvent, WebhookPayload } from "./events";

// The one way anything emits a webhook: emitWebhook(tx, …) inside the transaction of the
// change (like enqueueMail and notify), one WebhookDelivery per enabled endpoint of the
// organisation that chose the event. A rolled-back change leaves none; a committed one
// cannot lose them. The worker (worker.server.ts) POSTs them afterwards.
// See docs/decisions/0019-webhooks.md.

type Tx = Prisma.TransactionClient;

export type EmitInput = {
  orgId: string;
  event: WebhookEvent;
  /**
   * The record (JSON-ready), or a function that reads it: called only when an endpoint
   * wants the event, so an organisation without endpoints pays one indexed read.
   */
  data: unknown;
};

/**
 * Writes one delivery per enabled endpoint of the organisation subscribed to the event,
 * in the caller's transaction. Scoped by orgId: another organisation's endpoints are never
 * read. Returns how many deliveries were written.
 */
export async function emitWebhook(tx: Tx, input: EmitInput): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { orgId: input.orgId, enabled: true },
    select: { id: true, events: true },
  });
  const targets = endpoints.filter((e) => parseEvents(e.events).includes(input.event));
  if (targets.length === 0) return 0;
  const [org, data] = await Promise.all([
    tx.organisation.findUnique({ where: { id: input.orgId }, select: { slug: true } }),
    typeof input.data === "function" ? (input.data as () => Promise<unknown>)() : input.data,
  ]);
  if (!org || data === null || data === undefined) return 0;
  const createdAt = new Date();
  const rows = targets.map((endpoint) => {
    // 128 random bits as 32 hex digits: an id like the app's others (ID_PATTERN in fields.ts).
    const id = randomUUID().replaceAll("-", "");
    const payload: WebhookPayload = {
      id,
      event: input.event,
      createdAt: createdAt.toISOString(),
      orgSlug: org.slug,
      data,
    };
    return {
      id,
      endpointId: endpoint.id,
      orgId: input.orgId,
      event: input.event,
      payload: JSON.stringify(payload),
      createdAt,
      nextAttemptAt: createdAt,
    };
  });
  await tx.webhookDelivery.createMany({ data: rows });
  wakeAfterCommit();
  return rows.length;
}

const listeners = new Set<() => void>();

/** Wakes this process's webhook worker (if it runs here): deliveries were just committed. */
export function webhooksQueued(): void {
  for (const listener of listeners) listener();
}

/** For the worker: called on every webhooksQueued(). Returns a function that unsubscribes. */
export function onWebhooksQueued(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * emitWebhook runs inside a transaction it cannot see the end of, in a dozen callers: it
 * wakes the worker a moment later instead (twice; a pass that runs before the commit finds
 * nothing and costs one read), and the worker's poll is the backstop.
 */
function wakeAfterCommit() {
  if (listeners.size === 0) return;
  for (const delay of [20, 300]) setTimeout(webhooksQueued, delay).unref();
}
