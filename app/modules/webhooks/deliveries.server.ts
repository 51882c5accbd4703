import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { webhooksQueued } from "./emit.server";

// An endpoint's delivery log and "resend". Scoped by orgId (and the endpoint's id).

export const DELIVERY_PAGE_SIZE = 25;

/** One page of the endpoint's deliveries, newest first; `page` counts from 1. */
export async function listDeliveries({
  orgId,
  endpointId,
  page,
}: {
  orgId: string;
  endpointId: string;
  page: number;
}) {
  const where = { orgId, endpointId };
  const [total, rows] = await Promise.all([
    db.webhookDelivery.count({ where }),
    db.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * DELIVERY_PAGE_SIZE,
      take: DELIVERY_PAGE_SIZE,
      select: {
        id: true,
        event: true,
        status: true,
        attempts: true,
        lastStatusCode: true,
        lastDurationMs: true,
        lastError: true,
        nextAttemptAt: true,
        sentAt: true,
        createdAt: true,
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / DELIVERY_PAGE_SIZE)), rows };
}

/**
 * Sends a delivery again: the same id and body, as a new attempt now (the receiver can
 * tell a repeat by the id). Only on an enabled endpoint.
 */
export async function resendDelivery(
  actor: Actor & { endpointId: string; deliveryId: string },
): Promise<{ status: "ok" | "not_found" | "disabled" }> {
  const { orgId, endpointId, deliveryId } = actor;
  const result = await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId, orgId, endpointId },
      select: { status: true, endpoint: { select: { enabled: true } } },
    });
    if (!delivery) return "not_found" as const;
    if (!delivery.endpoint.enabled) return "disabled" as const;
    await tx.webhookDelivery.updateMany({
      where: { id: deliveryId, orgId, endpointId },
      // Due now. The retries' day still counts from when the event happened: a resend of
      // an older delivery is one more attempt, not another day of them.
      data: { status: "pending", nextAttemptAt: new Date(), claimId: null },
    });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "webhook_endpoint",
      entityId: endpointId,
      action: "resend",
      before: { deliveryId, status: delivery.status },
      after: { deliveryId, status: "pending" },
      requestId: actor.requestId,
    });
    return "ok" as const;
  });
  if (result === "ok") webhooksQueued();
  return { status: result };
}
