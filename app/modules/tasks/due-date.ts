import { compareIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import {
  dueDateForWeek,
  isDueDateInPhase,
  isDueDateInRoadmap,
  phaseDatesFor,
  planWeeks,
  roadmapEndDate,
  weekOfDate,
} from "../calendar/phase-dates";
import type { PhaseKind, RoadmapSpan } from "../calendar/phase-dates";

/**
 * Where a due date stands relative to its task's phase and roadmap:
 * inside the phase is fine, outside the phase but inside the roadmap's days is a warning
 * (work sometimes runs over a phase border), outside the roadmap is refused.
 */
export type DueDatePlacement = "in_phase" | "outside_phase" | "outside_roadmap";

export function checkDueDate(span: RoadmapSpan, phase: PhaseKind, due: IsoDate): DueDatePlacement {
  if (!isDueDateInRoadmap(span, due)) return "outside_roadmap";
  return isDueDateInPhase(span, phase, due) ? "in_phase" : "outside_phase";
}

/** checkDueDate for many tasks of one phase: the date ranges are computed once. */
export function dueDateChecker(span: RoadmapSpan, phase: PhaseKind) {
  const { startDate: phaseStart, endDate: phaseEnd } = phaseDatesFor(span, phase);
  const end = roadmapEndDate(span);
  return (due: IsoDate): DueDatePlacement => {
    if (due < span.startDate || due > end) return "outside_roadmap";
    return due < phaseStart || due > phaseEnd ? "outside_phase" : "in_phase";
  };
}

/**
 * The due date a new task starts with: the end of the current plan week while the
 * phase runs, the phase's first week before it starts, and its last week once it is
 * over (a task added late still belongs to the phase, so it stays inside it).
 * Always a weekday inside the phase.
 */
export function defaultDueDate(span: RoadmapSpan, phase: PhaseKind, today: IsoDate): IsoDate {
  const dates = phaseDatesFor(span, phase);
  // In a roadmap of other than 90 days two phases can share a plan week: stay in the phase.
  const inPhase = (due: IsoDate) =>
    due < dates.startDate ? dates.startDate : due > dates.endDate ? dates.endDate : due;
  if (compareIso(today, dates.startDate) < 0) return inPhase(dueDateForWeek(span, dates.startWeek));
  if (compareIso(today, dates.endDate) > 0) return inPhase(dueDateForWeek(span, dates.endWeek));
  const week = weekOfDate(span, today);
  const due = dueDateForWeek(span, week);
  if (compareIso(due, today) >= 0) return inPhase(due);
  // On a weekend the week's Friday is past: take next week's, if the phase lasts that long.
  if (week < planWeeks(span.lengthDays)) {
    const next = dueDateForWeek(span, week + 1);
    if (compareIso(next, dates.endDate) <= 0) return next;
  }
  return today;
}
