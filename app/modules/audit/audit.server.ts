import type { Prisma } from "~/lib/db.server";

type Tx = Pick<Prisma.TransactionClient, "auditEvent">;

export type AuditInput = {
  orgId: string | null;
  actorId: string | null;
  entity: string;
  entityId?: string | null;
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  requestId?: string;
};

/**
 * Appends one audit event. Call it with the transaction client of the change it
 * records, so the change and its record commit or fail together.
 */
export async function recordAudit(tx: Tx, input: AuditInput) {
  await tx.auditEvent.create({
    data: {
      orgId: input.orgId,
      actorId: input.actorId,
      entity: input.entity,
      entityId: input.entityId ?? null,
      action: input.action,
      before: input.before,
      after: input.after,
      requestId: input.requestId ?? "",
    },
  });
}
