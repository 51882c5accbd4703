import { describe, expect, it } from "vitest";
import { isMeasurementDateTooLate } from "./measurement-date";

describe("isMeasurementDateTooLate", () => {
  it("allows today and tomorrow (time zones), not later", () => {
    expect(isMeasurementDateTooLate("2026-03-10", "2026-03-10")).toBe(false);
    expect(isMeasurementDateTooLate("2026-03-11", "2026-03-10")).toBe(false);
    expect(isMeasurementDateTooLate("2026-03-12", "2026-03-10")).toBe(true);
  });
});
