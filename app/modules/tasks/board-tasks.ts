import type { IsoDate } from "../calendar/dates";
import type { PhaseKind, RoadmapSpan } from "../calendar/phase-dates";
import { dueDateChecker } from "./due-date";
import type { DueDatePlacement } from "./due-date";
import type { Priority } from "./priorities";
import type { TaskStatus } from "./status";

/** A task as the phase board shows and moves it. */
export type BoardTask = {
  id: string;
  title: string;
  status: TaskStatus;
  priority: Priority;
  dueDate: IsoDate;
  ownerId: string | null;
  /** Its place in the column: only the order matters to the board. */
  position: number;
  version: number;
  placement: DueDatePlacement;
  isOverdue: boolean;
};

/**
 * A board task as the loader sends it: only what the browser cannot work out, as a
 * tuple (a board of 300 tasks repeats no field names). Tasks come in the board's
 * order; where the due date falls and whether the task is overdue follow from the
 * roadmap's dates and today.
 */
export type PackedTask = [
  id: string,
  title: string,
  status: TaskStatus,
  priority: Priority,
  dueDate: IsoDate,
  ownerId: string | null,
  version: number,
];

/** The tasks, in the board's order (position, then id), packed for the loader. */
export function packBoardTasks(tasks: readonly BoardTask[]): PackedTask[] {
  return tasks.map((t) => [t.id, t.title, t.status, t.priority, t.dueDate, t.ownerId, t.version]);
}

/** The board's tasks from what the loader sent (see PackedTask). */
export function unpackBoardTasks(
  packed: readonly PackedTask[],
  { span, phase, today }: { span: RoadmapSpan; phase: PhaseKind; today: IsoDate },
): BoardTask[] {
  const placementOf = dueDateChecker(span, phase);
  return packed.map(([id, title, status, priority, dueDate, ownerId, version], position) =>
    boardTask(
      { id, title, status, priority, dueDate, ownerId, version, position },
      placementOf,
      today,
    ),
  );
}

/** A task with where its due date falls and whether it is overdue today. */
export function boardTask(
  task: Omit<BoardTask, "placement" | "isOverdue">,
  placementOf: (due: IsoDate) => DueDatePlacement,
  today: IsoDate,
): BoardTask {
  return {
    ...task,
    placement: placementOf(task.dueDate),
    isOverdue: task.status !== "done" && task.dueDate < today,
  };
}
