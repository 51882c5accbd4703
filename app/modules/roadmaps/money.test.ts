import { describe, expect, it } from "vitest";
import { centsToInput, parseEuroToCents } from "./money";

describe("parseEuroToCents", () => {
  it("reads German and English amounts", () => {
    expect(parseEuroToCents("1.234,56")).toBe(123_456);
    expect(parseEuroToCents("1,234.56")).toBe(123_456);
    expect(parseEuroToCents("1234,5")).toBe(123_450);
    expect(parseEuroToCents("1234.5")).toBe(123_450);
    expect(parseEuroToCents("1234")).toBe(123_400);
    expect(parseEuroToCents("12.000")).toBe(1_200_000);
    expect(parseEuroToCents("1 234 €")).toBe(123_400);
    expect(parseEuroToCents("0")).toBe(0);
    expect(parseEuroToCents(",5")).toBe(50);
  });

  it("refuses what is not an amount", () => {
    for (const bad of ["", "abc", "-5", "12,3,4", "1.23.4", "1e5", "12..5", "€", "1,2345"]) {
      expect(parseEuroToCents(bad), bad).toBeNull();
    }
  });

  it("refuses amounts beyond 100 million euros", () => {
    expect(parseEuroToCents("100000000")).toBe(10_000_000_000);
    expect(parseEuroToCents("100000000,01")).toBeNull();
    expect(parseEuroToCents("9".repeat(30))).toBeNull();
  });
});

describe("centsToInput", () => {
  it("round-trips through the parser in both languages", () => {
    for (const cents of [0, 5, 50, 123_456, 1_200_000]) {
      expect(parseEuroToCents(centsToInput(cents, "de"))).toBe(cents);
      expect(parseEuroToCents(centsToInput(cents, "en"))).toBe(cents);
    }
    expect(centsToInput(123_456, "de")).toBe("1234,56");
    expect(centsToInput(1_200_000, "en")).toBe("12000");
  });
});
