import { addDaysIso, diffDaysIso } from "../calendar/dates";
import type { KpiChartSeries } from "./summary";

/**
 * A KPI chart's series as loader data: its measurements as one string of
 * "days after the axis start:value" pairs. React Router's data encoding gives every
 * object, date and number an entry of its own, so a 90-day series was some 270 entries
 * to write and to read (the report sends one per KPI); as one string it is one. The
 * chart unpacks it (fromWireSeries) once it draws.
 */
export type WireKpiSeries = Omit<KpiChartSeries, "actual"> & { actual: string };

export function toWireSeries(series: KpiChartSeries): WireKpiSeries {
  const [start] = series.domain;
  return {
    ...series,
    actual: series.actual.map((p) => `${diffDaysIso(start, p.date)}:${p.value}`).join(","),
  };
}

export function fromWireSeries(series: WireKpiSeries): KpiChartSeries {
  const [start] = series.domain;
  const actual =
    series.actual === ""
      ? []
      : series.actual.split(",").map((pair) => {
          const [days, value] = pair.split(":");
          return { date: addDaysIso(start, Number(days)), value: Number(value) };
        });
  return { ...series, actual };
}
