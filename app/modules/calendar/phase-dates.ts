import { addDaysIso, assertIsoDate, diffDaysIso, isoWeekday, utcDateToIso } from "./dates";
import type { IsoDate } from "./dates";

/**
 * The 90-day method: three phases on the template's plan weeks 1–12. Week w covers days
 * (w − 1) × 7 … w × 7 − 1 counted from the start date (day 0); the last week runs on to the
 * roadmap's last day (see planWeeks). A roadmap of another length keeps the phases' shares.
 */
export const PHASES = [
  { kind: "analysis", position: 1, startWeek: 1, endWeek: 3 },
  { kind: "pilot", position: 2, startWeek: 4, endWeek: 8 },
  { kind: "scale", position: 3, startWeek: 9, endWeek: 12 },
] as const;

export type PhaseKind = (typeof PHASES)[number]["kind"];
export type PhaseDefinition = (typeof PHASES)[number];

export const PHASE_KINDS: readonly PhaseKind[] = PHASES.map((p) => p.kind);

/** The method's length: the template's roadmap runs 90 days (12 plan weeks and 6 days). */
export const ROADMAP_DAYS = 90;
/** The lengths a roadmap may have: the template's 90 days; a next roadmap 30–365. */
export const LENGTH_DAYS = { min: 30, max: 365, default: ROADMAP_DAYS } as const;

/**
 * Where a roadmap lies in the calendar: its first day and how many days it runs (the last
 * day is start + lengthDays − 1). Every date computation of a roadmap starts from this.
 */
export type RoadmapSpan = { startDate: IsoDate; lengthDays: number };

/** A stored roadmap's span: its start as a calendar day and its length. */
export function spanOf(roadmap: { startDate: Date; lengthDays: number }): RoadmapSpan {
  return { startDate: utcDateToIso(roadmap.startDate), lengthDays: roadmap.lengthDays };
}

/** The template's span: the method's 90 days from `startDate`. */
export function templateSpan(startDate: IsoDate): RoadmapSpan {
  return { startDate, lengthDays: ROADMAP_DAYS };
}

/**
 * The plan weeks of a roadmap: whole weeks, the last one taking the days left over.
 * DECISION: 90 days are 12 weeks and 6 days; the 6 remaining days belong to week 12 (days
 * 77–89, 13 days) rather than forming a short 13th week, so the timeline, the phase cards
 * ("weeks 9–12") and the template all count weeks 1–12. Other lengths follow the same rule.
 */
export function planWeeks(lengthDays: number): number {
  return Math.max(1, Math.floor(lengthDays / 7));
}

/** Days in plan week `week`: 7, and what is left over for the last week (13 of 90). */
export function weekLength(span: RoadmapSpan, week: number): number {
  const last = planWeeks(span.lengthDays);
  return week === last ? span.lengthDays - (last - 1) * 7 : 7;
}

/** The last day of plan week `week`: 6 days after its start, the roadmap's end for the last. */
export function weekEndDate(span: RoadmapSpan, week: number): IsoDate {
  return addDaysIso(weekStartDate(span.startDate, week), weekLength(span, week) - 1);
}

export type PhaseDates = {
  kind: PhaseKind;
  position: number;
  startWeek: number;
  endWeek: number;
  startDate: IsoDate;
  endDate: IsoDate;
  /** Calendar days of the phase, both ends included. */
  days: number;
};

export function isPhaseKind(value: unknown): value is PhaseKind {
  return typeof value === "string" && (PHASE_KINDS as readonly string[]).includes(value);
}

/** The roadmap's last day: start + lengthDays − 1, so start and end span exactly its days. */
export function roadmapEndDate(span: RoadmapSpan): IsoDate {
  return addDaysIso(span.startDate, span.lengthDays - 1);
}

/** First day of plan week `week` (1-based). */
export function weekStartDate(startDate: IsoDate, week: number): IsoDate {
  return addDaysIso(startDate, (week - 1) * 7);
}

/** Each phase's days in the template's 90 days (analysis 21, pilot 35, scale 34). */
const TEMPLATE_PHASE_DAYS: readonly number[] = PHASES.map((phase, index) =>
  index === PHASES.length - 1
    ? ROADMAP_DAYS - (phase.startWeek - 1) * 7
    : (phase.endWeek - phase.startWeek + 1) * 7,
);

/**
 * Calendar dates of the three phases. Each phase keeps its share of the template's 90 days,
 * rounded to whole days; the last one runs to the roadmap's last day, so every day belongs
 * to exactly one phase. For 90 days this is the template's weeks 1–3, 4–8 and 9–12.
 */
