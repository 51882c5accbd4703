import { describe, expect, it } from "vitest";
import { numberToInput, parseDecimal } from "./numbers";

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
