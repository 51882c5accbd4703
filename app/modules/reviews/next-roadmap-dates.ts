// Due dates of the work a next roadmap is generated with: spread over a phase (its dates
// from calendar/phase-dates, for any length), on working days, never in the past. Pure.
import { addDaysIso, isoWeekday } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import type { PhaseDates } from "../calendar/phase-dates";

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
  phase: Pick<PhaseDates, "startDate" | "days">,
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
