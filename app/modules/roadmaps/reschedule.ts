import { addDaysIso, compareIso, diffDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { computePhaseDates, roadmapEndDate, shiftDate } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";

export type ReschedulableTask = { id: string; title: string; dueDate: IsoDate; status: string };

export type StartDateChange = {
  shiftDays: number;
  roadmap: { from: { start: IsoDate; end: IsoDate }; to: { start: IsoDate; end: IsoDate } };
  phases: {
    kind: PhaseKind;
    from: { start: IsoDate; end: IsoDate };
    to: { start: IsoDate; end: IsoDate };
  }[];
  /** Every task that moves, in due-date order; done tasks move too (the plan moves as one). */
  tasks: { id: string; title: string; status: string; from: IsoDate; to: IsoDate }[];
};

/**
 * What moves when a roadmap's start date moves: the phases, the gates at their ends
 * and every task's due date keep their distance to the start, so the whole plan
 * shifts by the same number of days. Shown to the user before they confirm.
 */
export function planStartDateChange(
  oldStart: IsoDate,
  newStart: IsoDate,
  tasks: readonly ReschedulableTask[],
): StartDateChange {
  const shiftDays = diffDaysIso(oldStart, newStart);
  const before = computePhaseDates(oldStart);
  const after = computePhaseDates(newStart);
  return {
    shiftDays,
    roadmap: {
      from: { start: oldStart, end: roadmapEndDate(oldStart) },
      to: { start: newStart, end: roadmapEndDate(newStart) },
    },
    phases: before.map((phase, i) => ({
      kind: phase.kind,
      from: { start: phase.startDate, end: phase.endDate },
      to: { start: after[i]!.startDate, end: after[i]!.endDate },
    })),
    tasks:
      shiftDays === 0
        ? []
        : [...tasks]
            .sort((a, b) => compareIso(a.dueDate, b.dueDate))
            .map((task) => ({
              id: task.id,
              title: task.title,
              status: task.status,
              from: task.dueDate,
              to: shiftDate(task.dueDate, oldStart, newStart),
            })),
  };
}

/**
 * The order in which to move whole groups of tasks that share a due date, one
 * `updateMany` per date, without a group landing on a date whose tasks have not
 * moved yet (they would be moved twice): latest first when moving later, earliest
 * first when moving earlier.
 */
export function dueDateMoves(
  dueDates: readonly IsoDate[],
  shiftDays: number,
): { from: IsoDate; to: IsoDate }[] {
  if (shiftDays === 0) return [];
  const distinct = [...new Set(dueDates)].sort(compareIso);
  if (shiftDays > 0) distinct.reverse();
  return distinct.map((from) => ({
    from,
    to: addDaysIso(from, shiftDays),
  }));
}
