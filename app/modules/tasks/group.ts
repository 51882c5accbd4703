import { addDaysIso, compareIso, isoWeekNumber, startOfWeekIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import type { TaskStatus } from "./status";

export type GroupableTask = { dueDate: IsoDate; status: TaskStatus };

export type DueWeekGroup<T> =
  | { kind: "overdue"; tasks: T[] }
  | {
      kind: "week";
      weekStart: IsoDate;
      weekEnd: IsoDate;
      week: number;
      isThisWeek: boolean;
      tasks: T[];
    };

/**
 * "My tasks" grouped by the calendar week they are due in (ISO weeks, Monday first),
 * with everything open and past due gathered at the top as "overdue". Work that is
 * done and was due before this week is left out unless asked for: it is history.
 */
export function groupByDueWeek<T extends GroupableTask>(
  tasks: readonly T[],
  today: IsoDate,
  { includePastDone = false }: { includePastDone?: boolean } = {},
): DueWeekGroup<T>[] {
  const thisWeek = startOfWeekIso(today);
  const overdue: T[] = [];
  const weeks = new Map<IsoDate, T[]>();
  for (const task of [...tasks].sort((a, b) => compareIso(a.dueDate, b.dueDate))) {
    if (task.status !== "done" && task.dueDate < today) {
      overdue.push(task);
      continue;
    }
    const weekStart = startOfWeekIso(task.dueDate);
    if (task.status === "done" && weekStart < thisWeek && !includePastDone) continue;
    const list = weeks.get(weekStart) ?? [];
    list.push(task);
    weeks.set(weekStart, list);
  }
  const groups: DueWeekGroup<T>[] = overdue.length > 0 ? [{ kind: "overdue", tasks: overdue }] : [];
  for (const [weekStart, list] of [...weeks].sort(([a], [b]) => compareIso(a, b))) {
    groups.push({
      kind: "week",
      weekStart,
      weekEnd: addDaysIso(weekStart, 6),
      week: isoWeekNumber(weekStart),
      isThisWeek: weekStart === thisWeek,
      tasks: list,
    });
  }
  return groups;
}
