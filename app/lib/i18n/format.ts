import type { Locale } from "./core";

// English users of a German product are mostly in Europe: British date order.
const intlTags: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

/*
 * One date format per kind of place, so a reader meets the same date written the same
 * way wherever it stands:
 *
 *   medium    "3. Sept. 2026"      the default: tables, lists, running text, ranges of
 *                                  whole periods, "as of" lines
 *   dayMonth  "3. Sept."           compact views of one roadmap's 90 days, where the year
 *                                  is evident: the timeline, chart axes, week ranges,
 *                                  task cards and the dashboard's cards
 *   weekday   "Do., 03.09.2026"    the personal agenda ("My tasks"), where the day of
 *                                  the week matters
 *   long      "3. September 2026"  headings and formal statements: the date of an
 *                                  assessment in its header, when a legal provision
 *                                  applies, the printed report's date of creation
 *   month     "Sept. 26"           a month on an axis spanning several roadmaps (the
 *                                  portfolio's timeline)
 *
 * An instant with its time (an audit event) is formatInstant's: "29.03.2026, 01:30".
 * Forms use the browser's date input; CSV files write YYYY-MM-DD (~/lib/csv).
 */
export type DateStyle = "medium" | "long" | "weekday" | "dayMonth" | "month";
// The browser's own Intl formats dates, so no date library and no locale data
// travel with the page. en: 3 Sept 2026 · 3 September 2026 · Thu, 03/09/2026 · 3 Sept
// (format.test.ts).
const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  medium: { day: "numeric", month: "short", year: "numeric" },
  long: { day: "numeric", month: "long", year: "numeric" },
  weekday: { weekday: "short", day: "2-digit", month: "2-digit", year: "numeric" },
  dayMonth: { day: "numeric", month: "short" },
  month: { month: "short", year: "2-digit" },
};

// Instants show on the organisations' day, in Berlin, wherever the server
// runs: server and browser must render the same text (hydration), and the
// organisations using Fahrplan work in that zone.
const INSTANT_ZONE = "Europe/Berlin";
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a calendar date ("YYYY-MM-DD": that day, wherever the reader is) or
 * an instant (a Date or a timestamp string: its day in Berlin).
 */
export function formatDate(
  value: string | Date,
  locale: Locale,
  style: DateStyle = "medium",
): string {
  const day = typeof value === "string" ? CALENDAR_DATE.exec(value) : null;
  const zone = day ? "UTC" : INSTANT_ZONE;
  const key = `${locale}:${style}:${zone}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlTags[locale], {
      ...dateOptions[style],
      timeZone: zone,
    });
    dateFormatters.set(key, formatter);
  }
  const date = day
    ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))
    : new Date(value);
  return formatter.format(date);
}

/**
 * An instant (an audit event, a gate decision) with its time, on the organisations'
 * clock in Berlin: "29.03.2026, 01:30" · "29 Mar 2026, 01:30"; or its day alone, in the
 * default style ("29. März 2026").
 */
export function formatInstant(iso: string, locale: Locale, withTime = true): string {
  if (!withTime) return formatDate(iso, locale, "medium");
  const key = `instant:${locale}:${withTime}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlTags[locale], {
      timeZone: INSTANT_ZONE,
      dateStyle: "medium",
      timeStyle: "short",
    });
    dateFormatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions) {
  return cached(
    `number:${locale}:${options ? JSON.stringify(options) : ""}`,
    () => new Intl.NumberFormat(intlTags[locale], options),
  ).format(value);
}

// Formatters are costly to create and cheap to use: keep one per locale and style.
const formatters = new Map<string, Intl.NumberFormat>();
function cached(key: string, create: () => Intl.NumberFormat) {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter;
}

export function formatPercent(value: number, locale: Locale) {
  return cached(
    `percent:${locale}`,
    () => new Intl.NumberFormat(intlTags[locale], { style: "percent", maximumFractionDigits: 0 }),
  ).format(value / 100);
}

export function formatCents(cents: number, locale: Locale, currency = "EUR") {
  return cached(
    `currency:${locale}:${currency}`,
    () => new Intl.NumberFormat(intlTags[locale], { style: "currency", currency }),
  ).format(cents / 100);
}
