// The calendar of a next roadmap of any length: the template's three phases keep their
// share of the 90 days (analysis 21, pilot 35, scale 34), and work is due on a phase's
// last working day. Pure; the 90-day case gives exactly computePhaseDates.
import { addDaysIso, diffDaysIso, isoWeekday } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { computePhaseDates, PHASES, ROADMAP_DAYS } from "../calendar/phase-dates";
import type { PhaseDates, PhaseKind } from "../calendar/phase-dates";

export const LENGTH_DAYS = { min: 30, max: 365, default: ROADMAP_DAYS } as const;

/** A phase of a roadmap of any length; its plan weeks count from 1, the last week takes the days left over (as week 12 of 90 does). */
export type ScaledPhase = PhaseDates & { days: number };

/** Each phase's days in the template's 90-day plan (from the shared phase dates). */
function templateDays(): Record<PhaseKind, number> {
  const sample = "2026-01-05";
  return Object.fromEntries(
    computePhaseDates(sample).map((p) => [p.kind, diffDaysIso(p.startDate, p.endDate) + 1]),
  ) as Record<PhaseKind, number>;
}

/** The roadmap's last day: `lengthDays` days including the start. */
export function endDateFor(startDate: IsoDate, lengthDays: number): IsoDate {
  return addDaysIso(startDate, lengthDays - 1);
}

/**
 * The three phases over `lengthDays` days: each phase's share of the template's 90 days,
 * rounded to whole days; the last phase takes what is left, so every day belongs to one.
 */
export function scaledPhases(startDate: IsoDate, lengthDays: number): ScaledPhase[] {
  const share = templateDays();
  const weeks = Math.max(1, Math.floor(lengthDays / 7));
  const weekOf = (offset: number) => Math.min(Math.floor(offset / 7) + 1, weeks);
  let offset = 0;
  return PHASES.map((phase, index) => {
    const days =
      index === PHASES.length - 1
        ? lengthDays - offset
        : Math.round((lengthDays * share[phase.kind]) / ROADMAP_DAYS);
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

/** A weekend date moved back to the Friday before, but never before `floor`. */
export function workdayOnOrBefore(date: IsoDate, floor: IsoDate): IsoDate {
  const weekday = isoWeekday(date);
  const back = weekday === 6 ? 1 : weekday === 7 ? 2 : 0;
  const moved = addDaysIso(date, -back);
  return moved < floor ? floor : moved;
}

/**
 * The due date of the `n`-th of `count` pieces of work spread over a phase (n = count:
 * the phase's last working day), never before `today`.
 */
export function spreadDueDate(
  phase: Pick<ScaledPhase, "startDate" | "days">,
  n: number,
  count: number,
  today: IsoDate,
): IsoDate {
  const offset = Math.max(0, Math.round((phase.days * n) / count) - 1);
  return notBefore(workdayOnOrBefore(addDaysIso(phase.startDate, offset), phase.startDate), today);
}

/** No due date in the past: `date`, or today when it lies before. */
export function notBefore(date: IsoDate, today: IsoDate): IsoDate {
  return date < today ? today : date;
}
