import { utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { assessKpi } from "./status";
import type { KpiDefinition, KpiStatus } from "./status";

export type KpiPoint = { value: number; date: IsoDate };

/** A KPI row as the database gives it (dates at 00:00 UTC). */
export type KpiRow = {
  baseline: number;
  target: number;
  baselineDate: Date;
  targetDate: Date;
  direction: KpiDefinition["direction"];
};

export function toKpiDefinition(row: KpiRow): KpiDefinition {
  return {
    direction: row.direction,
    baseline: row.baseline,
    target: row.target,
    baselineDate: utcDateToIso(row.baselineDate),
    targetDate: utcDateToIso(row.targetDate),
  };
}

/** Measurements grouped by KPI, each list in the order given (the recording order). */
export function groupByKpi(
  rows: readonly { kpiId: string; value: number; date: IsoDate }[],
): Map<string, KpiPoint[]> {
  const byKpi = new Map<string, KpiPoint[]>();
  for (const row of rows) {
    const list = byKpi.get(row.kpiId);
    const point = { value: row.value, date: row.date };
    if (list) list.push(point);
    else byKpi.set(row.kpiId, [point]);
  }
  return byKpi;
}

/** How many of the latest measurements a sparkline shows. */
export const SPARKLINE_POINTS = 24;

export type KpiSummary = {
  status: KpiStatus;
  latest: KpiPoint | null;
  /** Where the line expects the KPI on the latest measurement's date. */
  expected: number | null;
  /** 0 = baseline, 1 = target (may exceed 1). */
  progress: number | null;
  /** Latest values in date order, for a sparkline. */
  spark: number[];
  count: number;
};

/**
 * One value per day, in date order: a day's later value (a correction, recorded after
 * the first) replaces its earlier one. `measurements` come in recording order within a day.
 */
export function valuesByDay<P extends KpiPoint>(measurements: readonly P[]): P[] {
  const byDay = new Map<IsoDate, P>();
  for (const m of measurements) byDay.set(m.date, m);
  return [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Status, latest value and sparkline of one KPI. `measurements` in recording order
 * (date, then creation), so a correction on the same day replaces the earlier slip.
 */
export function summariseKpi(kpi: KpiDefinition, measurements: readonly KpiPoint[]): KpiSummary {
  const sorted = valuesByDay(measurements).map(({ date, value }) => ({ date, value }));
  const assessment = assessKpi(kpi, sorted);
  return {
    status: assessment.status,
    latest: assessment.latest,
    expected: assessment.expected,
    progress: assessment.progress,
    spark: sorted.slice(-SPARKLINE_POINTS).map((m) => m.value),
    count: measurements.length,
  };
}

export type KpiChartSeries = {
  /** The straight plan line: two points, baseline → target. */
  line: { date: IsoDate; value: number }[];
  actual: { date: IsoDate; value: number }[];
  baseline: { date: IsoDate; value: number };
  target: { date: IsoDate; value: number };
  /** First and last date the x axis must show. */
  domain: [IsoDate, IsoDate];
};

/**
 * The detail chart's series: actual values against the straight line from
 * (baselineDate, baseline) to (targetDate, target). The axis spans the line and every
 * measurement, so values recorded before the baseline date or after the target date show.
 */
export function kpiChartSeries(
  kpi: KpiDefinition,
  measurements: readonly KpiPoint[],
): KpiChartSeries {
  const actual = valuesByDay(measurements).map((m) => ({ date: m.date, value: m.value }));
  const dates = [kpi.baselineDate, kpi.targetDate, ...actual.map((m) => m.date)].sort();
  return {
    line: [
      { date: kpi.baselineDate, value: kpi.baseline },
      { date: kpi.targetDate, value: kpi.target },
    ],
    actual,
    baseline: { date: kpi.baselineDate, value: kpi.baseline },
    target: { date: kpi.targetDate, value: kpi.target },
    domain: [dates[0]!, dates[dates.length - 1]!],
  };
}
