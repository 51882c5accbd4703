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

/**
 * Appends several audit events in one statement (e.g. one "create" per task that a
 * template or an assessment's obligations created), in the caller's transaction.
 */
export async function recordAuditMany(tx: Tx, inputs: readonly AuditInput[]) {
  if (inputs.length === 0) return;
  await tx.auditEvent.createMany({
    data: inputs.map((input) => ({
      orgId: input.orgId,
      actorId: input.actorId,
      entity: input.entity,
      entityId: input.entityId ?? null,
      action: input.action,
      before: input.before,
      after: input.after,
      requestId: input.requestId ?? "",
    })),
  });
}
