import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { isUnchanged, saveVersioned } from "~/lib/versioned.server";
import type { SaveOutcome } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import { mailQueued } from "../mail/outbox.server";
import { notify } from "../notifications/notify.server";
import { emitTaskAssigned, emitTaskCompleted } from "../webhooks/announce.server";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { spanOf } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import type { TaskStatus } from "./status";
import { checkDueDate } from "./due-date";
import type { DueDatePlacement } from "./due-date";
import type { CreateTaskInput, PlanTaskInput, Priority, UpdateTaskInput } from "./schema";
/*
 * Creating and editing tasks (the full form and the board's quick edit). Every function
 * is scoped by orgId and writes its audit event in the same transaction. Ticking off and
 * moving live in status.server.ts, deleting and restoring in deletion.server.ts.
 */

type Tx = Prisma.TransactionClient;

/** Who does it, in which organisation, for the audit trail. */
const snapshotSelect = {
  title: true,
  description: true,
  ownerId: true,
  dueDate: true,
  status: true,
  priority: true,
  position: true,
  version: true,
} as const;

type SnapshotRow = {
  title: string;
  description: string;
  ownerId: string | null;
  dueDate: Date;
  status: TaskStatus;
  priority: Priority;
  position: number;
  version: number;
};

/** What the audit trail and the conflict message show of a task. */
export type TaskSnapshot = Omit<SnapshotRow, "dueDate"> & { dueDate: IsoDate };

function snapshot(row: SnapshotRow): TaskSnapshot {
  return { ...row, dueDate: utcDateToIso(row.dueDate) };
}

function auditState(s: TaskSnapshot) {
  const { version: _version, ...rest } = s;
  return rest;
}

/** True when the user is a member of the organisation who may own tasks (not a viewer). */
export async function isAssignable(orgId: string, userId: string): Promise<boolean> {
  const membership = await db.membership.findFirst({
    where: { orgId, userId, role: { not: "viewer" } },
    select: { id: true },
  });
  return membership !== null;
}

export type TaskWriteResult =
  | { status: "ok"; taskId: string; dueDate: DueDatePlacement }
  | { status: "not_found" }
  | { status: "invalid_owner" }
  | { status: "conflict"; current: TaskSnapshot };

/**
 * Inserts a task at the end of a phase's "to do" column with its audit "create" event,
 * inside the caller's transaction (so a record that makes a task, like a follow-up of
 * an oversight incident or a training plan's task, commits with it). The caller has
 * checked that the phase belongs to the roadmap of the organisation and that the owner
 * may own tasks.
 */
export async function insertTask(
  tx: Tx,
  actor: Actor & { roadmapId: string; phaseId: string; data: CreateTaskInput },
): Promise<{ id: string }> {
  const { orgId, roadmapId, phaseId, data } = actor;
  const last = await tx.task.aggregate({
    where: { orgId, phaseId, status: "todo", deletedAt: null },
    _max: { position: true },
  });
  const created = await tx.task.create({
    data: {
      orgId,
      roadmapId,
      phaseId,
      title: data.title,
      description: data.description,
      ownerId: data.ownerId || null,
      dueDate: isoToUtcDate(data.dueDate),
      priority: data.priority,
      position: (last._max.position ?? -1) + 1,
    },
    select: { id: true, ...snapshotSelect },
  });
  await recordAudit(tx, {
    orgId,
    actorId: actor.actorId,
    entity: "task",
    entityId: created.id,
    action: "create",
    after: auditState(snapshot(created)),
    requestId: actor.requestId,
  });
  await notifyAssignee(
    tx,
    actor,
    { id: created.id, roadmapId, title: created.title },
    created.ownerId,
  );
  return { id: created.id };
}

/**
 * Tells the new owner of a task that it is theirs (not when they assigned it themselves),
 * and the organisation's webhooks that it was assigned (whoever assigned it).
 */
async function notifyAssignee(
  tx: Tx,
  actor: Actor,
  task: { id: string; roadmapId: string; title: string },
  ownerId: string | null,
) {
  if (ownerId) await emitTaskAssigned(tx, actor.orgId, task.id);
  return notify(tx, {
    orgId: actor.orgId,
    actorId: actor.actorId,
    recipientIds: [ownerId],
    kind: "task_assigned",
    params: { task: task.title },
    path: `/roadmaps/${task.roadmapId}/tasks/${task.id}`,
  });
}

/**
 * Creates a task at the end of the phase's "to do" column. Scoped: the phase must
 * belong to the roadmap and the roadmap to the organisation; the owner must be a
 * member who may own tasks.
 */
export async function createTask(
  actor: Actor & { roadmapId: string; phase: PhaseKind; data: CreateTaskInput },
): Promise<TaskWriteResult> {
  const { orgId, roadmapId, data } = actor;
  const [phase, ownerOk] = await Promise.all([
    db.phase.findFirst({
      where: { orgId, roadmapId, kind: actor.phase, roadmap: { orgId } },
      select: { id: true, roadmap: { select: { startDate: true, lengthDays: true } } },
    }),
    data.ownerId ? isAssignable(orgId, data.ownerId) : Promise.resolve(true),
  ]);
  if (!phase) return { status: "not_found" };
  if (!ownerOk) return { status: "invalid_owner" };
  const task = await db.$transaction((tx) => insertTask(tx, { ...actor, phaseId: phase.id }));
  mailQueued();
  return {
    status: "ok",
    taskId: task.id,
    dueDate: checkDueDate(spanOf(phase.roadmap), actor.phase, data.dueDate),
  };
}

