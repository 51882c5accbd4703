import { describe, expect, it } from "vitest";
import {
  defaultValueKind,
  earliestMeasurementDate,
  isOutlier,
  measurementDateProblem,
  valueHistory,
  valueKindProblem,
} from "./value-rules";

describe("valueKindProblem", () => {
  it("keeps a percentage between 0 and 100", () => {
    expect(valueKindProblem("percent", 0)).toBeNull();
    expect(valueKindProblem("percent", 100)).toBeNull();
    expect(valueKindProblem("percent", -5)).toBe("kpis.errors.percentRange");
    expect(valueKindProblem("percent", 100.5)).toBe("kpis.errors.percentRange");
  });

  it("refuses a negative count, duration or amount, and nothing when any number goes", () => {
    expect(valueKindProblem("non_negative", 0)).toBeNull();
    expect(valueKindProblem("non_negative", 1e6)).toBeNull();
    expect(valueKindProblem("non_negative", -0.01)).toBe("kpis.errors.negative");
    expect(valueKindProblem("any", -40)).toBeNull();
    expect(valueKindProblem("any", 400)).toBeNull();
  });
});

describe("defaultValueKind", () => {
  it("makes a % KPI a percentage and everything else never negative", () => {
    expect(defaultValueKind(" % ")).toBe("percent");
    expect(defaultValueKind("Min.")).toBe("non_negative");
    expect(defaultValueKind("")).toBe("non_negative");
  });
});

describe("isOutlier", () => {
  const history = valueHistory([20, 10, 14, 16]);

  it("asks about a value more than ten ranges beyond the history (a slipped decimal point)", () => {
    expect(history).toEqual({ low: 10, high: 20 });
    expect(isOutlier(150, history)).toBe(true);
    expect(isOutlier(-91, history)).toBe(true);
  });

  it("takes values within ten ranges without asking", () => {
    expect(isOutlier(15, history)).toBe(false);
    expect(isOutlier(120, history)).toBe(false);
    expect(isOutlier(-90, history)).toBe(false);
  });

  it("measures against the figure itself when the history has no range", () => {
    expect(isOutlier(50, valueHistory([5, 5]))).toBe(false);
    expect(isOutlier(60, valueHistory([5, 5]))).toBe(true);
    expect(isOutlier(10, valueHistory([0, 0]))).toBe(false);
    expect(isOutlier(12, valueHistory([0, 0]))).toBe(true);
  });
});

describe("measurementDateProblem", () => {
  const kpi = { baselineDate: "2026-10-01" };
  const today = "2026-12-06";

  it("takes today, tomorrow (time zones) and a year before the baseline", () => {
    expect(measurementDateProblem(today, kpi, today)).toBeNull();
    expect(measurementDateProblem("2026-12-07", kpi, today)).toBeNull();
    expect(earliestMeasurementDate(kpi)).toBe("2025-10-01");
    expect(measurementDateProblem("2025-10-01", kpi, today)).toBeNull();
  });

  it("refuses the future and a date more than a year before the baseline", () => {
    expect(measurementDateProblem("2026-12-08", kpi, today)).toBe("kpis.errors.futureDate");
    expect(measurementDateProblem("2025-09-30", kpi, today)).toBe("kpis.errors.tooEarlyDate");
    expect(measurementDateProblem("2020-12-06", kpi, today)).toBe("kpis.errors.tooEarlyDate");
  });
});
