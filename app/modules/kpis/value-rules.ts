import { addDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import type { KpiValueKind } from "./fields";

/*
 * What a KPI's figures may be. Every path that stores a value (the KPI form, recording
 * and correcting a measurement, and any import or API later) checks it here, so a typo
 * cannot change what leadership reads on the dashboard.
 */

export type ValueKindProblem = "kpis.errors.percentRange" | "kpis.errors.negative";

/** Why a value does not fit the KPI's kind of value (a message key), or null. */
export function valueKindProblem(kind: KpiValueKind, value: number): ValueKindProblem | null {
  if (kind === "percent" && (value < 0 || value > 100)) return "kpis.errors.percentRange";
  if (kind === "non_negative" && value < 0) return "kpis.errors.negative";
  return null;
}

/** The kind a new KPI gets from its unit: "%" is a percentage, anything else never negative. */
export function defaultValueKind(unit: string): KpiValueKind {
  return unit.trim() === "%" ? "percent" : "non_negative";
}

/** The lowest and highest figure a KPI has seen: baseline, target and every measurement. */
export type ValueHistory = { low: number; high: number };

export function valueHistory(figures: readonly number[]): ValueHistory {
  return { low: Math.min(...figures), high: Math.max(...figures) };
}

/**
 * How many times its own range a value may lie beyond a KPI's history before it is
 * asked about: 15 → 150 on a KPI that moved between 10 and 20 is a typo far more often
 * than a measurement.
 */
export const OUTLIER_FACTOR = 10;

/**
 * A value far outside everything the KPI has seen: further below its lowest or above
 * its highest figure than OUTLIER_FACTOR × the range. A history without range (all
 * figures equal) measures the distance against the figure itself (or 1 around zero).
 */
export function isOutlier(value: number, history: ValueHistory): boolean {
  const range = history.high - history.low || Math.abs(history.high) || 1;
  const margin = OUTLIER_FACTOR * range;
  return value < history.low - margin || value > history.high + margin;
}

/**
 * Why a measurement date cannot be taken, or null: not in the future (one day of
 * slack, because the server's "today" and the user's may differ around midnight), and
 * not more than a year before the KPI's baseline date (a 1900 or a 2020 typed instead
 * of 2026 would squeeze the chart).
 */
export function measurementDateProblem(
  date: IsoDate,
  kpi: { baselineDate: IsoDate },
  today: IsoDate,
): "kpis.errors.futureDate" | "kpis.errors.tooEarlyDate" | null {
  if (date > addDaysIso(today, 1)) return "kpis.errors.futureDate";
  if (date < earliestMeasurementDate(kpi)) return "kpis.errors.tooEarlyDate";
  return null;
}

/** The earliest day a measurement of this KPI may carry: a year before its baseline date. */
export function earliestMeasurementDate(kpi: { baselineDate: IsoDate }): IsoDate {
  return addDaysIso(kpi.baselineDate, -365);
}
