import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import { deleteVersioned, isUnchanged, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import { plainSource, SOURCE_SELECT } from "./data-sources.server";
import type { PlainDataSource } from "./data-sources.server";
import type { DataSourceInput } from "./schema";

/**
 * Changing a use case's data sources (managers): create, edit, delete. Scoped: every
 * function takes { orgId } and puts it into every WHERE clause; each writes its audit
 * event in the same transaction.
 */

export type SourceRefusal = "not_found" | "archived" | "invalid_owner";
export type SaveResult =
  | { ok: true; id: string }
  | { ok: false; reason: SourceRefusal }
  | { ok: false; reason: "stale"; current: PlainDataSource };

function dataFrom(input: DataSourceInput) {
  return {
    name: input.name,
    systemOfRecord: input.systemOfRecord,
    ownerId: input.ownerId,
    kind: input.kind,
    personalData: input.personalData,
    legalBasis: input.legalBasis,
    retention: input.retention,
    sentToVendor: input.sentToVendor,
  };
}

/** The use case must be in the organisation and not archived, the owner a member of it. */
async function refusalFor(
  orgId: string,
  useCaseId: string,
  ownerId: string | null,
): Promise<SourceRefusal | null> {
  const [useCase, owner] = await Promise.all([
    db.useCase.findFirst({ where: { id: useCaseId, orgId }, select: { archivedAt: true } }),
    ownerId
      ? db.membership.findFirst({ where: { orgId, userId: ownerId }, select: { id: true } })
      : null,
  ]);
  if (!useCase) return "not_found";
  if (useCase.archivedAt) return "archived";
  if (ownerId && !owner) return "invalid_owner";
  return null;
}

export async function createDataSource({
  orgId,
  actorId,
  requestId,
  useCaseId,
  input,
}: Actor & { useCaseId: string; input: DataSourceInput }): Promise<SaveResult> {
  const refusal = await refusalFor(orgId, useCaseId, input.ownerId);
  if (refusal) return { ok: false, reason: refusal };
  const data = dataFrom(input);
  const id = await db.$transaction(async (tx) => {
    const created = await tx.dataSource.create({
      data: { ...data, orgId, useCaseId },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "data_source",
      entityId: created.id,
      action: "create",
      after: { ...data, useCaseId },
      requestId,
    });
    return created.id;
  });
  return { ok: true, id };
}

/**
 * Saves an edit only if nobody saved in between (version in the WHERE clause); a stale
 * edit gets the current values back instead of overwriting them, and a save without a
 * change writes nothing (app/lib/versioned.server.ts).
 */
export async function updateDataSource({
  orgId,
  actorId,
  requestId,
  useCaseId,
  dataSourceId,
  version,
  input,
}: Actor & {
  useCaseId: string;
  dataSourceId: string;
  version: number;
  input: DataSourceInput;
}): Promise<SaveResult> {
  const refusal = await refusalFor(orgId, useCaseId, input.ownerId);
  if (refusal) return { ok: false, reason: refusal };
  const data = dataFrom(input);
  return db.$transaction(async (tx): Promise<SaveResult> => {
    const saved = await saveVersioned({
      read: () =>
        tx.dataSource.findFirst({
          where: { id: dataSourceId, orgId, useCaseId },
          select: SOURCE_SELECT,
        }),
      version,
      isUnchanged: (current) => isUnchanged(current, data),
      write: () =>
        tx.dataSource.updateMany({
          where: { id: dataSourceId, orgId, useCaseId, version },
          data: { ...data, version: { increment: 1 } },
        }),
    });
    if (saved.status === "not_found") return { ok: false, reason: "not_found" };
    if (saved.status === "conflict") {
      return { ok: false, reason: "stale", current: plainSource(saved.current) };
    }
    if (saved.status === "saved") {
      const { id: _id, useCaseId: _u, owner: _o, version: _v, ...was } = saved.before;
      await recordAudit(tx, {
        orgId,
        actorId,
        entity: "data_source",
        entityId: dataSourceId,
        action: "update",
        before: was,
        after: data,
        requestId,
      });
    }
    return { ok: true, id: dataSourceId };
  });
}

export type DeleteResult =
  | { ok: true; name: string }
  | { ok: false; reason: "not_found" | "archived" }
  | { ok: false; reason: "stale"; version: number };

/** Deletes a source and its checks (version-checked), with the audit event. */
export async function deleteDataSource({
  orgId,
  actorId,
  requestId,
  useCaseId,
  dataSourceId,
  version,
}: Actor & { useCaseId: string; dataSourceId: string; version: number }): Promise<DeleteResult> {
  const refusal = await refusalFor(orgId, useCaseId, null);
  if (refusal === "not_found") return { ok: false, reason: "not_found" };
  if (refusal === "archived") return { ok: false, reason: "archived" };
  return db.$transaction(async (tx): Promise<DeleteResult> => {
    const removed = await deleteVersioned({
      read: () =>
        tx.dataSource.findFirst({
          where: { id: dataSourceId, orgId, useCaseId },
          select: SOURCE_SELECT,
        }),
      version,
      remove: () =>
        tx.dataSource.deleteMany({ where: { id: dataSourceId, orgId, useCaseId, version } }),
    });
    if (removed.status === "not_found") return { ok: false, reason: "not_found" };
    if (removed.status === "conflict") {
      return { ok: false, reason: "stale", version: removed.current.version };
    }
    const { id: _id, owner: _o, version: _v, ...was } = removed.before;
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "data_source",
      entityId: dataSourceId,
      action: "delete",
      before: was,
      requestId,
    });
    return { ok: true, name: removed.before.name };
  });
}
