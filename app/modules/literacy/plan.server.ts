import { db } from "~/lib/db.server";
import { translate } from "~/lib/i18n";
import { recordAudit } from "../audit/audit.server";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { isDueDateInRoadmap, phaseForToday, roadmapEndDate, spanOf } from "../calendar/phase-dates";
import type { PhaseKind, RoadmapSpan } from "../calendar/phase-dates";
import { insertTask } from "../tasks/tasks.server";
import { deleteTaskIn } from "../tasks/deletion.server";
import type { Actor } from "~/lib/actor";
import { completionValidity } from "./expiry";
import { readTrainingPlan } from "./queries.server";
import type { AssignTrainingInput } from "./schema";
import type { TrainingChoice } from "./trainings.server";

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

type PlanRows = Awaited<ReturnType<typeof readTrainingPlan>>;

/** The roadmap the plan's tasks go into, and the phase they land in today. */
export type PlanRoadmap = RoadmapSpan & {
  id: string;
  title: string;
  endDate: IsoDate;
  phase: PhaseKind;
};

/** The plan's entries, open ones first, by due date (see getTrainingPlan). */
function planEntries(rows: PlanRows, today: IsoDate) {
  const valid = new Set<string>();
  for (const c of rows) {
    if (c.kind === 1 && completionValidity(c.day, c.validityMonths, today).isValid)
      valid.add(`${c.trainingId}:${c.userId}`);
  }
  const entries = [];
  for (const r of rows) {
    if (r.kind !== 0) continue;
    const isDone = valid.has(`${r.trainingId}:${r.userId}`);
    entries.push({
      id: r.id,
      person: r.person,
      training: r.title,
      dueDate: r.day,
      isDone,
      isOverdue: !isDone && r.day < today,
      task:
        r.taskId && r.taskStatus && r.taskRoadmapId
          ? { id: r.taskId, roadmapId: r.taskRoadmapId, status: r.taskStatus }
          : null,
    });
  }
  return [...entries.filter((e) => !e.isDone), ...entries.filter((e) => e.isDone)];
}

/**
 * The plan (scoped by orgId): every entry with its person, training, due date, task
 * and whether a valid completion fulfils it; open entries first, by due date.
 * One round trip, whatever the plan's size.
 */
export async function listAssignments({ orgId, today }: { orgId: string; today: IsoDate }) {
  return planEntries(await readTrainingPlan(orgId), today);
}

/**
 * The training plan page (scoped by orgId), in one round trip: the plan's entries (see
 * listAssignments); the active trainings by title for the form's choices; and the
 * roadmap the plan's tasks go into (the newest active one), with its dates and the
 * phase they land in today, or null.
 */
export async function getTrainingPlan({ orgId, today }: { orgId: string; today: IsoDate }) {
  const rows = await readTrainingPlan(orgId);
  const trainings: TrainingChoice[] = [];
  let roadmap: PlanRoadmap | null = null;
  for (const row of rows) {
    if (row.kind === 2) {
      trainings.push({
        id: row.id,
        title: row.title,
        topic: row.topic,
        validityMonths: row.validityMonths,
      });
    } else if (row.kind === 3) {
      const span = { startDate: row.day, lengthDays: row.lengthDays };
      roadmap = {
        id: row.id,
        title: row.title,
        ...span,
        endDate: roadmapEndDate(span),
        phase: phaseForToday(span, today),
      };
    }
  }
  return { entries: planEntries(rows, today), trainings, roadmap };
}
