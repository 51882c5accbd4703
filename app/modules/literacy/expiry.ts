import { addDaysIso, assertIsoDate, compareIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";

/** Days before its end in which a completion is shown as "expiring soon". */
export const EXPIRING_SOON_DAYS = 30;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC: no time-zone drift).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `date` plus whole calendar months. A day that the target month lacks becomes its
 * last day (31 Jan + 1 month = 28 Feb, or 29 Feb in a leap year), the way people
 * and date-fns count months; it never spills into the month after.
 */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  assertIsoDate(date);
  if (!Number.isInteger(months)) throw new RangeError(`Expected whole months, got ${months}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  if (targetYear < 0 || targetYear > 9999) throw new RangeError(`Date out of range: ${date}`);
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, "0")}-${String(targetMonth).padStart(2, "0")}-${String(targetDay).padStart(2, "0")}`;
}

/**
 * The last day a completion counts: completed on + the training's validity in
 * months (month ends clamp, see addMonthsIso). null: the training does not expire.
 * DECISION: the end day itself still counts ("gültig bis 31.01.2027" includes that day).
 */
export function completionValidUntil(
  completedOn: IsoDate,
  validityMonths: number | null,
): IsoDate | null {
  if (validityMonths === null) return null;
  return addMonthsIso(completedOn, validityMonths);
}

export type CompletionValidity = {
  validUntil: IsoDate | null;
  isValid: boolean;
  /** Still valid, but ends within EXPIRING_SOON_DAYS: time to plan the refresher. */
  isExpiringSoon: boolean;
};

/**
 * Whether a completion counts on `today`. A completion dated a day ahead (the form
 * allows one day of slack for time zones) counts from when it was recorded.
 */
export function completionValidity(
  completedOn: IsoDate,
  validityMonths: number | null,
  today: IsoDate,
): CompletionValidity {
  assertIsoDate(today, "today");
  const validUntil = completionValidUntil(completedOn, validityMonths);
  const isValid = validUntil === null || compareIso(today, validUntil) <= 0;
  const soonLimit = addDaysIso(today, EXPIRING_SOON_DAYS);
  const isExpiringSoon = isValid && validUntil !== null && compareIso(validUntil, soonLimit) <= 0;
  return { validUntil, isValid, isExpiringSoon };
}
