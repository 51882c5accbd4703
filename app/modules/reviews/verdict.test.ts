import { describe, expect, it } from "vitest";
import { kpiResult } from "./verdict";

const up = { baseline: 10, target: 20, direction: "higher_is_better" as const };
const down = { baseline: 40, target: 20, direction: "lower_is_better" as const };
const at = (date: string, value: number) => ({ date, value });

describe("a KPI's verdict at the end of a roadmap", () => {
  it("is met when the last value reaches the target exactly, in either direction", () => {
    expect(kpiResult(up, [at("2026-03-01", 20)]).verdict).toBe("met");
    expect(kpiResult(down, [at("2026-03-01", 20)]).verdict).toBe("met");
    // 0.1 + 0.2 is not exactly 0.3 in binary: a typed 0.3 still meets a 0.3 target.
    expect(
      kpiResult({ baseline: 0.1, target: 0.3, direction: "higher_is_better" }, [
        at("2026-03-01", 0.1 + 0.2),
      ]).verdict,
    ).toBe("met");
  });

  it("is partly met from half of the way, missed below it", () => {
    expect(kpiResult(up, [at("2026-03-01", 15)]).verdict).toBe("partly");
    expect(kpiResult(up, [at("2026-03-01", 14.9)]).verdict).toBe("missed");
    expect(kpiResult(down, [at("2026-03-01", 30)]).verdict).toBe("partly");
    expect(kpiResult(down, [at("2026-03-01", 31)]).verdict).toBe("missed");
    expect(kpiResult(down, [at("2026-03-01", 45)]).verdict).toBe("missed");
  });

  it("judges the last value by date, a same-day correction replacing the slip", () => {
    const result = kpiResult(up, [
      at("2026-03-05", 22),
      at("2026-03-01", 12),
      at("2026-03-05", 16),
    ]);
    expect(result.last).toBe(16);
    expect(result.verdict).toBe("partly");
  });

  it("has no verdict and no trend without values", () => {
    expect(kpiResult(up, [])).toEqual({
      verdict: "no_data",
      last: null,
      progress: null,
      trend: null,
    });
  });

  it("reads the trend in the KPI's direction", () => {
    expect(kpiResult(up, [at("2026-03-01", 12), at("2026-03-08", 14)]).trend).toBe("improving");
    expect(kpiResult(down, [at("2026-03-01", 30), at("2026-03-08", 34)]).trend).toBe("worsening");
    expect(kpiResult(down, [at("2026-03-01", 30), at("2026-03-08", 30)]).trend).toBe("steady");
    expect(kpiResult(up, [at("2026-03-01", 30)]).trend).toBeNull();
  });
});
