import { describe, expect, it } from "vitest";
import {
  annualHoursValueCents,
  compareByPriority,
  feasibility,
  isRating,
  matrixQuadrant,
  priorityScore,
} from "./priority";
import type { UseCaseRatings } from "./priority";

const rate = (overrides: Partial<UseCaseRatings> = {}): UseCaseRatings => ({
  value: 3,
  dataQuality: 3,
  dataProtectionRisk: 3,
  teamReadiness: 3,
  effort: 3,
  ...overrides,
});

describe("feasibility", () => {
  it("averages the four feasibility ratings with risk and effort inverted", () => {
    // (3 + (6 − 2) + 4 + (6 − 3)) / 4 = 3.5
    expect(feasibility(rate({ dataQuality: 3, dataProtectionRisk: 2, teamReadiness: 4 }))).toBe(
      3.5,
    );
    expect(
      feasibility(rate({ dataQuality: 5, dataProtectionRisk: 1, teamReadiness: 5, effort: 1 })),
    ).toBe(5);
    expect(
      feasibility(rate({ dataQuality: 1, dataProtectionRisk: 5, teamReadiness: 1, effort: 5 })),
    ).toBe(1);
  });

  it("drops when the data-protection risk or the effort rises", () => {
    expect(feasibility(rate({ dataProtectionRisk: 5 }))).toBeLessThan(feasibility(rate()));
    expect(feasibility(rate({ effort: 5 }))).toBeLessThan(feasibility(rate()));
  });

  it("ignores the value rating", () => {
    expect(feasibility(rate({ value: 1 }))).toBe(feasibility(rate({ value: 5 })));
  });
});

describe("priorityScore", () => {
  it("matches the worked example from the documentation", () => {
    expect(
      priorityScore({
        value: 4,
        dataQuality: 3,
        dataProtectionRisk: 2,
        teamReadiness: 4,
        effort: 3,
      }),
    ).toBe(56);
  });

  it("ranges from 4 to 100", () => {
    expect(
      priorityScore({
        value: 5,
        dataQuality: 5,
        dataProtectionRisk: 1,
        teamReadiness: 5,
        effort: 1,
      }),
    ).toBe(100);
    expect(
      priorityScore({
        value: 1,
        dataQuality: 1,
        dataProtectionRisk: 5,
        teamReadiness: 1,
        effort: 5,
      }),
    ).toBe(4);
    expect(priorityScore(rate())).toBe(36); // 3/5 × 3/5 × 100
  });

  it("rejects ratings outside 1–5 and fractions", () => {
    expect(() => priorityScore(rate({ value: 0 }))).toThrow(RangeError);
    expect(() => priorityScore(rate({ effort: 6 }))).toThrow(RangeError);
    expect(() => priorityScore(rate({ teamReadiness: 2.5 }))).toThrow(RangeError);
  });

  it("accepts a whole use-case row with extra fields", () => {
    const row = { ...rate(), title: "Follow-up e-mails", hoursSavedPerWeek: 4 };
    expect(priorityScore(row)).toBe(36);
  });
});

describe("matrixQuadrant", () => {
  it("places all four quadrants, with 3 counting as high", () => {
    expect(matrixQuadrant(rate())).toBe("quick_win");
    expect(matrixQuadrant(rate({ value: 5, effort: 5, dataProtectionRisk: 5 }))).toBe("strategic");
    expect(matrixQuadrant(rate({ value: 2 }))).toBe("fill_in");
    expect(matrixQuadrant(rate({ value: 2, dataQuality: 1, effort: 5 }))).toBe("avoid");
  });

  it("uses the fractional feasibility, not a rounded one", () => {
    // (3 + 3 + 3 + 2) / 4 = 2.75 → below 3
    expect(matrixQuadrant(rate({ value: 4, effort: 4 }))).toBe("strategic");
  });
});

describe("annualHoursValueCents", () => {
  it("multiplies hours per week, hourly cost and working weeks", () => {
    expect(annualHoursValueCents(5, 4500)).toBe(1_035_000); // 46 weeks by default
    expect(annualHoursValueCents(5, 4500, 40)).toBe(900_000);
    expect(annualHoursValueCents(0, 4500)).toBe(0);
  });

  it("rounds fractional hours to whole cents", () => {
    expect(annualHoursValueCents(1.5, 3333, 46)).toBe(229_977); // 229 977
    expect(annualHoursValueCents(0.25, 4001, 1)).toBe(1000); // 1000.25
  });

  it("rejects negative or non-finite input", () => {
    expect(() => annualHoursValueCents(-1, 4500)).toThrow(RangeError);
    expect(() => annualHoursValueCents(1, Number.NaN)).toThrow(RangeError);
    expect(() => annualHoursValueCents(1, 4500, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("isRating / compareByPriority", () => {
  it("recognises valid ratings", () => {
    expect([1, 3, 5].every(isRating)).toBe(true);
    expect([0, 6, 2.5, "3", null].some(isRating)).toBe(false);
  });

  it("sorts best first and breaks ties by value, then lower risk", () => {
    const low = rate({ value: 1 });
    const high = rate({ value: 5 });
    expect([low, high].sort(compareByPriority)).toEqual([high, low]);
    // Same score: (value 4, feasibility 3) and (value 3, feasibility 4) → 48 each.
    const valuable = rate({ value: 4 });
    const easy = rate({ value: 3, dataQuality: 5, teamReadiness: 5 });
    expect(priorityScore(valuable)).toBe(priorityScore(easy));
    expect([easy, valuable].sort(compareByPriority)).toEqual([valuable, easy]);
  });
});

describe("the AI Act result in the priority", () => {
  const example = {
    value: 4,
    dataQuality: 3,
    dataProtectionRisk: 2,
    teamReadiness: 4,
    effort: 3,
  } satisfies UseCaseRatings;

  it("a high-risk use case carries its compliance work: feasibility 0.5 lower (the documented example)", () => {
    expect(feasibility({ ...example, tier: "high_risk" })).toBe(3);
    expect(priorityScore({ ...example, tier: "high_risk" })).toBe(48);
    expect(priorityScore({ ...example, tier: "minimal" })).toBe(56);
    expect(priorityScore({ ...example, tier: "limited" })).toBe(56);
    expect(priorityScore({ ...example, tier: null })).toBe(56);
  });

  it("never pushes feasibility below 1", () => {
    const worst = rate({ dataQuality: 1, dataProtectionRisk: 5, teamReadiness: 1, effort: 5 });
    expect(feasibility({ ...worst, tier: "high_risk" })).toBe(1);
  });

  it("a high-risk use case can fall out of the quick wins", () => {
    const borderline = rate({ value: 5, dataQuality: 3, dataProtectionRisk: 3, teamReadiness: 3 });
    expect(matrixQuadrant(borderline)).toBe("quick_win");
    expect(matrixQuadrant({ ...borderline, tier: "high_risk" })).toBe("strategic");
  });

  it("a prohibited use case is excluded: score 0, no quadrant, never a quick win", () => {
    const best = rate({
      value: 5,
      dataQuality: 5,
      dataProtectionRisk: 1,
      teamReadiness: 5,
      effort: 1,
    });
    expect(matrixQuadrant({ ...best, tier: "prohibited" })).toBe("excluded");
    expect(priorityScore({ ...best, tier: "prohibited" })).toBe(0);
    expect(compareByPriority({ ...best, tier: "prohibited" }, rate({ value: 1 }))).toBeGreaterThan(
      0,
    );
  });
});
