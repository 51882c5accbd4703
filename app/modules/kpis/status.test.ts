import { describe, expect, it } from "vitest";
import {
  AT_RISK_TOLERANCE,
  assessKpi,
  atRiskTolerance,
  expectedValueOn,
  isKpiDirectionConsistent,
  kpiStatus,
  latestMeasurement,
  progressToTarget,
} from "./status";
import type { KpiDefinition } from "./status";

// 2026-03-01 → 2026-05-30 is exactly 90 days; 2026-04-15 is day 45, the midpoint.
// The line crosses the 2026-03-29 DST change on purpose.
const hoursSaved: KpiDefinition = {
  direction: "higher_is_better",
  baseline: 0,
  target: 10,
  baselineDate: "2026-03-01",
  targetDate: "2026-05-30",
};

const minutesPerRequest: KpiDefinition = {
  direction: "lower_is_better",
  baseline: 12,
  target: 8,
  baselineDate: "2026-03-01",
  targetDate: "2026-05-30",
};

describe("expectedValueOn", () => {
  it("follows the straight line between baseline and target", () => {
    expect(expectedValueOn(hoursSaved, "2026-04-15")).toBe(5);
    expect(expectedValueOn(hoursSaved, "2026-03-10")).toBe(1); // day 9 of 90
    expect(expectedValueOn(minutesPerRequest, "2026-04-15")).toBe(10);
  });

  it("holds the baseline before the baseline date and the target after the target date", () => {
    expect(expectedValueOn(hoursSaved, "2026-01-01")).toBe(0);
    expect(expectedValueOn(hoursSaved, "2026-03-01")).toBe(0);
    expect(expectedValueOn(hoursSaved, "2026-05-30")).toBe(10);
    expect(expectedValueOn(minutesPerRequest, "2027-01-01")).toBe(8);
  });

  it("jumps to the target when the line has no length", () => {
    const flat = { ...hoursSaved, targetDate: "2026-03-01" };
    expect(expectedValueOn(flat, "2026-02-28")).toBe(0);
    expect(expectedValueOn(flat, "2026-03-01")).toBe(10);
  });
});

describe("kpiStatus, higher is better", () => {
  // Tolerance = 20 % of |10 − 0| = 2 hours.
  const on = (value: number, date = "2026-04-15") => kpiStatus(hoursSaved, [{ value, date }]);

  it("is on track on or above the line", () => {
    expect(on(5)).toBe("on_track");
    expect(on(7)).toBe("on_track");
  });

  it("is at risk up to 20 % of the planned change below the line", () => {
    expect(on(4)).toBe("at_risk");
    expect(on(3)).toBe("at_risk"); // exactly at the threshold
  });

  it("is off track further below", () => {
    expect(on(2.9)).toBe("off_track");
    expect(on(0)).toBe("off_track");
  });

  it("judges against the target after the target date", () => {
    expect(on(10, "2026-07-01")).toBe("on_track");
    expect(on(9, "2026-07-01")).toBe("at_risk");
    expect(on(7.5, "2026-07-01")).toBe("off_track");
  });

  it("judges against the baseline before the baseline date", () => {
    expect(on(0, "2026-02-15")).toBe("on_track");
    expect(on(-1, "2026-02-15")).toBe("at_risk");
  });
});

describe("kpiStatus, lower is better", () => {
  // Tolerance = 20 % of |8 − 12| = 0.8 minutes.
  const on = (value: number, date = "2026-04-15") =>
    kpiStatus(minutesPerRequest, [{ value, date }]);

  it("is on track on or below the line", () => {
    expect(on(10)).toBe("on_track");
    expect(on(9)).toBe("on_track");
  });

  it("is at risk slightly above the line and off track beyond the tolerance", () => {
    expect(on(10.5)).toBe("at_risk");
    expect(on(10.8)).toBe("at_risk");
    expect(on(10.81)).toBe("off_track");
    expect(on(12)).toBe("off_track");
  });

  it("judges against the target after the target date", () => {
    expect(on(8, "2026-06-30")).toBe("on_track");
    expect(on(8.8, "2026-06-30")).toBe("at_risk");
    expect(on(9, "2026-06-30")).toBe("off_track");
  });
});

