import { db } from "~/lib/db.server";
import { translate } from "~/lib/i18n";
import { recordAudit } from "../audit/audit.server";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { isDueDateInRoadmap, phaseForToday, roadmapEndDate, spanOf } from "../calendar/phase-dates";
import { insertTask } from "../tasks/tasks.server";
import { deleteTaskIn } from "../tasks/deletion.server";
import type { Actor } from "~/lib/actor";
import { completionValidity } from "./expiry";
import type { AssignTrainingInput } from "./schema";

/** Why people of a plan got no task (the plan entry exists all the same). */
export type NoTaskReason = "no_roadmap" | "outside_roadmap";

export type AssignResult =
  | {
      ok: true;
      created: number;
      withTask: number;
      /** Already in the plan for this training: left as they are. */
      alreadyPlanned: string[];
      /** Viewers may not own tasks: planned without one. */
      viewersWithoutTask: string[];
      noTaskReason: NoTaskReason | null;
      roadmap: { id: string; title: string } | null;
    }
  | { ok: false; reason: "training" | "members" };

/**
 * The training plan: every person gets the training with the due date, and an owned
 * task in the current phase of the organisation's active roadmap (the newest active
 * one), created with the task module's insert so it has its "create" audit event.
 * DECISION: no task, but still a plan entry, when there is no active roadmap or the
 * due date lies outside its 90 days (a task must lie inside them), and for viewers
 * (they may not own tasks); the result says so. Scoped: an active training and
 * members of the organisation only.
 */
export async function assignTraining(
  actor: Actor & { input: AssignTrainingInput; today: IsoDate; orgSlug: string },
): Promise<AssignResult> {
  const { orgId, input } = actor;
  const [training, members, roadmap] = await Promise.all([
    db.training.findFirst({
      where: { id: input.trainingId, orgId, archivedAt: null },
      select: { id: true, title: true },
    }),
    db.membership.findMany({
      where: { orgId, userId: { in: input.userIds } },
      select: { userId: true, role: true, user: { select: { name: true } } },
    }),
    db.roadmap.findFirst({
      where: { orgId, status: "active" },
      orderBy: { startDate: "desc" },
      select: {
        id: true,
        title: true,
        locale: true,
        startDate: true,
        lengthDays: true,
        phases: { select: { id: true, kind: true } },
      },
    }),
  ]);
  if (!training) return { ok: false, reason: "training" };
  if (members.length !== input.userIds.length) return { ok: false, reason: "members" };

  const span = roadmap ? spanOf(roadmap) : null;
  const noTaskReason: NoTaskReason | null = !span
    ? "no_roadmap"
    : !isDueDateInRoadmap(span, input.dueDate)
      ? "outside_roadmap"
      : null;
  const phaseKind = span ? phaseForToday(span, actor.today) : null;
  const phase = roadmap?.phases.find((p) => p.kind === phaseKind) ?? null;
  const link = `/o/${actor.orgSlug}/governance/literacy/record?training=${training.id}`;

  return db.$transaction(async (tx) => {
    const existing = await tx.trainingAssignment.findMany({
      where: { orgId, trainingId: training.id, userId: { in: input.userIds } },
      select: { userId: true },
    });
    const planned = new Set(existing.map((e) => e.userId));
    const alreadyPlanned: string[] = [];
    const viewersWithoutTask: string[] = [];
    let created = 0;
    let withTask = 0;
    for (const member of members) {
      if (planned.has(member.userId)) {
        alreadyPlanned.push(member.user.name);
        continue;
      }
      let taskId: string | null = null;
      if (member.role === "viewer") viewersWithoutTask.push(member.user.name);
      else if (roadmap && phase && noTaskReason === null) {
        const task = await insertTask(tx, {
          orgId,
          actorId: actor.actorId,
          requestId: actor.requestId,
          roadmapId: roadmap.id,
          phaseId: phase.id,
          data: {
            title: translate(roadmap.locale, "literacy.plan.taskTitle", {
              training: training.title,
            }),
            description: translate(roadmap.locale, "literacy.plan.taskDescription", { link }),
            ownerId: member.userId,
            dueDate: input.dueDate,
            priority: "medium",
          },
        });
        taskId = task.id;
        withTask++;
      }
      const assignment = await tx.trainingAssignment.create({
        data: {
          orgId,
          trainingId: training.id,
          userId: member.userId,
          dueDate: isoToUtcDate(input.dueDate),
          taskId,
          assignedById: actor.actorId,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        orgId,
        actorId: actor.actorId,
        entity: "training_assignment",
        entityId: assignment.id,
        action: "create",
        after: {
          trainingId: training.id,
          training: training.title,
          userId: member.userId,
          dueDate: input.dueDate,
          taskId,
        },
        requestId: actor.requestId,
      });
      created++;
    }
    return {
      ok: true as const,
      created,
      withTask,
      alreadyPlanned,
      viewersWithoutTask,
      noTaskReason: created > viewersWithoutTask.length ? noTaskReason : null,
      roadmap: roadmap ? { id: roadmap.id, title: roadmap.title } : null,
    };
  });
}

/**
 * Takes a person's training out of the plan (managers). An open task of it goes
 * too (soft delete with its audit event); a done one stays as the record of work done.
 */
export async function deleteAssignment(
  actor: Actor & { assignmentId: string },
): Promise<{ ok: boolean }> {
  const { orgId, assignmentId } = actor;
  return db.$transaction(async (tx) => {
    const row = await tx.trainingAssignment.findFirst({
      where: { id: assignmentId, orgId },
      select: {
        trainingId: true,
        userId: true,
        dueDate: true,
        taskId: true,
        training: { select: { title: true } },
        task: { select: { status: true } },
      },
    });
    if (!row) return { ok: false };
    await tx.trainingAssignment.deleteMany({ where: { id: assignmentId, orgId } });
    if (row.taskId && row.task && row.task.status !== "done") {
      await deleteTaskIn(tx, {
        orgId,
        actorId: actor.actorId,
        requestId: actor.requestId,
        taskId: row.taskId,
      });
    }
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "training_assignment",
      entityId: assignmentId,
      action: "delete",
      before: {
        trainingId: row.trainingId,
        training: row.training.title,
        userId: row.userId,
        dueDate: utcDateToIso(row.dueDate),
        taskId: row.taskId,
      },
      requestId: actor.requestId,
    });
    return { ok: true };
  });
}

