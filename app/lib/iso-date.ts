// Calendar dates as the domain handles them; the date arithmetic is in
// modules/calendar/dates.ts, the form field in fields.ts.

/**
 * A calendar date without a time of day, "YYYY-MM-DD".
 *
 * The domain works with plain calendar dates because a due date or a start date means
 * "that day where the company is", not an instant. The database stores them as
 * DateTime at 00:00 UTC; `isoToUtcDate` / `utcDateToIso` convert at that boundary.
 */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in "YYYY-MM-DD" form (rejects "2026-02-30"). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  // Plain arithmetic instead of a Date round trip: pages check hundreds of due dates.
  if (day <= 28) return true;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth =
    month === 2
      ? isLeap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31;
  return day <= daysInMonth;
}
