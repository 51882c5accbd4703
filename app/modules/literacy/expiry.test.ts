import { describe, expect, it } from "vitest";
import { addMonthsIso, completionValidity, completionValidUntil } from "./expiry";

describe("addMonthsIso", () => {
  it.each([
    ["2026-01-15", 1, "2026-02-15"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2026-12-31", 2, "2027-02-28"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-05-31", 24, "2028-05-31"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-01-10", 0, "2026-01-10"],
  ])("%s + %i months = %s", (date, months, expected) => {
    expect(addMonthsIso(date, months)).toBe(expected);
  });

  it("refuses malformed dates and fractional months", () => {
    expect(() => addMonthsIso("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addMonthsIso("2026-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("completionValidUntil", () => {
  it("adds the training's validity to the completion day", () => {
    expect(completionValidUntil("2026-01-31", 1)).toBe("2026-02-28");
    expect(completionValidUntil("2025-11-20", 12)).toBe("2026-11-20");
  });

  it("is null for a training that does not expire", () => {
    expect(completionValidUntil("2020-01-01", null)).toBeNull();
  });
});

describe("completionValidity", () => {
  it("counts up to and including the last day, not the day after", () => {
    expect(completionValidity("2026-01-31", 1, "2026-02-28").isValid).toBe(true);
    expect(completionValidity("2026-01-31", 1, "2026-03-01").isValid).toBe(false);
    expect(completionValidity("2025-12-05", 12, "2026-12-05").isValid).toBe(true);
    expect(completionValidity("2025-12-05", 12, "2026-12-06").isValid).toBe(false);
  });

  it("never expires without a validity", () => {
    expect(completionValidity("2001-01-01", null, "2026-12-05")).toEqual({
      validUntil: null,
      isValid: true,
      isExpiringSoon: false,
    });
  });

  it("warns in the last 30 days", () => {
    expect(completionValidity("2025-12-20", 12, "2026-11-20").isExpiringSoon).toBe(true);
    expect(completionValidity("2025-12-20", 12, "2026-11-19").isExpiringSoon).toBe(false);
    expect(completionValidity("2025-12-20", 12, "2026-12-21").isExpiringSoon).toBe(false);
  });
});
