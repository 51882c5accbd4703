import { TASK_STATUSES } from "../tasks/status";
import type { TaskStatus } from "../tasks/status";

export type OrderedTask = { id: string; status: TaskStatus; position: number };

/** Where a task goes: into a status column, before another task or (null) at its end. */
export type Placement = { status: TaskStatus; beforeId: string | null };

export type KeyboardMove = "up" | "down" | { status: TaskStatus };

/** A keyboard move as the card's menu sends it: "up", "down" or "status:<status>". */
export function parseKeyboardMove(value: string): KeyboardMove | null {
  if (value === "up" || value === "down") return value;
  const status = value.startsWith("status:") ? value.slice(7) : "";
  return (TASK_STATUSES as readonly string[]).includes(status)
    ? { status: status as TaskStatus }
    : null;
}

/** Column order: position, then id, so ties (after concurrent moves) stay stable. */
export function compareTasks(a: OrderedTask, b: OrderedTask): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function columnOf<T extends OrderedTask>(tasks: readonly T[], status: TaskStatus): T[] {
  return tasks.filter((task) => task.status === status).sort(compareTasks);
}

/**
 * The keyboard alternative to drag and drop: one step up or down within the column,
 * or to the end of another status column. Null when there is nothing to move
 * (already first/last, or already in that column).
 */
export function placementForMove(
  tasks: readonly OrderedTask[],
  taskId: string,
  move: KeyboardMove,
): Placement | null {
  const task = tasks.find((t) => t.id === taskId);
  if (!task) return null;
  if (typeof move === "object") {
    return move.status === task.status ? null : { status: move.status, beforeId: null };
  }
  const column = columnOf(tasks, task.status);
  const index = column.findIndex((t) => t.id === taskId);
  if (move === "up") {
    return index <= 0 ? null : { status: task.status, beforeId: column[index - 1]!.id };
  }
  if (index >= column.length - 1) return null;
  return { status: task.status, beforeId: column[index + 2]?.id ?? null };
}

/**
 * The stored position for a placement, given the target column without the moved
 * task: the position of the task it goes before (and everything from there on moves
 * down by one, `shiftFrom`), or one past the column's last position.
 */
export function positionForPlacement(
  column: readonly { id: string; position: number }[],
  beforeId: string | null,
): { position: number; shiftFrom: number | null } {
  const before = beforeId ? column.find((t) => t.id === beforeId) : undefined;
  if (before) return { position: before.position, shiftFrom: before.position };
  const last = column.reduce((max, t) => Math.max(max, t.position), -1);
  return { position: last + 1, shiftFrom: null };
}

/**
 * The board as it will look after a placement, for the optimistic update in the
 * browser: same rule as the server, positions renumbered in the target column.
 */
export function applyPlacement<T extends OrderedTask>(
  tasks: readonly T[],
  taskId: string,
  placement: Placement,
): T[] {
  const task = tasks.find((t) => t.id === taskId);
  if (!task || placement.beforeId === taskId) return [...tasks];
  const rest = tasks.filter((t) => t.id !== taskId);
  const column = columnOf(rest, placement.status);
  const index = placement.beforeId ? column.findIndex((t) => t.id === placement.beforeId) : -1;
  const moved = { ...task, status: placement.status };
  column.splice(index < 0 ? column.length : index, 0, moved);
  const renumbered = new Map(column.map((t, i) => [t.id, i]));
  return [...rest.filter((t) => t.status !== placement.status), ...column].map((t) =>
    renumbered.has(t.id) ? { ...t, position: renumbered.get(t.id)! } : t,
  );
}
