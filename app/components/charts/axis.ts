import type { IsoDate } from "~/modules/calendar/dates";

const DAY_MS = 86_400_000;

/** A calendar date as a number on a time axis (whole days since 1970-01-01). */
export function isoToDay(iso: IsoDate): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/** The calendar date of a time-axis number. */
export function dayToIso(day: number): IsoDate {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}