export function computePhaseDates(span: RoadmapSpan): PhaseDates[] {
  const { startDate, lengthDays } = span;
  assertIsoDate(startDate, "start date");
  if (!Number.isInteger(lengthDays) || lengthDays < PHASES.length) {
    throw new RangeError(`A roadmap runs at least ${PHASES.length} whole days, got ${lengthDays}`);
  }
  const weeks = planWeeks(lengthDays);
  const weekOf = (offset: number) => Math.min(Math.floor(offset / 7) + 1, weeks);
  let offset = 0;
  return PHASES.map((phase, index) => {
    const days =
      index === PHASES.length - 1
        ? lengthDays - offset
        : Math.max(1, Math.round((lengthDays * TEMPLATE_PHASE_DAYS[index]!) / ROADMAP_DAYS));
    const first = offset;
    offset += days;
    return {
      kind: phase.kind,
      position: phase.position,
      startWeek: weekOf(first),
      endWeek: weekOf(first + days - 1),
      startDate: addDaysIso(startDate, first),
      endDate: addDaysIso(startDate, first + days - 1),
      days,
    };
  });
}

/** Dates of one phase. */
export function phaseDatesFor(span: RoadmapSpan, kind: PhaseKind): PhaseDates {
  const dates = computePhaseDates(span).find((p) => p.kind === kind);
  if (!dates) throw new RangeError(`Unknown phase kind ${JSON.stringify(kind)}`);
  return dates;
}

/** The phase a date falls into, or null before the start or after the last day. */
export function phaseForDate(span: RoadmapSpan, date: IsoDate): PhaseKind | null {
  assertIsoDate(date);
  const phase = computePhaseDates(span).find((p) => p.startDate <= date && date <= p.endDate);
  return phase?.kind ?? null;
}

/** The phase running on `today`; null before the start and after the end. */
export function currentPhase(span: RoadmapSpan, today: IsoDate): PhaseKind | null {
  return phaseForDate(span, today);
}

/**
 * The phase work planned on `today` belongs in: the one running; before the start the
 * first, after the last day the last (work still belongs to the plan).
 */
export function phaseForToday(span: RoadmapSpan, today: IsoDate): PhaseKind {
  return currentPhase(span, today) ?? (today < span.startDate ? "analysis" : "scale");
}

/**
 * 1-based plan week of a date: 1 to the last plan week within the roadmap (12 of 90, whose
 * last 6 days are week 12), 0 or less before the start, beyond the last week after the
 * roadmap ended — callers that group by week decide themselves how to show those dates.
 */
export function weekOfDate(span: RoadmapSpan, date: IsoDate): number {
  const day = diffDaysIso(span.startDate, date);
  const week = Math.floor(day / 7) + 1;
  const last = planWeeks(span.lengthDays);
  return day < span.lengthDays ? Math.min(week, last) : Math.max(week, last + 1);
}

/**
 * Default due date for work planned in plan week `week`: the week's last day (for the
 * last week the roadmap's last day), moved back to the Friday before when that is a Saturday
 * or Sunday, because business users do not want weekend due dates.
 */
export function dueDateForWeek(span: RoadmapSpan, week: number): IsoDate {
  const last = planWeeks(span.lengthDays);
  if (!Number.isInteger(week) || week < 1 || week > last) {
    throw new RangeError(`Plan week must be a whole number 1–${last}, got ${week}`);
  }
  const firstDay = weekStartDate(span.startDate, week);
  const lastDay = weekEndDate(span, week);
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

export function isDueDateInPhase(span: RoadmapSpan, kind: PhaseKind, due: IsoDate): boolean {
  assertIsoDate(due, "due date");
  const phase = phaseDatesFor(span, kind);
  return phase.startDate <= due && due <= phase.endDate;
}

export function isDueDateInRoadmap(span: RoadmapSpan, due: IsoDate): boolean {
  assertIsoDate(span.startDate, "start date");
  assertIsoDate(due, "due date");
  return span.startDate <= due && due <= roadmapEndDate(span);
}

export type RoadmapTimeline =
  | { state: "not_started"; daysUntilStart: number }
  | {
      state: "running";
      phase: PhaseKind;
      /** 1-based plan week, 1 to the last plan week (12 of 90). */
      week: number;
      /** 1-based day of the roadmap's days. */
      day: number;
      daysLeft: number;
    }
  | { state: "finished"; daysSinceEnd: number };

/** Where `today` stands in the roadmap, for "day 23 of 90, pilot" style headers. */
export function roadmapTimeline(span: RoadmapSpan, today: IsoDate): RoadmapTimeline {
  const offset = diffDaysIso(span.startDate, today);
  if (offset < 0) return { state: "not_started", daysUntilStart: -offset };
  if (offset >= span.lengthDays) {
    return { state: "finished", daysSinceEnd: offset - (span.lengthDays - 1) };
  }
  const phase = phaseForDate(span, today);
  if (!phase) throw new Error("unreachable: every day of the roadmap belongs to a phase");
  return {
    state: "running",
    phase,
    week: weekOfDate(span, today),
    day: offset + 1,
    daysLeft: span.lengthDays - 1 - offset,
  };
}
