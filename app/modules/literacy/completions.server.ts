import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { setTaskDoneIn } from "../tasks/status.server";
import type { Actor } from "~/lib/actor";
import { completionValidity } from "./expiry";
import { readRecordPage } from "./queries.server";
import type { RecordCompletionsInput } from "./schema";
import type { TrainingChoice } from "./trainings.server";

type Tx = Prisma.TransactionClient;

export type RecordResult =
  | { ok: true; created: number; alreadyRecorded: number; tasksCompleted: number }
  | { ok: false; reason: "training" | "members" };

/**
 * Bulk entry: one training, several people, one day. Scoped: the training must be an
 * active one of the organisation and every person a member of it. A completion that
 * is already on record (same training, person and day) is not added twice. A valid
 * completion ticks off the person's task from the training plan, in the same
 * transaction, with the task's own audit event.
 */
export async function recordCompletions(
  actor: Actor & { input: RecordCompletionsInput; today: IsoDate },
): Promise<RecordResult> {
  const { orgId, input } = actor;
  const [training, members] = await Promise.all([
    db.training.findFirst({
      where: { id: input.trainingId, orgId, archivedAt: null },
      select: { id: true, title: true, validityMonths: true },
    }),
    db.membership.findMany({
      where: { orgId, userId: { in: input.userIds } },
      select: { userId: true },
    }),
  ]);
  if (!training) return { ok: false, reason: "training" };
  if (members.length !== input.userIds.length) return { ok: false, reason: "members" };
  const completedOn = isoToUtcDate(input.completedOn);
  const countsNow = completionValidity(
    input.completedOn,
    training.validityMonths,
    actor.today,
  ).isValid;

  return db.$transaction(async (tx) => {
    const existing = await tx.trainingCompletion.findMany({
      where: { orgId, trainingId: training.id, completedOn, userId: { in: input.userIds } },
      select: { userId: true },
    });
    const recorded = new Set(existing.map((e) => e.userId));
    const fresh = input.userIds.filter((id) => !recorded.has(id));
    for (const userId of fresh) {
      const created = await tx.trainingCompletion.create({
        data: {
          orgId,
          trainingId: training.id,
          userId,
          completedOn,
          note: input.note,
          recordedById: actor.actorId,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        orgId,
        actorId: actor.actorId,
        entity: "training_completion",
        entityId: created.id,
        action: "create",
        after: {
          trainingId: training.id,
          training: training.title,
          userId,
          completedOn: input.completedOn,
          note: input.note,
        },
        requestId: actor.requestId,
      });
    }
    const tasksCompleted = countsNow ? await setPlanTasks(tx, actor, training.id, fresh, true) : 0;
    return {
      ok: true as const,
      created: fresh.length,
      alreadyRecorded: recorded.size,
      tasksCompleted,
    };
  });
}

/** Ticks off (or reopens) the plan's tasks of these people for this training. */
async function setPlanTasks(
  tx: Tx,
  actor: Actor,
  trainingId: string,
  userIds: string[],
  done: boolean,
): Promise<number> {
  if (userIds.length === 0) return 0;
  const assignments = await tx.trainingAssignment.findMany({
    where: { orgId: actor.orgId, trainingId, userId: { in: userIds }, taskId: { not: null } },
    select: { taskId: true },
  });
  let changed = 0;
  for (const { taskId } of assignments) {
    const result = await setTaskDoneIn(tx, {
      orgId: actor.orgId,
      actorId: actor.actorId,
      requestId: actor.requestId,
      taskId: taskId!,
      done,
    });
    if (result.status === "ok") changed++;
  }
  return changed;
}

/**
 * Deletes a wrongly recorded completion (managers). When the person then has no
 * valid completion of that training, the plan's task for it opens again.
 */
export async function deleteCompletion(
  actor: Actor & { completionId: string; today: IsoDate },
): Promise<{ ok: true; person: string; training: string; completedOn: IsoDate } | { ok: false }> {
  const { orgId, completionId } = actor;
  return db.$transaction(async (tx) => {
    const row = await tx.trainingCompletion.findFirst({
      where: { id: completionId, orgId },
      select: {
        trainingId: true,
        userId: true,
        completedOn: true,
        note: true,
        user: { select: { name: true } },
        training: { select: { title: true, validityMonths: true } },
      },
    });
    if (!row) return { ok: false as const };
    await tx.trainingCompletion.deleteMany({ where: { id: completionId, orgId } });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "training_completion",
      entityId: completionId,
      action: "delete",
      before: {
        trainingId: row.trainingId,
        training: row.training.title,
        userId: row.userId,
        completedOn: utcDateToIso(row.completedOn),
        note: row.note,
      },
      requestId: actor.requestId,
    });
    const others = await tx.trainingCompletion.findMany({
      where: { orgId, trainingId: row.trainingId, userId: row.userId },
      select: { completedOn: true },
    });
    const stillValid = others.some(
      (o) =>
        completionValidity(utcDateToIso(o.completedOn), row.training.validityMonths, actor.today)
          .isValid,
    );
    if (!stillValid) await setPlanTasks(tx, actor, row.trainingId, [row.userId], false);
    return {
      ok: true as const,
      person: row.user.name,
      training: row.training.title,
      completedOn: utcDateToIso(row.completedOn),
    };
  });
}

/**
 * The record page (scoped by orgId), in one round trip: the active trainings by title
 * for the form's choices, and the latest completions, newest day first; only one
 * person's when `userId` is given (members see their own).
 */
export async function getRecordPage({
  orgId,
  userId,
  take = 25,
}: {
  orgId: string;
  userId?: string;
  take?: number;
}) {
  const rows = await readRecordPage({ orgId, userId: userId ?? null, take });
  const trainings: TrainingChoice[] = [];
  const recent = [];
  for (const row of rows) {
    if (row.kind === 0) {
      trainings.push({
        id: row.id,
        title: row.title,
        topic: row.topic,
        validityMonths: row.validityMonths,
      });
    } else {
      recent.push({
        id: row.id,
        completedOn: row.day,
        note: row.note,
        person: row.person,
        recordedBy: row.recordedBy,
        training: row.training,
        validityMonths: row.validityMonths,
      });
    }
  }
  return { trainings, recent };
}