describe("kpiStatus, edge cases", () => {
  it("is no_data before the first measurement", () => {
    expect(kpiStatus(hoursSaved, [])).toBe("no_data");
    expect(assessKpi(hoursSaved, [])).toEqual({
      status: "no_data",
      latest: null,
      expected: null,
      shortfall: null,
      progress: null,
    });
  });

  it("counts a value typed exactly onto the line as on track despite float error", () => {
    // 0.1 + 0.3 × 2/3 is 0.30000000000000004 in binary floating point.
    const kpi: KpiDefinition = {
      direction: "higher_is_better",
      baseline: 0.1,
      target: 0.4,
      baselineDate: "2026-03-28",
      targetDate: "2026-03-31",
    };
    expect(expectedValueOn(kpi, "2026-03-30")).toBeGreaterThan(0.3);
    expect(kpiStatus(kpi, [{ value: 0.3, date: "2026-03-30" }])).toBe("on_track");
    expect(kpiStatus(kpi, [{ value: 0.29, date: "2026-03-30" }])).toBe("at_risk");
  });

  it("uses the latest measurement by date, whatever the order", () => {
    const measurements = [
      { value: 9, date: "2026-04-15" }, // on track, latest
      { value: 0, date: "2026-04-01" }, // off track, older
      { value: 1, date: "2026-03-20" },
    ];
    expect(kpiStatus(hoursSaved, measurements)).toBe("on_track");
    expect(kpiStatus(hoursSaved, [...measurements].reverse())).toBe("on_track");
    expect(latestMeasurement(measurements)).toEqual({ value: 9, date: "2026-04-15" });
  });

  it("lets a later entry on the same day replace an earlier one", () => {
    const measurements = [
      { value: 0, date: "2026-04-15" },
      { value: 6, date: "2026-04-15" },
    ];
    expect(kpiStatus(hoursSaved, measurements)).toBe("on_track");
  });

  it("judges the latest value against the line on its own date, not today", () => {
    const result = assessKpi(hoursSaved, [{ value: 1, date: "2026-03-10" }]);
    expect(result).toMatchObject({ status: "on_track", expected: 1, shortfall: 0, progress: 0.1 });
  });

  it("uses a tolerance relative to the level when target equals baseline", () => {
    const holdComplaints: KpiDefinition = {
      direction: "lower_is_better",
      baseline: 2,
      target: 2,
      baselineDate: "2026-03-01",
      targetDate: "2026-05-30",
    };
    expect(atRiskTolerance(holdComplaints)).toBeCloseTo(0.4);
    const at = (value: number) => kpiStatus(holdComplaints, [{ value, date: "2026-04-01" }]);
    expect(at(1.5)).toBe("on_track");
    expect(at(2)).toBe("on_track");
    expect(at(2.3)).toBe("at_risk");
    expect(at(2.5)).toBe("off_track");

    const zeroDefects = { ...holdComplaints, baseline: 0, target: 0 };
    expect(atRiskTolerance(zeroDefects)).toBeCloseTo(0.2);
    expect(kpiStatus(zeroDefects, [{ value: 0.1, date: "2026-04-01" }])).toBe("at_risk");
    expect(kpiStatus(zeroDefects, [{ value: 1, date: "2026-04-01" }])).toBe("off_track");
  });

  it("exports the documented tolerance", () => {
    expect(AT_RISK_TOLERANCE).toBe(0.2);
    expect(atRiskTolerance(hoursSaved)).toBe(2);
  });

  it("rejects malformed measurement dates", () => {
    expect(() => kpiStatus(hoursSaved, [{ value: 1, date: "15.04.2026" }])).toThrow(RangeError);
  });
});

describe("progressToTarget", () => {
  it("measures the share of the way for both directions", () => {
    expect(progressToTarget(hoursSaved, 5)).toBe(0.5);
    expect(progressToTarget(hoursSaved, 12)).toBe(1.2);
    expect(progressToTarget(minutesPerRequest, 10)).toBe(0.5);
    expect(progressToTarget(minutesPerRequest, 7)).toBe(1.25);
  });

  it("does not go below 0 when the value moved the wrong way", () => {
    expect(progressToTarget(hoursSaved, -3)).toBe(0);
    expect(progressToTarget(minutesPerRequest, 14)).toBe(0);
  });

  it("uses the direction when baseline equals target", () => {
    const hold = { baseline: 4, target: 4 };
    expect(progressToTarget({ ...hold, direction: "higher_is_better" }, 4.2)).toBe(1);
    expect(progressToTarget({ ...hold, direction: "higher_is_better" }, 3.8)).toBe(0);
    expect(progressToTarget({ ...hold, direction: "lower_is_better" }, 3.8)).toBe(1);
    expect(progressToTarget({ ...hold, direction: "lower_is_better" }, 4.2)).toBe(0);
  });
});

describe("isKpiDirectionConsistent", () => {
  it("refuses targets that point the wrong way", () => {
    expect(isKpiDirectionConsistent(hoursSaved)).toBe(true);
    expect(isKpiDirectionConsistent(minutesPerRequest)).toBe(true);
    expect(isKpiDirectionConsistent({ ...hoursSaved, target: -1 })).toBe(false);
    expect(isKpiDirectionConsistent({ ...minutesPerRequest, target: 13 })).toBe(false);
  });
});

// The cases the KPI issue names, for both directions side by side.
describe("kpiStatus, the named cases in both directions", () => {
  const kpis = { higher: hoursSaved, lower: minutesPerRequest } as const;

  it.each(Object.entries(kpis))("%s is better: no data before the first measurement", (_, kpi) => {
    expect(kpiStatus(kpi, [])).toBe("no_data");
  });

  it.each(Object.entries(kpis))("%s is better: exactly on the line is on track", (_, kpi) => {
    for (const date of ["2026-03-01", "2026-03-31", "2026-04-15", "2026-05-30"]) {
      expect(kpiStatus(kpi, [{ value: expectedValueOn(kpi, date), date }]), date).toBe("on_track");
    }
  });

  it.each(Object.entries(kpis))(
    "%s is better: after the target date only the target counts",
    (_, kpi) => {
      const worse = kpi.direction === "higher_is_better" ? -1 : 1;
      const tolerance = atRiskTolerance(kpi);
      const at = (value: number) => kpiStatus(kpi, [{ value, date: "2026-08-01" }]);
      expect(at(kpi.target)).toBe("on_track");
      expect(at(kpi.target - worse)).toBe("on_track");
      expect(at(kpi.target + worse * tolerance)).toBe("at_risk");
      expect(at(kpi.target + worse * (tolerance + 0.01))).toBe("off_track");
    },
  );

  it.each(Object.entries(kpis))(
    "%s is better: a little worse than the line is at risk, far worse off track",
    (_, kpi) => {
      const worse = kpi.direction === "higher_is_better" ? -1 : 1;
      const expected = expectedValueOn(kpi, "2026-04-15");
      const at = (value: number) => kpiStatus(kpi, [{ value, date: "2026-04-15" }]);
      expect(at(expected + worse * 0.01)).toBe("at_risk");
      expect(at(expected + worse * (atRiskTolerance(kpi) * 1.5))).toBe("off_track");
      expect(at(expected - worse * 0.01)).toBe("on_track");
    },
  );
});
