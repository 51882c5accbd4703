import { addDaysIso, compareIso, diffDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { computePhaseDates, roadmapEndDate, shiftDate } from "../calendar/phase-dates";
import type { PhaseKind, RoadmapSpan } from "../calendar/phase-dates";

export type ReschedulableTask = { id: string; title: string; dueDate: IsoDate; status: string };

/** A KPI of the roadmap, with the two dates of its plan line. */
export type ReschedulableKpi = {
  id: string;
  name: string;
  baselineDate: IsoDate;
  targetDate: IsoDate;
};

type DateMove = { from: IsoDate; to: IsoDate };

/** A KPI whose baseline or target date sits on a date of the plan (null: that one stays). */
export type KpiMove = {
  id: string;
  name: string;
  baseline: DateMove | null;
  target: DateMove | null;
};

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
  /** KPIs whose line starts or ends on the plan's start, end or a phase boundary. */
  kpis: KpiMove[];
};

/**
 * The dates a KPI can be tied to: the roadmap's first and last day and each phase's
 * first and last day. A KPI dated on one of them was planned against the roadmap, so
 * it moves with it; any other date was chosen for its own reason and stays.
 */
function planDates(span: RoadmapSpan): Set<IsoDate> {
  const dates = new Set<IsoDate>([span.startDate, roadmapEndDate(span)]);
  for (const phase of computePhaseDates(span)) {
    dates.add(phase.startDate);
    dates.add(phase.endDate);
  }
  return dates;
}

function kpiMoves(
  kpis: readonly ReschedulableKpi[],
  old: RoadmapSpan,
  shiftDays: number,
): KpiMove[] {
  if (shiftDays === 0) return [];
  const anchors = planDates(old);
  const move = (date: IsoDate) =>
    anchors.has(date) ? { from: date, to: addDaysIso(date, shiftDays) } : null;
  return kpis
    .map((kpi) => ({
      id: kpi.id,
      name: kpi.name,
      baseline: move(kpi.baselineDate),
      target: move(kpi.targetDate),
    }))
    .filter((kpi) => kpi.baseline || kpi.target);
}

/**
 * What moves when a roadmap's start date moves: the phases, the gates at their ends
 * and every task's due date keep their distance to the start, so the whole plan
 * shifts by the same number of days; so do the KPI dates tied to the plan (see
 * planDates). The roadmap keeps its length. Shown to the user before they confirm.
 */
export function planStartDateChange(
  old: RoadmapSpan,
  newStart: IsoDate,
  tasks: readonly ReschedulableTask[],
  kpis: readonly ReschedulableKpi[] = [],
): StartDateChange {
  const oldStart = old.startDate;
  const moved: RoadmapSpan = { startDate: newStart, lengthDays: old.lengthDays };
  const shiftDays = diffDaysIso(oldStart, newStart);
  const before = computePhaseDates(old);
  const after = computePhaseDates(moved);
  return {
    shiftDays,
    roadmap: {
      from: { start: oldStart, end: roadmapEndDate(old) },
      to: { start: newStart, end: roadmapEndDate(moved) },
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
    kpis: kpiMoves(kpis, old, shiftDays),
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
