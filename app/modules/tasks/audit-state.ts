import { utcDateToIso } from "../calendar/dates";

/** The task columns a "create" audit event records. */
export const CREATED_TASK_SELECT = {
  id: true,
  title: true,
  description: true,
  ownerId: true,
  dueDate: true,
  status: true,
  priority: true,
  position: true,
} as const;

type CreatedTask = {
  id: string;
  title: string;
  description: string;
  ownerId: string | null;
  dueDate: Date;
  status: string;
  priority: string;
  position: number;
};

/**
 * The "create" audit event of a task made in bulk (from the roadmap template, from an
 * assessment's obligations), shaped like the one a task created by hand gets, so the
 * task's history and the organisation's log read the same whatever made it.
 */
export function taskCreatedEvent(
  task: CreatedTask,
  actor: { orgId: string; actorId: string | null; requestId?: string },
) {
  const { id, dueDate, ...rest } = task;
  return {
    orgId: actor.orgId,
    actorId: actor.actorId,
    entity: "task",
    entityId: id,
    action: "create",
    after: { ...rest, dueDate: utcDateToIso(dueDate) },
    requestId: actor.requestId,
  };
}