/**
 * The plan (scoped by orgId): every entry with its person, training, due date, task
 * and whether a valid completion fulfils it; open entries first, by due date.
 * Two round trips, whatever the plan's size.
 */
export async function listAssignments({ orgId, today }: { orgId: string; today: IsoDate }) {
  const [rows, completions] = await Promise.all([
    db.trainingAssignment.findMany({
      where: { orgId },
      orderBy: { dueDate: "asc" },
      select: {
        id: true,
        userId: true,
        trainingId: true,
        dueDate: true,
        taskId: true,
        user: { select: { name: true } },
        training: { select: { title: true } },
        task: { select: { status: true, roadmapId: true, deletedAt: true } },
      },
    }),
    db.trainingCompletion.findMany({
      where: { orgId, training: { orgId, assignments: { some: {} } } },
      select: {
        userId: true,
        trainingId: true,
        completedOn: true,
        training: { select: { validityMonths: true } },
      },
    }),
  ]);
  const valid = new Set(
    completions
      .filter(
        (c) =>
          completionValidity(utcDateToIso(c.completedOn), c.training.validityMonths, today).isValid,
      )
      .map((c) => `${c.trainingId}:${c.userId}`),
  );
  const entries = rows.map((r) => {
    const dueDate = utcDateToIso(r.dueDate);
    const isDone = valid.has(`${r.trainingId}:${r.userId}`);
    return {
      id: r.id,
      person: r.user.name,
      training: r.training.title,
      dueDate,
      isDone,
      isOverdue: !isDone && dueDate < today,
      task:
        r.taskId && r.task && !r.task.deletedAt
          ? { id: r.taskId, roadmapId: r.task.roadmapId, status: r.task.status }
          : null,
    };
  });
  return [...entries.filter((e) => !e.isDone), ...entries.filter((e) => e.isDone)];
}

/**
 * The roadmap the plan's tasks go into (the newest active one), with its dates and
 * the phase they land in today; scoped by orgId.
 */
export async function getPlanRoadmap({ orgId, today }: { orgId: string; today: IsoDate }) {
  const roadmap = await db.roadmap.findFirst({
    where: { orgId, status: "active" },
    orderBy: { startDate: "desc" },
    select: { id: true, title: true, startDate: true, lengthDays: true },
  });
  if (!roadmap) return null;
  const span = spanOf(roadmap);
  return {
    id: roadmap.id,
    title: roadmap.title,
    ...span,
    endDate: roadmapEndDate(span),
    phase: phaseForToday(span, today),
  };
}