/** A task of the roadmap (not deleted) as stored, with where it is planned. */
async function readTask(tx: Tx, orgId: string, roadmapId: string, taskId: string) {
  const row = await tx.task.findFirst({
    where: { id: taskId, orgId, roadmapId, deletedAt: null },
    select: {
      ...snapshotSelect,
      phase: { select: { kind: true } },
      roadmap: { select: { startDate: true, lengthDays: true } },
    },
  });
  if (!row) return null;
  const { phase, roadmap, ...task } = row;
  return {
    ...snapshot(task),
    phaseKind: phase.kind,
    roadmapSpan: spanOf(roadmap),
  };
}
type StoredTask = NonNullable<Awaited<ReturnType<typeof readTask>>>;

function withoutPlace({ phaseKind: _p, roadmapSpan: _r, ...task }: StoredTask): TaskSnapshot {
  return task;
}

/** The answer to a version-checked save (app/lib/versioned.server.ts) of a task. */
function taskAnswer(
  saved: SaveOutcome<StoredTask>,
  taskId: string,
  dueDate: IsoDate,
): TaskWriteResult {
  if (saved.status === "not_found") return saved;
  if (saved.status === "conflict")
    return { status: "conflict", current: withoutPlace(saved.current) };
  const { roadmapSpan, phaseKind } = saved.status === "saved" ? saved.before : saved.current;
  return { status: "ok", taskId, dueDate: checkDueDate(roadmapSpan, phaseKind, dueDate) };
}

/**
 * Saves the task form. Optimistic concurrency: the update only applies to the
 * version the form was loaded with; otherwise the caller gets the current values
 * (status "conflict") and nothing is written. A save without a change writes nothing.
 */
export async function updateTask(
  actor: Actor & { roadmapId: string; taskId: string; data: UpdateTaskInput },
): Promise<TaskWriteResult> {
  const { orgId, roadmapId, taskId, data } = actor;
  if (data.ownerId && !(await isAssignable(orgId, data.ownerId)))
    return { status: "invalid_owner" };
  const next = {
    title: data.title,
    description: data.description,
    ownerId: data.ownerId || null,
    dueDate: data.dueDate,
    priority: data.priority,
    status: data.status,
  };
  const result = await db.$transaction(async (tx): Promise<TaskWriteResult> => {
    const saved = await saveVersioned({
      read: () => readTask(tx, orgId, roadmapId, taskId),
      version: data.version,
      isUnchanged: (current) => isUnchanged(current, next),
      write: (current) => {
        const isDone = data.status === "done";
        const wasDone = current.status === "done";
        return tx.task.updateMany({
          where: { id: taskId, orgId, version: data.version },
          data: {
            ...next,
            dueDate: isoToUtcDate(data.dueDate),
            ...(isDone && !wasDone
              ? { completedAt: new Date(), completedById: actor.actorId }
              : {}),
            ...(!isDone && wasDone ? { completedAt: null, completedById: null } : {}),
            version: { increment: 1 },
          },
        });
      },
    });
    if (saved.status === "saved") {
      const before = withoutPlace(saved.before);
      await recordAudit(tx, {
        orgId,
        actorId: actor.actorId,
        entity: "task",
        entityId: taskId,
        action: "update",
        before: auditState(before),
        after: auditState({ ...before, ...next, version: data.version + 1 }),
        requestId: actor.requestId,
      });
      if (next.ownerId && next.ownerId !== before.ownerId)
        await notifyAssignee(tx, actor, { id: taskId, roadmapId, title: next.title }, next.ownerId);
      if (next.status === "done" && before.status !== "done")
        await emitTaskCompleted(tx, orgId, taskId);
    }
    return taskAnswer(saved, taskId, data.dueDate);
  });
  mailQueued();
  return result;
}

/**
 * Owner, due date and priority from the board's quick edit, with the same version
 * check as the full form: a stale quick edit is refused with the current values.
 */
export async function planTask(
  actor: Actor & { roadmapId: string; data: PlanTaskInput },
): Promise<TaskWriteResult> {
  const { orgId, roadmapId, data } = actor;
  if (data.ownerId && !(await isAssignable(orgId, data.ownerId)))
    return { status: "invalid_owner" };
  const next = { ownerId: data.ownerId || null, dueDate: data.dueDate, priority: data.priority };
  const result = await db.$transaction(async (tx): Promise<TaskWriteResult> => {
    const saved = await saveVersioned({
      read: () => readTask(tx, orgId, roadmapId, data.taskId),
      version: data.version,
      isUnchanged: (current) => isUnchanged(current, next),
      write: () =>
        tx.task.updateMany({
          where: { id: data.taskId, orgId, version: data.version },
          data: { ...next, dueDate: isoToUtcDate(data.dueDate), version: { increment: 1 } },
        }),
    });
    if (saved.status === "saved") {
      const { ownerId, dueDate, priority } = saved.before;
      await recordAudit(tx, {
        orgId,
        actorId: actor.actorId,
        entity: "task",
        entityId: data.taskId,
        action: "update",
        before: { ownerId, dueDate, priority },
        after: next,
        requestId: actor.requestId,
      });
      if (next.ownerId && next.ownerId !== ownerId) {
        const task = { id: data.taskId, roadmapId, title: saved.before.title };
        await notifyAssignee(tx, actor, task, next.ownerId);
      }
    }
    return taskAnswer(saved, data.taskId, data.dueDate);
  });
  mailQueued();
  return result;
}
