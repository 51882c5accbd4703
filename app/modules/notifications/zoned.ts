import { getISOWeek, getISOWeekYear } from "date-fns";
import type { IsoDate } from "../calendar/dates";

// Wall-clock time of an organisation (its IANA time zone), for the worker's schedules:
// the digest goes out Monday 07:00 there, and "tomorrow" for a due reminder is its
// tomorrow. Pure: Intl does the zone arithmetic, daylight saving included.

export const DEFAULT_TIME_ZONE = "Europe/Berlin";

/** Whether Intl knows the zone (a stored value is checked before it is used). */
export function isTimeZone(zone: string): boolean {
  return clockFormat(zone) !== null;
}

// One formatter per zone, made once: each sweep asks every organisation for its local
// time, and making a formatter costs more than using it. null: not a time zone.
const clockFormats = new Map<string, Intl.DateTimeFormat | null>();
function clockFormat(zone: string): Intl.DateTimeFormat | null {
  let format = clockFormats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        hourCycle: "h23",
        weekday: "short",
      });
    } catch {
      format = null;
    }
    // Zones come from the database's short list of valid ones; the guard keeps a
    // stream of invalid ones from growing the map.
    if (clockFormats.size < 1000) clockFormats.set(zone, format);
  }
  return format;
}

export type WallClock = { date: IsoDate; weekday: number; hour: number };

/** The calendar date, ISO weekday (1 = Monday) and hour at `now` in `zone`. */
export function wallClock(now: Date, zone: string): WallClock {
  const parts = (clockFormat(zone) ?? clockFormat(DEFAULT_TIME_ZONE)!).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? "";
  const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    weekday: weekdays.indexOf(get("weekday")) + 1,
    hour: Number(get("hour")),
  };
}

/** The ISO week of a calendar date, as the digest's key names it: "2026-W50". */
export function isoWeekKey(date: IsoDate): string {
  const day = new Date(`${date}T12:00:00.000Z`);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, "0")}`;
}

/** The hour from which the day's reminders and Monday's digest go out. */
export const SEND_HOUR = 7;

/** Whether the weekly digest is due at this wall-clock time: Monday, 07:00 or later. */
export function isDigestTime(clock: WallClock): boolean {
  return clock.weekday === 1 && clock.hour >= SEND_HOUR;
}
