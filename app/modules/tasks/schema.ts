import { z } from "zod";
import { IdParamSchema } from "~/lib/params";
import { TASK_STATUSES } from "../tasks/status";
import type { TaskStatus } from "../tasks/status";
import { IsoDateField, VersionField } from "../roadmaps/schema";
import { isIsoDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { isDueDateInRoadmap } from "../calendar/phase-dates";
import { parseKeyboardMove } from "./ordering";

export const PRIORITIES = ["low", "medium", "high"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const TaskStatusField = z.enum(TASK_STATUSES as [TaskStatus, ...TaskStatus[]]);

/** Empty means unassigned. Whether the id belongs to a member is checked in the module. */
const OwnerField = z.union([z.literal(""), IdParamSchema]).default("");

/**
 * The fields of a task form. Built per roadmap, because a due date outside the
 * 90 days is refused (outside its phase is only a warning, shown after saving).
 */
export function taskFieldsFor(roadmapStart: IsoDate) {
  return {
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(5000).default(""),
    ownerId: OwnerField,
    // zod runs every refinement even after one failed: guard against a malformed date.
    dueDate: IsoDateField.refine(
      (due) => !isIsoDate(due) || isDueDateInRoadmap(roadmapStart, due),
      "tasks.errors.dueOutsideRoadmap",
    ),
    priority: z.enum(PRIORITIES).default("medium"),
  };
}

export function createTaskSchema(roadmapStart: IsoDate) {
  return z.object(taskFieldsFor(roadmapStart));
}
export type CreateTaskInput = z.infer<ReturnType<typeof createTaskSchema>>;

export function updateTaskSchema(roadmapStart: IsoDate) {
  return z.object({
    ...taskFieldsFor(roadmapStart),
    status: TaskStatusField,
    version: VersionField,
  });
}
export type UpdateTaskInput = z.infer<ReturnType<typeof updateTaskSchema>>;

/** Assign, reschedule and prioritise from the board, without the whole form. */
export function planTaskSchema(roadmapStart: IsoDate) {
  const fields = taskFieldsFor(roadmapStart);
  return z.object({
    taskId: IdParamSchema,
    ownerId: fields.ownerId,
    dueDate: fields.dueDate,
    priority: fields.priority,
    version: VersionField,
  });
}
export type PlanTaskInput = z.infer<ReturnType<typeof planTaskSchema>>;

export const TaskIdSchema = z.object({ taskId: IdParamSchema });

/**
 * The status changes of one task, posted to its status route (the task comes from the
 * URL). The tick: `done` says which way, so a second click never flips it back.
 */
export const CompleteTaskSchema = z.object({
  done: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** Drag and drop: into a column, before a task or (empty) at the end. */
export const PlaceTaskSchema = z.object({
  status: TaskStatusField,
  beforeId: z.union([z.literal(""), IdParamSchema]).default(""),
});

/** The keyboard alternative: one step, or to the end of another column. */
export const MoveTaskSchema = z.object({
  move: z.string().transform((value, ctx) => {
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
