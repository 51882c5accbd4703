import { describe, expect, it } from "vitest";
import { fromWireSeries, toWireSeries } from "./series-wire";
import { kpiChartSeries } from "./summary";

const kpi = {
  direction: "higher_is_better" as const,
  baseline: -2.5,
  target: 10,
  baselineDate: "2026-03-01",
  targetDate: "2026-05-30",
};

describe("a KPI chart series on the wire", () => {
  it("is one string of day offsets and values, and unpacks to the same series", () => {
    const series = kpiChartSeries(kpi, [
      { value: 0.1 + 0.2, date: "2026-03-02" },
      { value: -4, date: "2026-02-20" },
      { value: 1234567.125, date: "2026-06-15" },
    ]);
    const wire = toWireSeries(series);
    expect(wire.actual).toBe("0:-4,10:0.30000000000000004,115:1234567.125");
    expect(wire.domain).toEqual(["2026-02-20", "2026-06-15"]);
    expect(fromWireSeries(wire)).toEqual(series);
  });

  it("keeps a series without measurements empty", () => {
    const series = kpiChartSeries(kpi, []);
    expect(toWireSeries(series).actual).toBe("");
    expect(fromWireSeries(toWireSeries(series)).actual).toEqual([]);
  });

  it("crosses a change to summer time without losing a day", () => {
    const series = kpiChartSeries(kpi, [
      { value: 1, date: "2026-03-28" },
      { value: 2, date: "2026-03-29" },
      { value: 3, date: "2026-03-30" },
    ]);
    expect(fromWireSeries(toWireSeries(series)).actual.map((p) => p.date)).toEqual([
      "2026-03-28",
      "2026-03-29",
      "2026-03-30",
    ]);
  });
});
