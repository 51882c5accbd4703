import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import type { SimpleResult } from "./status.server";

/*
 * Soft delete of a task and its undo. Scoped by orgId; every change writes its audit
 * event in the same transaction.
 */

type Tx = Prisma.TransactionClient;

/** Soft delete: the row stays (with its history) until someone undoes it. */
export async function deleteTask(
  actor: Actor & { taskId: string },
): Promise<SimpleResult & { title?: string }> {
  return db.$transaction((tx) => deleteTaskIn(tx, actor));
}

/** deleteTask inside the caller's transaction (removing a training plan entry removes its task). */
export async function deleteTaskIn(
  tx: Tx,
  actor: Actor & { taskId: string },
): Promise<SimpleResult & { title?: string }> {
  const { orgId, taskId } = actor;
  const row = await tx.task.findFirst({
    where: { id: taskId, orgId },
    select: { title: true, deletedAt: true },
  });
  if (!row) return { status: "not_found" as const };
  if (row.deletedAt) return { status: "unchanged" as const, title: row.title };
  await tx.task.updateMany({
    where: { id: taskId, orgId, deletedAt: null },
    data: { deletedAt: new Date(), version: { increment: 1 } },
  });
  await recordAudit(tx, {
    orgId,
    actorId: actor.actorId,
    entity: "task",
    entityId: taskId,
    action: "delete",
    before: { deleted: false },
    after: { deleted: true },
    requestId: actor.requestId,
  });
  return { status: "ok" as const, title: row.title };
}

/** Undo of deleteTask. */
export async function restoreTask(
  actor: Actor & { taskId: string },
): Promise<SimpleResult & { title?: string }> {
  const { orgId, taskId } = actor;
  return db.$transaction(async (tx) => {
    const row = await tx.task.findFirst({
      where: { id: taskId, orgId },
      select: { title: true, deletedAt: true },
    });
    if (!row) return { status: "not_found" as const };
    if (!row.deletedAt) return { status: "unchanged" as const, title: row.title };
    await tx.task.updateMany({
      where: { id: taskId, orgId, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "task",
      entityId: taskId,
      action: "restore",
      before: { deleted: true },
      after: { deleted: false },
      requestId: actor.requestId,
    });
    return { status: "ok" as const, title: row.title };
  });
}
