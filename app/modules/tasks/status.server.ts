import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { emitTaskCompleted } from "../webhooks/announce.server";
import type { TaskStatus } from "./status";
import { placementForMove, positionForPlacement } from "./ordering";
import type { KeyboardMove, Placement } from "./ordering";

/*
 * A task's status and place on the board: the one-click tick and its undo, drag and
 * drop and keyboard moves. Scoped by orgId; every change writes its audit event in
 * the same transaction.
 */

type Tx = Prisma.TransactionClient;

export type SimpleResult = { status: "ok" | "unchanged" | "not_found" };

/**
 * The one-click tick (done = true) and its undo (done = false). Idempotent: ticking a
 * task that is already done changes nothing and writes no audit event. Scoped by
 * orgId, and by roadmapId when given (the task's URL names its roadmap).
 */
export async function setTaskDone(
  actor: Actor & { taskId: string; roadmapId?: string; done: boolean },
): Promise<SimpleResult & { title?: string }> {
  return db.$transaction((tx) => setTaskDoneIn(tx, actor));
}

/** setTaskDone inside the caller's transaction (a recorded training completes its task). */
export async function setTaskDoneIn(
  tx: Tx,
  actor: Actor & { taskId: string; roadmapId?: string; done: boolean },
): Promise<SimpleResult & { title?: string }> {
  const { orgId, taskId, roadmapId, done } = actor;
  const row = await tx.task.findFirst({
    where: { id: taskId, orgId, roadmapId, deletedAt: null },
    select: { title: true, status: true },
  });
  if (!row) return { status: "not_found" as const };
  if ((row.status === "done") === done) return { status: "unchanged" as const, title: row.title };
  const { count } = await tx.task.updateMany({
    where: { id: taskId, orgId, deletedAt: null, status: done ? { not: "done" } : "done" },
    data: done
      ? {
          status: "done",
          completedAt: new Date(),
          completedById: actor.actorId,
          version: { increment: 1 },
        }
      : { status: "todo", completedAt: null, completedById: null, version: { increment: 1 } },
  });
  // Someone else ticked it in the same instant: the result is what both wanted.
  if (count === 0) return { status: "unchanged" as const, title: row.title };
  await recordAudit(tx, {
    orgId,
    actorId: actor.actorId,
    entity: "task",
    entityId: taskId,
    action: done ? "complete" : "reopen",
    before: { status: row.status },
    after: { status: done ? "done" : "todo" },
    requestId: actor.requestId,
  });
  if (done) await emitTaskCompleted(tx, orgId, taskId);
  return { status: "ok" as const, title: row.title };
}

async function applyPlacement(
  tx: Tx,
  actor: Actor,
  task: { id: string; phaseId: string; status: TaskStatus; position: number },
  placement: Placement,
): Promise<SimpleResult> {
  const { orgId } = actor;
  const column = await tx.task.findMany({
    where: {
      orgId,
      phaseId: task.phaseId,
      status: placement.status,
      deletedAt: null,
      id: { not: task.id },
    },
    select: { id: true, position: true },
  });
  const { position, shiftFrom } = positionForPlacement(column, placement.beforeId);
  if (shiftFrom !== null) {
    // One statement makes room, whatever the column's length. Other tasks' versions
    // stay: their order is not part of anyone's edit form.
    await tx.task.updateMany({
      where: {
        orgId,
        phaseId: task.phaseId,
        status: placement.status,
        deletedAt: null,
        id: { not: task.id },
        position: { gte: shiftFrom },
      },
      data: { position: { increment: 1 } },
    });
  }
  const statusChanged = placement.status !== task.status;
  if (!statusChanged && position === task.position && shiftFrom === null) {
    return { status: "unchanged" };
  }
  await tx.task.updateMany({
    where: { id: task.id, orgId },
    data: {
      status: placement.status,
      position,
      ...(statusChanged
        ? {
            version: { increment: 1 },
            ...(placement.status === "done"
              ? { completedAt: new Date(), completedById: actor.actorId }
              : task.status === "done"
                ? { completedAt: null, completedById: null }
                : {}),
          }
        : {}),
    },
  });
  await recordAudit(tx, {
    orgId,
    actorId: actor.actorId,
    entity: "task",
    entityId: task.id,
    action: "move",
    before: { status: task.status, position: task.position },
    after: { status: placement.status, position },
    requestId: actor.requestId,
  });
  if (placement.status === "done" && task.status !== "done")
    await emitTaskCompleted(tx, orgId, task.id);
  return { status: "ok" };
}

/**
 * Moves a task into a status column, before another task or at its end (drag and
 * drop), or one step by keyboard (`move`). Scoped: the task and the column are
 * looked up with orgId (and the task with roadmapId when given), and only tasks of
 * the same phase are reordered.
 */
export async function moveTask(
  actor: Actor & { taskId: string; roadmapId?: string } & (
      { placement: Placement } | { move: KeyboardMove }
    ),
): Promise<SimpleResult> {
  const { orgId, taskId, roadmapId } = actor;
  return db.$transaction(async (tx) => {
    const task = await tx.task.findFirst({
      where: { id: taskId, orgId, roadmapId, deletedAt: null },
      select: { id: true, phaseId: true, status: true, position: true },
    });
    if (!task) return { status: "not_found" as const };
    let placement: Placement | null;
    if ("placement" in actor) {
      placement = actor.placement;
      if (placement.beforeId) {
        // The drop target must be a live task of the same phase, or the move is to the end.
        const before = await tx.task.findFirst({
          where: { id: placement.beforeId, orgId, phaseId: task.phaseId, deletedAt: null },
          select: { id: true },
        });
        if (!before) placement = { status: placement.status, beforeId: null };
      }
    } else {
      const phaseTasks = await tx.task.findMany({
        where: { orgId, phaseId: task.phaseId, deletedAt: null },
        select: { id: true, status: true, position: true },
      });
      placement = placementForMove(phaseTasks, taskId, actor.move);
    }
    if (!placement) return { status: "unchanged" as const };
    return applyPlacement(tx, actor, task, placement);
  });
}
