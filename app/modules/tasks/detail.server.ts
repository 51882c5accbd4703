import { listMembersByName, peopleOf } from "~/modules/members/queries.server";
import { db } from "~/lib/db.server";
import { utcDateToIso } from "../calendar/dates";
import { phaseDatesFor, spanOf } from "../calendar/phase-dates";
import { checkDueDate } from "./due-date";

const HISTORY_LIMIT = 100;

/**
 * A task with what its detail page needs: the editable fields and version, its
 * phase's dates, the people who may own it and its history from the audit trail.
 * Scoped by orgId and roadmapId; a deleted task is still found (with deletedAt)
 * so its page can offer the undo.
 */
export async function getTaskDetail({
  orgId,
  roadmapId,
  taskId,
}: {
  orgId: string;
  roadmapId: string;
  taskId: string;
}) {
  const [task, members, events] = await Promise.all([
    db.task.findFirst({
      where: { id: taskId, orgId, roadmapId },
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        priority: true,
        dueDate: true,
        ownerId: true,
        version: true,
        deletedAt: true,
        completedAt: true,
        createdAt: true,
        phase: { select: { kind: true } },
        roadmap: {
          select: { id: true, title: true, startDate: true, lengthDays: true, status: true },
        },
        completedBy: { select: { name: true } },
      },
    }),
    listMembersByName(orgId),
    db.auditEvent.findMany({
      where: { orgId, entity: "task", entityId: taskId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_LIMIT,
      select: {
        id: true,
        action: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true } },
      },
    }),
  ]);
  if (!task) return null;
  const span = spanOf(task.roadmap);
  const dueDate = utcDateToIso(task.dueDate);
  return {
    task: {
      id: task.id,
      title: task.title,
      description: task.description,
      status: task.status,
      priority: task.priority,
      dueDate,
      ownerId: task.ownerId,
      version: task.version,
      isDeleted: task.deletedAt !== null,
      completedAt: task.completedAt?.toISOString() ?? null,
      completedByName: task.completedBy?.name ?? null,
      createdAt: task.createdAt.toISOString(),
      phase: task.phase.kind,
      placement: checkDueDate(span, task.phase.kind, dueDate),
    },
    roadmap: {
      id: task.roadmap.id,
      title: task.roadmap.title,
      status: task.roadmap.status,
      ...span,
    },
    phaseDates: phaseDatesFor(span, task.phase.kind),
    people: peopleOf(members),
    history: events.map((e) => ({
      id: e.id,
      action: e.action,
      before: (e.before ?? null) as Record<string, unknown> | null,
      after: (e.after ?? null) as Record<string, unknown> | null,
      at: e.createdAt.toISOString(),
      actorName: e.actor?.name ?? null,
    })),
  };
}

export type TaskDetail = NonNullable<Awaited<ReturnType<typeof getTaskDetail>>>;

const MY_TASKS_LIMIT = 500;

/**
 * Every live task assigned to the user in this organisation, in roadmaps that are not
 * archived, ordered by due date. Scoped by orgId and ownerId.
 */
export async function listMyTasks({ orgId, userId }: { orgId: string; userId: string }) {
  const tasks = await db.task.findMany({
    where: {
      orgId,
      ownerId: userId,
      deletedAt: null,
      roadmap: { orgId, status: { not: "archived" } },
    },
    orderBy: [{ dueDate: "asc" }, { position: "asc" }],
    take: MY_TASKS_LIMIT,
    select: {
      id: true,
      title: true,
      status: true,
      priority: true,
      dueDate: true,
      roadmapId: true,
      phase: { select: { kind: true } },
      roadmap: { select: { title: true } },
    },
  });
  return tasks.map((t) => ({
    id: t.id,
    title: t.title,
    status: t.status,
    priority: t.priority,
    dueDate: utcDateToIso(t.dueDate),
    roadmapId: t.roadmapId,
    roadmapTitle: t.roadmap.title,
    phase: t.phase.kind,
  }));
}

export type MyTask = Awaited<ReturnType<typeof listMyTasks>>[number];
