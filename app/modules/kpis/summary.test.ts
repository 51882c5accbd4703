import { describe, expect, it } from "vitest";
import {
  groupByKpi,
  kpiChartSeries,
  SPARKLINE_POINTS,
  summariseKpi,
  toKpiDefinition,
} from "./summary";
import type { KpiDefinition } from "./status";

const kpi: KpiDefinition = {
  direction: "higher_is_better",
  baseline: 0,
  target: 10,
  baselineDate: "2026-03-01",
  targetDate: "2026-05-30",
};

describe("summariseKpi", () => {
  it("reports no data and an empty sparkline before the first measurement", () => {
    expect(summariseKpi(kpi, [])).toEqual({
      status: "no_data",
      latest: null,
      expected: null,
      progress: null,
      spark: [],
      count: 0,
    });
  });

  it("keeps the sparkline to the latest points in date order", () => {
    const measurements = Array.from({ length: 30 }, (_, i) => ({
      value: i,
      date: `2026-04-${String(i + 1).padStart(2, "0")}`,
    })).reverse();
    const summary = summariseKpi(kpi, measurements);
    expect(summary.spark).toHaveLength(SPARKLINE_POINTS);
    expect(summary.spark.at(-1)).toBe(29);
    expect(summary.spark[0]).toBe(30 - SPARKLINE_POINTS);
    expect(summary.latest).toEqual({ value: 29, date: "2026-04-30" });
    expect(summary.count).toBe(30);
  });
});

describe("kpiChartSeries", () => {
  it("draws the plan as one straight line from baseline to target", () => {
    const series = kpiChartSeries(kpi, [{ value: 4, date: "2026-04-01" }]);
    expect(series.line).toEqual([
      { date: "2026-03-01", value: 0 },
      { date: "2026-05-30", value: 10 },
    ]);
    expect(series.baseline).toEqual({ date: "2026-03-01", value: 0 });
    expect(series.domain).toEqual(["2026-03-01", "2026-05-30"]);
  });

  it("widens the axis to measurements outside the line's dates", () => {
    const series = kpiChartSeries(kpi, [
      { value: 11, date: "2026-06-15" },
      { value: 0, date: "2026-02-20" },
    ]);
    expect(series.domain).toEqual(["2026-02-20", "2026-06-15"]);
    expect(series.actual.map((p) => p.date)).toEqual(["2026-02-20", "2026-06-15"]);
  });
});

describe("toKpiDefinition", () => {
  it("turns the stored midnight-UTC dates into calendar dates", () => {
    expect(
      toKpiDefinition({
        direction: "lower_is_better",
        baseline: 5,
        target: 2,
        baselineDate: new Date("2026-03-01T00:00:00Z"),
        targetDate: new Date("2026-05-30T00:00:00Z"),
      }),
    ).toEqual({
      direction: "lower_is_better",
      baseline: 5,
      target: 2,
      baselineDate: "2026-03-01",
      targetDate: "2026-05-30",
    });
  });
});

describe("groupByKpi", () => {
  it("keeps each KPI's measurements in the order given", () => {
    const grouped = groupByKpi([
      { kpiId: "a", value: 1, date: "2026-03-02" },
      { kpiId: "b", value: 5, date: "2026-03-01" },
      { kpiId: "a", value: 2, date: "2026-03-01" },
    ]);
    expect([...grouped.keys()]).toEqual(["a", "b"]);
    expect(grouped.get("a")).toEqual([
      { value: 1, date: "2026-03-02" },
      { value: 2, date: "2026-03-01" },
    ]);
    expect(grouped.get("b")).toEqual([{ value: 5, date: "2026-03-01" }]);
  });
});
