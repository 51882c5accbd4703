import type { IsoDate } from "../calendar/dates";
import type { KpiChartSeries } from "./summary";

const DAY_MS = 86_400_000;
const dayOf = (iso: IsoDate) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * A KPI chart's series as loader data: its measurements as one string of
 * "days after the axis start:value" pairs. React Router's data encoding gives every
 * object, date and number an entry of its own, so a 90-day series was some 270 entries
 * to write and to read (the report sends one per KPI); as one string it is one. The
 * chart unpacks it (fromWireSeries) once it draws.
 */
export type WireKpiSeries = Omit<KpiChartSeries, "actual"> & { actual: string };

export function toWireSeries(series: KpiChartSeries): WireKpiSeries {
  const start = dayOf(series.domain[0]);
  return {
    ...series,
    actual: series.actual.map((p) => `${dayOf(p.date) - start}:${p.value}`).join(","),
  };
}

export function fromWireSeries(series: WireKpiSeries): KpiChartSeries {
  const start = dayOf(series.domain[0]);
  const actual =
    series.actual === ""
      ? []
      : series.actual.split(",").map((pair) => {
          const [days, value] = pair.split(":");
          return { date: isoOf(start + Number(days)), value: Number(value) };
        });
  return { ...series, actual };
}
