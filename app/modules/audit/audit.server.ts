import { currentApiTokenId } from "~/lib/api-caller.server";
import type { Prisma } from "~/lib/db.server";

type Tx = Pick<Prisma.TransactionClient, "auditEvent" | "organisation">;

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
 * Marks the organisations' data as changed: their cached pages (the dashboard) are
 * computed afresh on the next visit, and no other organisation's are. Every audited
 * change passes here, in its own transaction, so a cached page can never outlive the
 * commit of a change it does not show.
 */
async function touchOrganisations(tx: Tx, orgIds: readonly (string | null)[]) {
  const ids = [...new Set(orgIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  await tx.organisation.updateMany({
    where: { id: { in: ids } },
    data: { dataVersion: { increment: 1 } },
  });
}

/**
 * A member's own change that other people's pages show (their name, on every
 * organisation's dashboard they own tasks in): marks each of their organisations.
 */
export async function touchOrganisationsOfMember(tx: Tx, userId: string) {
  await tx.organisation.updateMany({
    where: { memberships: { some: { userId } } },
    data: { dataVersion: { increment: 1 } },
  });
}

/**
 * Appends one audit event. Call it with the transaction client of the change it
 * records, so the change and its record commit or fail together.
 */
export async function recordAudit(tx: Tx, input: AuditInput) {
  await touchOrganisations(tx, [input.orgId]);
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
      apiTokenId: currentApiTokenId(),
    },
  });
}

/**
 * Appends several audit events in one statement (e.g. one "create" per task that a
 * template or an assessment's obligations created), in the caller's transaction.
 */
export async function recordAuditMany(tx: Tx, inputs: readonly AuditInput[]) {
  if (inputs.length === 0) return;
  const apiTokenId = currentApiTokenId();
  await touchOrganisations(
    tx,
    inputs.map((input) => input.orgId),
  );
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
      apiTokenId,
    })),
  });
}
