import type { Db } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { mailQueued } from "../mail/outbox.server";
import { notify } from "../notifications/notify.server";

// An endpoint that has failed every delivery for a day is switched off, with an audit
// event, a notice to the organisation's owners and managers (inbox and, per their
// preference, mail) and the reason on the webhooks page. See docs/decisions/0019-webhooks.md.

/**
 * After a failed delivery: notes when the endpoint started failing (if it was working),
 * and disables it once that is `afterMs` ago. True when this call disabled it (of several
 * workers exactly one does: the update is guarded by `enabled`).
 */
export async function disableFailingEndpoint(
  client: Db,
  endpointId: string,
  now: Date,
  afterMs: number,
): Promise<boolean> {
  await client.webhookEndpoint.updateMany({
    where: { id: endpointId, failingSince: null },
    data: { failingSince: now },
  });
  const disabled = await client.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: {
        id: endpointId,
        enabled: true,
        failingSince: { lte: new Date(now.getTime() - afterMs) },
      },
      data: {
        enabled: false,
        disabledAt: now,
        disabledReason: "failing",
        version: { increment: 1 },
      },
    });
    if (count === 0) return false;
    const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({
      where: { id: endpointId },
      select: { orgId: true, url: true, failingSince: true },
    });
    await recordAudit(tx, {
      orgId: endpoint.orgId,
      actorId: null,
      entity: "webhook_endpoint",
      entityId: endpointId,
      action: "disable",
      before: { enabled: true },
      after: {
        enabled: false,
        reason: "failing",
        failingSince: endpoint.failingSince?.toISOString() ?? null,
      },
    });
    const managers = await tx.membership.findMany({
      where: { orgId: endpoint.orgId, role: { in: ["owner", "manager"] } },
      select: { userId: true },
    });
    await notify(tx, {
      orgId: endpoint.orgId,
      recipientIds: managers.map((m) => m.userId),
      kind: "webhook_disabled",
      params: { url: endpoint.url },
      path: "/integrations/webhooks",
    });
    return true;
  });
  if (disabled) mailQueued();
  return disabled;
}
