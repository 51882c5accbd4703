import { describe, expect, it } from "vitest";
import { budgetOverrun, spentPercent } from "./overrun";

describe("budgetOverrun", () => {
  it("names by how much the planned lines exceed the roadmap's budget", () => {
    expect(
      budgetOverrun({ budgetCents: 1_000_000, plannedCents: 1_250_000, actualCents: 400_000 }),
    ).toEqual({ plannedOverCents: 250_000, actualOverCents: null });
  });

  it("names spending past the budget separately", () => {
    expect(
      budgetOverrun({ budgetCents: 1_000_000, plannedCents: 900_000, actualCents: 1_000_001 }),
    ).toEqual({ plannedOverCents: null, actualOverCents: 1 });
  });

  it("lines that use the budget exactly are no overrun", () => {
    expect(
      budgetOverrun({ budgetCents: 500_000, plannedCents: 500_000, actualCents: 500_000 }),
    ).toEqual({ plannedOverCents: null, actualOverCents: null });
  });

  it("a roadmap without a budget has nothing to exceed", () => {
    expect(budgetOverrun({ budgetCents: 0, plannedCents: 9_000, actualCents: 9_000 })).toEqual({
      plannedOverCents: null,
      actualOverCents: null,
    });
  });
});

describe("spentPercent", () => {
  it("is the share of the planned lines spent, past 100 when spending overran", () => {
    expect(spentPercent({ plannedCents: 800_000, actualCents: 200_000 })).toBe(25);
    expect(spentPercent({ plannedCents: 500_000, actualCents: 650_000 })).toBe(130);
  });

  it("is 0 while nothing is planned", () => {
    expect(spentPercent({ plannedCents: 0, actualCents: 9_000 })).toBe(0);
  });
});
