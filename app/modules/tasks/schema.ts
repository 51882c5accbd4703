import { z } from "zod";
import { choice, date, id, multilineText, optionalId, text, version } from "~/lib/fields";
import { IdParamSchema } from "~/lib/params";
import { TASK_STATUSES } from "../tasks/status";
import type { TaskStatus } from "../tasks/status";
import { isDueDateInRoadmap } from "../calendar/phase-dates";
import type { RoadmapSpan } from "../calendar/phase-dates";
import { parseKeyboardMove } from "./ordering";

import { PRIORITIES } from "./priorities";

export { PRIORITIES };
export type { Priority } from "./priorities";

const TASK_STATUS_VALUES = TASK_STATUSES as [TaskStatus, ...TaskStatus[]];
export const TaskStatusField = choice(TASK_STATUS_VALUES);

/** Empty (null) means unassigned. Whether the id belongs to a member is checked in the module. */
const OwnerField = optionalId();

/**
 * The fields of a task form. Built per roadmap, because a due date outside the
 * roadmap's days is refused (outside its phase is only a warning, shown after saving).
 */
export function taskFieldsFor(span: RoadmapSpan) {
  return {
    title: text({ max: 200 }),
    description: multilineText({ max: 5000, optional: true }),
    ownerId: OwnerField,
    dueDate: date().refine(
      (due) => isDueDateInRoadmap(span, due),
      "tasks.errors.dueOutsideRoadmap",
    ),
    priority: choice(PRIORITIES, { empty: "medium" }),
  };
}

export function createTaskSchema(span: RoadmapSpan) {
  return z.object(taskFieldsFor(span));
}
export type CreateTaskInput = z.infer<ReturnType<typeof createTaskSchema>>;

export function updateTaskSchema(span: RoadmapSpan) {
  return z.object({
    ...taskFieldsFor(span),
    status: TaskStatusField,
    version: version(),
  });
}
export type UpdateTaskInput = z.infer<ReturnType<typeof updateTaskSchema>>;

/** Assign, reschedule and prioritise from the board, without the whole form. */
export function planTaskSchema(span: RoadmapSpan) {
  const fields = taskFieldsFor(span);
  return z.object({
    taskId: id({ message: "validation.reload" }),
    ownerId: fields.ownerId,
    dueDate: fields.dueDate,
    priority: fields.priority,
    version: version(),
  });
}
export type PlanTaskInput = z.infer<ReturnType<typeof planTaskSchema>>;

export const TaskIdSchema = z.object({ taskId: id({ message: "validation.reload" }) });

/**
 * The status changes of one task, posted to its status route (the task comes from the
 * URL). The tick: `done` says which way, so a second click never flips it back.
 */
export const CompleteTaskSchema = z.object({
  done: choice(["true", "false"]).transform((v) => v === "true"),
});

/** Drag and drop: into a column, before a task or (empty) at the end. */
export const PlaceTaskSchema = z.object({
  status: TaskStatusField,
  beforeId: optionalId({ message: "validation.reload" }),
});

/** The keyboard alternative: one step, or to the end of another column. */
export const MoveTaskSchema = z.object({
  move: text({ max: 40 }).transform((value, ctx) => {
    const move = parseKeyboardMove(value);
    if (move) return move;
    ctx.addIssue({ code: "custom", message: "validation.required" });
    return z.NEVER;
  }),
});

/**
 * The board's filters from the URL. A hand-edited or stale value is dropped rather
 * than answered with an error: the board then simply shows everything.
 */
export const BoardFilterSchema = z.object({
  owner: z
    .union([z.literal("me"), z.literal("none"), IdParamSchema])
    .optional()
    .catch(undefined),
  status: TaskStatusField.optional().catch(undefined),
});
export type BoardFilter = z.infer<typeof BoardFilterSchema>;

export function parseBoardFilter(searchParams: URLSearchParams): BoardFilter {
  return BoardFilterSchema.parse({
    owner: searchParams.get("owner") || undefined,
    status: searchParams.get("status") || undefined,
  });
}
