import { compareIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import {
  dueDateForWeek,
  isDueDateInPhase,
  LAST_WEEK,
  isDueDateInRoadmap,
  phaseDatesFor,
  roadmapEndDate,
  weekOfDate,
} from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";

/**
 * Where a due date stands relative to its task's phase and roadmap:
 * inside the phase is fine, outside the phase but inside the 90 days is a warning
 * (work sometimes runs over a phase border), outside the roadmap is refused.
 */
export type DueDatePlacement = "in_phase" | "outside_phase" | "outside_roadmap";

export function checkDueDate(startDate: IsoDate, phase: PhaseKind, due: IsoDate): DueDatePlacement {
  if (!isDueDateInRoadmap(startDate, due)) return "outside_roadmap";
  return isDueDateInPhase(startDate, phase, due) ? "in_phase" : "outside_phase";
}

/** checkDueDate for many tasks of one phase: the date ranges are computed once. */
export function dueDateChecker(startDate: IsoDate, phase: PhaseKind) {
  const { startDate: phaseStart, endDate: phaseEnd } = phaseDatesFor(startDate, phase);
  const end = roadmapEndDate(startDate);
  return (due: IsoDate): DueDatePlacement => {
    if (due < startDate || due > end) return "outside_roadmap";
    return due < phaseStart || due > phaseEnd ? "outside_phase" : "in_phase";
  };
}

/**
 * The due date a new task starts with: the end of the current plan week while the
 * phase runs, the phase's first week before it starts, and its last week once it is
 * over (a task added late still belongs to the phase, so it stays inside it).
 * Always a weekday inside the phase.
 */
export function defaultDueDate(startDate: IsoDate, phase: PhaseKind, today: IsoDate): IsoDate {
  const dates = phaseDatesFor(startDate, phase);
  if (compareIso(today, dates.startDate) < 0) return dueDateForWeek(startDate, dates.startWeek);
  if (compareIso(today, dates.endDate) > 0) return dueDateForWeek(startDate, dates.endWeek);
  const week = weekOfDate(startDate, today);
  const due = dueDateForWeek(startDate, week);
  if (compareIso(due, today) >= 0) return due;
  // On a weekend the week's Friday is past: take next week's, if the phase lasts that long.
  if (week < LAST_WEEK) {
    const next = dueDateForWeek(startDate, week + 1);
    if (compareIso(next, dates.endDate) <= 0) return next;
  }
  return today;
}
