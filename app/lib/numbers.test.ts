import { describe, expect, it } from "vitest";
import { centsToInput, numberToInput, parseDecimal, parseEuroToCents } from "./numbers";

describe("parseDecimal", () => {
  it("reads a decimal comma and a decimal point alike", () => {
    expect(parseDecimal("12,5")).toBe(12.5);
    expect(parseDecimal("12.5")).toBe(12.5);
    expect(parseDecimal(" 7 ")).toBe(7);
    expect(parseDecimal("0,05")).toBe(0.05);
  });

  it("reads grouped thousands in German and English style", () => {
    expect(parseDecimal("1.234,5")).toBe(1234.5);
    expect(parseDecimal("1,234.5")).toBe(1234.5);
    expect(parseDecimal("1.234.567")).toBe(1234567);
    expect(parseDecimal("1 234,5")).toBe(1234.5);
  });

  it("reads negative values, with a hyphen or a typographic minus", () => {
    expect(parseDecimal("-3")).toBe(-3);
    expect(parseDecimal("\u22123,5")).toBe(-3.5);
  });

  it("refuses what is not a number", () => {
    for (const bad of ["", " ", "abc", "12a", "1,2,3,4", "12.34.5", "1.2,3.4", ".", "--1", "1e5"]) {
      expect(parseDecimal(bad), bad).toBeNull();
    }
  });
});

describe("numberToInput", () => {
  it("writes the user's decimal mark without grouping", () => {
    expect(numberToInput(1234.5, "de")).toBe("1234,5");
    expect(numberToInput(1234.5, "en")).toBe("1234.5");
    expect(numberToInput(0.1 + 0.2, "en")).toBe("0.3");
  });
});

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

  it("reads large amounts exactly and refuses what no number can hold exactly", () => {
    expect(parseEuroToCents("100000000,01")).toBe(10_000_000_001);
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
