import { createEvents } from "ics";
import type { EventAttributes } from "ics";
import { addDaysIso, assertIsoDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
// The calendar page needs only the address, without the `ics` library: its own module.
export { webcalUrl } from "./webcal";

/*
 * The personal calendar feed (RFC 5545) built with the `ics` library. Every entry is an
 * all-day event (DTSTART;VALUE=DATE), because a due date or a gate is a day, not an
 * instant: no time zone can move it. UIDs are stable, so calendar apps update an entry
 * when a due date moves instead of adding a second one.
 */

export type FeedEntry = {
  uid: string;
  date: IsoDate;
  title: string;
  description: string;
  url?: string;
  categories?: string[];
};

function dateArray(date: IsoDate): [number, number, number] {
  assertIsoDate(date);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return [y, m, d];
}

export function buildCalendar({ name, entries }: { name: string; entries: FeedEntry[] }): string {
  const events: EventAttributes[] = entries.map((entry) => ({
    uid: entry.uid,
    title: entry.title,
    description: entry.description,
    start: dateArray(entry.date),
    end: dateArray(addDaysIso(entry.date, 1)),
    // All-day entries do not block the day in the owner's free/busy time.
    busyStatus: "FREE",
    transp: "TRANSPARENT",
    ...(entry.url ? { url: entry.url } : {}),
    ...(entry.categories?.length ? { categories: entry.categories } : {}),
  }));
  // An empty feed is still a valid calendar (after revoking nothing, or no open tasks).
  if (events.length === 0) {
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "CALSCALE:GREGORIAN",
      "PRODID:fahrplan",
      "METHOD:PUBLISH",
      `X-WR-CALNAME:${escapeText(name)}`,
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const { error, value } = createEvents(events, { productId: "fahrplan", calName: name });
  if (error || !value) throw error ?? new Error("Could not build the calendar");
  return value;
}

function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** Unfolds RFC 5545 lines and reads each VEVENT's properties back (tests and tools). */
export function readIcsEvents(ics: string) {
  const lines = ics.replace(/\r\n[ \t]/g, "").split(/\r\n/);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return events;
}
