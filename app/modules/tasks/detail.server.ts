import { listMembersByName, peopleOf } from "~/modules/members/queries.server";
import { phaseDatesFor } from "../calendar/phase-dates";
import { checkDueDate } from "./due-date";
import { readMyTasks, readTask, readTaskHistory } from "./queries.server";

const HISTORY_LIMIT = 100;

/**
 * A task with what its detail page needs: the editable fields and version, its
 * phase's dates, the people who may own it and its history from the audit trail.
 * Scoped by orgId and roadmapId; a deleted task is still found (with deletedAt)
 * so its page can offer the undo. Three statements.
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
    readTask({ orgId, roadmapId, taskId }),
    listMembersByName(orgId),
    readTaskHistory({ orgId, taskId, limit: HISTORY_LIMIT }),
  ]);
  if (!task) return null;
  const span = { startDate: task.startDate, lengthDays: task.lengthDays };
  return {
    task: {
      id: task.id,
      title: task.title,
      description: task.description,
      status: task.status,
      priority: task.priority,
      dueDate: task.dueDate,
      ownerId: task.ownerId,
      version: task.version,
      isDeleted: task.deletedAt !== null,
      completedAt: task.completedAt?.toISOString() ?? null,
      completedByName: task.completedByName,
      createdAt: task.createdAt.toISOString(),
      phase: task.phase,
      placement: checkDueDate(span, task.phase, task.dueDate),
    },
    roadmap: { id: task.roadmapId, title: task.roadmapTitle, status: task.roadmapStatus, ...span },
    phaseDates: phaseDatesFor(span, task.phase),
    people: peopleOf(members),
    history: events.map((e) => ({
      id: e.id,
      action: e.action,
      before: e.before,
      after: e.after,
      at: e.createdAt.toISOString(),
      actorName: e.actorName,
    })),
  };
}

export type TaskDetail = NonNullable<Awaited<ReturnType<typeof getTaskDetail>>>;

const MY_TASKS_LIMIT = 500;

/**
 * Every live task assigned to the user in this organisation, in roadmaps that are not
 * archived, ordered by due date: one statement. Scoped by orgId and ownerId.
 */
export async function listMyTasks({ orgId, userId }: { orgId: string; userId: string }) {
  return readMyTasks({ orgId, userId, limit: MY_TASKS_LIMIT });
}

export type MyTask = Awaited<ReturnType<typeof listMyTasks>>[number];
