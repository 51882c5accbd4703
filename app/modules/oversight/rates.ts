import { addDaysIso, isoWeekNumber, startOfWeekIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";

/*
 * The oversight log as numbers: correction and approval rates, per ISO week for a
 * derived KPI and over a period for the register. Pure; unit-tested in rates.test.ts.
 *
 * DECISIONS
 * - Correction rate = (corrected + rejected) / reviewed; approval rate = approved /
 *   reviewed; both in percent, rounded to one decimal (what the KPI stores and shows).
 * - A weekly value is dated on the Monday of its ISO week: one point per week, evenly
 *   spaced on the chart, never in the future (reviews cannot be), and the same date
 *   however the reviews fall within the week. A week without reviews has no point
 *   (a gap), never a zero.
 */

export const DERIVED_KPI_SOURCES = [
  "oversight_correction_rate",
  "oversight_approval_rate",
] as const;
export type DerivedKpiSource = (typeof DERIVED_KPI_SOURCES)[number];
export type KpiSourceValue = "manual" | DerivedKpiSource;

export function isDerivedSource(source: string): source is DerivedKpiSource {
  return (DERIVED_KPI_SOURCES as readonly string[]).includes(source);
}

/** The counts of one review session (or of several, summed). */
export type ReviewCounts = {
  reviewed: number;
  approved: number;
  corrected: number;
  rejected: number;
};

/** What a rate counts: its numerator ("hits") out of the outputs reviewed, on a day. */
export type RateSample = { date: IsoDate; reviewed: number; hits: number };

/** The numerator of a source's rate for some counts. */
export function hitsFor(source: DerivedKpiSource, counts: ReviewCounts): number {
  return source === "oversight_approval_rate"
    ? counts.approved
    : counts.corrected + counts.rejected;
}

export function toSamples(
  source: DerivedKpiSource,
  rows: readonly (ReviewCounts & { date: IsoDate })[],
): RateSample[] {
  return rows.map((row) => ({
    date: row.date,
    reviewed: row.reviewed,
    hits: hitsFor(source, row),
  }));
}

/** hits / reviewed in percent, one decimal; null when nothing was reviewed. */
export function ratePercent(hits: number, reviewed: number): number | null {
  if (reviewed <= 0) return null;
  return Math.round((hits / reviewed) * 1000) / 10;
}

export type IsoWeek = {
  /** Monday of the week: the key and the date of its value. */
  monday: IsoDate;
  /** The ISO week-numbering year (the year of the week's Thursday). */
  year: number;
  week: number;
  /** "2026-W53". */
  label: string;
};

/** The ISO 8601 week a date falls in (2027-01-03 is in 2026-W53). */
export function isoWeekOf(date: IsoDate): IsoWeek {
  const monday = startOfWeekIso(date);
  const year = Number(addDaysIso(monday, 3).slice(0, 4));
  const week = isoWeekNumber(monday);
  return { monday, year, week, label: `${year}-W${String(week).padStart(2, "0")}` };
}

export type WeeklyRate = IsoWeek & { reviewed: number; hits: number; value: number };

/**
 * One value per ISO week that has reviews, oldest first. Weeks without reviews (or
 * with nothing reviewed) are left out: gaps, not zeros.
 */
export function weeklyRates(samples: readonly RateSample[]): WeeklyRate[] {
  const weeks = new Map<IsoDate, { week: IsoWeek; reviewed: number; hits: number }>();
  const weekOfDay = new Map<IsoDate, IsoWeek>();
  for (const sample of samples) {
    let week = weekOfDay.get(sample.date);
    if (!week) weekOfDay.set(sample.date, (week = isoWeekOf(sample.date)));
    const entry = weeks.get(week.monday) ?? { week, reviewed: 0, hits: 0 };
    entry.reviewed += sample.reviewed;
    entry.hits += sample.hits;
    weeks.set(week.monday, entry);
  }
  const rates: WeeklyRate[] = [];
  for (const { week, reviewed, hits } of weeks.values()) {
    const value = ratePercent(hits, reviewed);
    if (value !== null) rates.push({ ...week, reviewed, hits, value });
  }
  return rates.sort((a, b) => (a.monday < b.monday ? -1 : a.monday > b.monday ? 1 : 0));
}

/** Weekly rates as KPI measurement points: { value, date = the week's Monday }. */
export function weeksToPoints(
  weeks: readonly WeeklyRate[] | undefined,
): { value: number; date: IsoDate }[] {
  return (weeks ?? []).map((w) => ({ value: w.value, date: w.monday }));
}

/** The weekly values of some samples as KPI measurement points. */
export function weeklyRatePoints(samples: readonly RateSample[]) {
  return weeksToPoints(weeklyRates(samples));
}

/** The first day of "the last 30 days" ending today (today counts as one of them). */
export function last30DaysStart(today: IsoDate): IsoDate {
  return addDaysIso(today, -29);
}
