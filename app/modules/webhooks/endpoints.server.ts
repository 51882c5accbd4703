import { randomBytes } from "node:crypto";
import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { deleteVersioned, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import { formatEvents, parseEvents } from "./events";
import type { WebhookEvent } from "./events";
import { vetWebhookUrl } from "./guard.server";
import type { GuardPolicy, GuardProblem } from "./guard.server";
import type { CreateWebhookInput, UpdateWebhookInput } from "./schema";

// An organisation's webhook endpoints: registered, edited, switched on and off, deleted
// by owners and managers, each change audited (entity "webhook_endpoint") in its
// transaction. Every function is scoped by orgId. See docs/decisions/0019-webhooks.md.

/** The prefix of a signing secret, so a leaked one is recognisable (secret scanners). */
export const SECRET_PREFIX = "whsec_";

export function createSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64url");
}

const endpointSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  disabledAt: true,
  disabledReason: true,
  failingSince: true,
  version: true,
  createdAt: true,
} as const;

function shaped<T extends { events: string }>(row: T) {
  return { ...row, events: parseEvents(row.events) };
}

/** The organisation's endpoints, oldest first, with their last delivery's status. */
export async function listEndpoints({ orgId }: { orgId: string }) {
  const rows = await db.webhookEndpoint.findMany({
    where: { orgId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...endpointSelect,
      deliveries: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { status: true, lastStatusCode: true, createdAt: true },
      },
    },
  });
  return rows.map(({ deliveries, ...row }) => ({ ...shaped(row), last: deliveries[0] ?? null }));
}

export async function getEndpoint({ orgId, endpointId }: { orgId: string; endpointId: string }) {
  const row = await db.webhookEndpoint.findFirst({
    where: { id: endpointId, orgId },
    select: endpointSelect,
  });
  return row ? shaped(row) : null;
}

export type CreateResult =
  { status: "ok"; id: string; secret: string } | { status: "refused"; problem: GuardProblem };

/**
 * Registers an endpoint once the SSRF guard accepts its URL; returns its secret, which is
 * shown this once (it is stored, since every delivery is signed with it).
 */
export async function createEndpoint(
  actor: Actor & { input: CreateWebhookInput; policy?: GuardPolicy },
): Promise<CreateResult> {
  const vetted = await vetWebhookUrl(actor.input.url, actor.policy);
  if (!vetted.ok) return { status: "refused", problem: vetted.problem };
  const secret = createSecret();
  const events = formatEvents(actor.input.events);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.create({
      data: {
        orgId: actor.orgId,
        url: vetted.url.toString(),
        description: actor.input.description,
        events,
        secret,
        createdById: actor.actorId,
      },
      select: { id: true, url: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.actorId,
      entity: "webhook_endpoint",
      entityId: row.id,
      action: "create",
      // Never the secret.
      after: { url: row.url, description: actor.input.description, events },
      requestId: actor.requestId,
    });
    return row;
  });
  return { status: "ok", id: created.id, secret };
}

type Current = { description: string; events: string; enabled: boolean; version: number };

const readCurrent = (tx: Prisma.TransactionClient, orgId: string, endpointId: string) =>
  tx.webhookEndpoint.findFirst({
    where: { id: endpointId, orgId },
    select: { description: true, events: true, enabled: true, version: true, url: true },
  });

export type EditResult =
  | { status: "ok" }
  | { status: "not_found" }
  | {
      status: "conflict";
      current: { description: string; events: WebhookEvent[]; enabled: boolean; version: number };
    };

function conflict(current: Current): EditResult {
  return {
    status: "conflict",
    current: {
      description: current.description,
      events: parseEvents(current.events),
      enabled: current.enabled,
      version: current.version,
    },
  };
}

/** Saves the description and the chosen events, if the form's version is still current. */
export async function updateEndpoint(
  actor: Actor & { endpointId: string; input: UpdateWebhookInput },
): Promise<EditResult> {
  const { orgId, endpointId, input } = actor;
  const next = { description: input.description, events: formatEvents(input.events) };
  return db.$transaction(async (tx): Promise<EditResult> => {
    const saved = await saveVersioned({
      read: () => readCurrent(tx, orgId, endpointId),
      version: input.version,
      isUnchanged: (c) => c.description === next.description && c.events === next.events,
      write: () =>
        tx.webhookEndpoint.updateMany({
          where: { id: endpointId, orgId, version: input.version },
          data: { ...next, version: { increment: 1 } },
        }),
    });
    if (saved.status === "not_found") return saved;
    if (saved.status === "conflict") return conflict(saved.current);
    if (saved.status === "saved") {
      const { description, events } = saved.before;
      await recordAudit(tx, {
        orgId,
        actorId: actor.actorId,
        entity: "webhook_endpoint",
        entityId: endpointId,
        action: "update",
        before: { description, events },
        after: next,
        requestId: actor.requestId,
      });
    }
    return { status: "ok" };
  });
}

/**
 * Switches the endpoint on or off by hand. Switching on clears a disabling for failures
 * and its failing clock: the owner says the receiver works again.
 */
export async function setEndpointEnabled(
  actor: Actor & { endpointId: string; enabled: boolean; version: number },
): Promise<EditResult> {
  const { orgId, endpointId, enabled, version } = actor;
  return db.$transaction(async (tx): Promise<EditResult> => {
    const saved = await saveVersioned({
      read: () => readCurrent(tx, orgId, endpointId),
      version,
      isUnchanged: (c) => c.enabled === enabled,
      write: () =>
        tx.webhookEndpoint.updateMany({
          where: { id: endpointId, orgId, version },
          data: enabled
            ? {
                enabled,
                disabledAt: null,
                disabledReason: null,
                failingSince: null,
                version: { increment: 1 },
              }
            : {
                enabled,
                disabledAt: new Date(),
                disabledReason: "manual",
                version: { increment: 1 },
              },
        }),
    });
    if (saved.status === "not_found") return saved;
    if (saved.status === "conflict") return conflict(saved.current);
    if (saved.status === "saved") {
      await recordAudit(tx, {
        orgId,
        actorId: actor.actorId,
        entity: "webhook_endpoint",
        entityId: endpointId,
        action: enabled ? "enable" : "disable",
        before: { enabled: !enabled },
        after: { enabled },
        requestId: actor.requestId,
      });
    }
    return { status: "ok" };
  });
}

/** Deletes the endpoint with its delivery log, if the page showed its current version. */
export async function deleteEndpoint(
  actor: Actor & { endpointId: string; version: number },
): Promise<EditResult> {
  const { orgId, endpointId, version } = actor;
  return db.$transaction(async (tx): Promise<EditResult> => {
    const deleted = await deleteVersioned({
      read: () => readCurrent(tx, orgId, endpointId),
      version,
      remove: () => tx.webhookEndpoint.deleteMany({ where: { id: endpointId, orgId, version } }),
    });
    if (deleted.status === "not_found") return deleted;
    if (deleted.status === "conflict") return conflict(deleted.current);
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "webhook_endpoint",
      entityId: endpointId,
      action: "delete",
      before: { url: deleted.before.url, events: deleted.before.events },
      requestId: actor.requestId,
    });
    return { status: "ok" };
  });
}
