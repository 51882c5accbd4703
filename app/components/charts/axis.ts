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

/** Colours come from the design tokens, so charts follow light and dark mode. */
export const chartColors = {
  actual: "var(--color-brand)",
  plan: "var(--color-ink-subtle)",
  baseline: "var(--color-warning)",
  grid: "var(--color-line)",
  axis: "var(--color-ink-muted)",
  planned: "var(--color-line-strong)",
  done: "var(--color-success)",
  over: "var(--color-danger)",
} as const;

/** The tooltip's box, in the design tokens (light and dark). */
export const tooltipStyle = {
  background: "var(--color-surface-raised)",
  border: "1px solid var(--color-line)",
  color: "var(--color-ink)",
} as const;
