import { addDaysIso, assertIsoDate, diffDaysIso, isoWeekday } from "./dates";
import type { IsoDate } from "./dates";

/**
 * The 90-day method: three phases on fixed plan weeks 1–12. Week w covers days
 * (w − 1) × 7 … w × 7 − 1 counted from the start date (day 0); week 12 runs on to the
 * roadmap's last day (see LAST_WEEK).
 */
export const PHASES = [
  { kind: "analysis", position: 1, startWeek: 1, endWeek: 3 },
  { kind: "pilot", position: 2, startWeek: 4, endWeek: 8 },
  { kind: "scale", position: 3, startWeek: 9, endWeek: 12 },
] as const;

export type PhaseKind = (typeof PHASES)[number]["kind"];
export type PhaseDefinition = (typeof PHASES)[number];

export const PHASE_KINDS: readonly PhaseKind[] = PHASES.map((p) => p.kind);

export const ROADMAP_DAYS = 90;
/** The plan's weeks (1–12), the same on the timeline, the phase cards and the template. */
export const ROADMAP_WEEKS = 12;
/**
 * The last plan week. DECISION: 90 days are 12 weeks and 6 days; the 6 remaining days
 * belong to week 12 (days 77–89, 13 days) rather than forming a short 13th week, so the
 * timeline, the phase cards ("weeks 9–12") and the template all count weeks 1–12.
 */
export const LAST_WEEK = ROADMAP_WEEKS;

/** Days in plan week `week`: 7, and 13 for the last week. */
export function weekLength(week: number): number {
  return week === LAST_WEEK ? ROADMAP_DAYS - (LAST_WEEK - 1) * 7 : 7;
}

/** The last day of plan week `week`: 6 days after its start, the roadmap's end for week 12. */
export function weekEndDate(startDate: IsoDate, week: number): IsoDate {
  return addDaysIso(weekStartDate(startDate, week), weekLength(week) - 1);
}

export type PhaseDates = {
  kind: PhaseKind;
  position: number;
  startWeek: number;
  endWeek: number;
  startDate: IsoDate;
  endDate: IsoDate;
};

export function isPhaseKind(value: unknown): value is PhaseKind {
  return typeof value === "string" && (PHASE_KINDS as readonly string[]).includes(value);
}

/** The roadmap's last day: start + 89, so start and end together span exactly 90 days. */
export function roadmapEndDate(startDate: IsoDate): IsoDate {
  return addDaysIso(startDate, ROADMAP_DAYS - 1);
}

/** First day of plan week `week` (1-based). */
export function weekStartDate(startDate: IsoDate, week: number): IsoDate {
  return addDaysIso(startDate, (week - 1) * 7);
}

/**
 * Calendar dates of the three phases; the last one runs to the roadmap's last day
 * (week 12 includes the 6 remaining days), so all 90 days belong to a phase.
 */
export function computePhaseDates(startDate: IsoDate): PhaseDates[] {
  assertIsoDate(startDate, "start date");
  const last = PHASES[PHASES.length - 1];
  return PHASES.map((phase) => ({
    kind: phase.kind,
    position: phase.position,
    startWeek: phase.startWeek,
    endWeek: phase.endWeek,
    startDate: weekStartDate(startDate, phase.startWeek),
    endDate:
      phase === last ? roadmapEndDate(startDate) : addDaysIso(startDate, phase.endWeek * 7 - 1),
  }));
}

/** Dates of one phase. */
export function phaseDatesFor(startDate: IsoDate, kind: PhaseKind): PhaseDates {
  const dates = computePhaseDates(startDate).find((p) => p.kind === kind);
  if (!dates) throw new RangeError(`Unknown phase kind ${JSON.stringify(kind)}`);
  return dates;
}

/** The phase a date falls into, or null before the start or after the last day. */
export function phaseForDate(startDate: IsoDate, date: IsoDate): PhaseKind | null {
  assertIsoDate(date);
  const phase = computePhaseDates(startDate).find((p) => p.startDate <= date && date <= p.endDate);
  return phase?.kind ?? null;
}

/** The phase running on `today`; null before the start and after the end. */
export function currentPhase(startDate: IsoDate, today: IsoDate): PhaseKind | null {
  return phaseForDate(startDate, today);
}

/**
 * 1-based plan week of a date: 1–12 within the roadmap (the last 6 days are week 12),
 * 0 or less before the start, 13 or more after the roadmap ended — callers that group
 * by week decide themselves how to show dates outside the plan.
 */
export function weekOfDate(startDate: IsoDate, date: IsoDate): number {
  const day = diffDaysIso(startDate, date);
  const week = Math.floor(day / 7) + 1;
  return day < ROADMAP_DAYS ? Math.min(week, LAST_WEEK) : Math.max(week, LAST_WEEK + 1);
}

/**
 * Default due date for work planned in plan week `week`: the week's last day (for week
 * 12 the roadmap's last day), moved back to the Friday before when that is a Saturday
 * or Sunday, because business users do not want weekend due dates.
 */
export function dueDateForWeek(startDate: IsoDate, week: number): IsoDate {
  if (!Number.isInteger(week) || week < 1 || week > LAST_WEEK) {
    throw new RangeError(`Plan week must be a whole number 1–${LAST_WEEK}, got ${week}`);
  }
  const firstDay = weekStartDate(startDate, week);
  const lastDay = weekEndDate(startDate, week);
  const weekday = isoWeekday(lastDay);
  const backToFriday = weekday === 6 ? 1 : weekday === 7 ? 2 : 0;
  const due = addDaysIso(lastDay, -backToFriday);
  // Guard for a (hypothetical) week shorter than three days: never leave the week.
  return due < firstDay ? firstDay : due;
}

/**
 * Where a date lands when the roadmap's start moves: every date keeps its distance
 * to the start, so the whole plan moves by the same number of days.
 */
export function shiftDate(date: IsoDate, oldStart: IsoDate, newStart: IsoDate): IsoDate {
  return addDaysIso(date, diffDaysIso(oldStart, newStart));
}

export function isDueDateInPhase(startDate: IsoDate, kind: PhaseKind, due: IsoDate): boolean {
  assertIsoDate(due, "due date");
  const phase = phaseDatesFor(startDate, kind);
  return phase.startDate <= due && due <= phase.endDate;
}

export function isDueDateInRoadmap(startDate: IsoDate, due: IsoDate): boolean {
  assertIsoDate(startDate, "start date");
  assertIsoDate(due, "due date");
  return startDate <= due && due <= roadmapEndDate(startDate);
}

export type RoadmapTimeline =
  | { state: "not_started"; daysUntilStart: number }
  | {
      state: "running";
      phase: PhaseKind;
      /** 1-based plan week, 1–12. */
      week: number;
      /** 1-based day of the 90. */
      day: number;
      daysLeft: number;
    }
  | { state: "finished"; daysSinceEnd: number };

/** Where `today` stands in the roadmap, for "day 23 of 90, pilot" style headers. */
export function roadmapTimeline(startDate: IsoDate, today: IsoDate): RoadmapTimeline {
  const offset = diffDaysIso(startDate, today);
  if (offset < 0) return { state: "not_started", daysUntilStart: -offset };
  if (offset >= ROADMAP_DAYS) {
    return { state: "finished", daysSinceEnd: offset - (ROADMAP_DAYS - 1) };
  }
  const phase = phaseForDate(startDate, today);
  if (!phase) throw new Error("unreachable: every day of the 90 belongs to a phase");
  return {
    state: "running",
    phase,
    week: weekOfDate(startDate, today),
    day: offset + 1,
    daysLeft: ROADMAP_DAYS - 1 - offset,
  };
}
