import { describe, expect, it } from "vitest";
import { isMeasurementDateTooLate, safeReturnPath, withParams } from "./form.server";

describe("safeReturnPath", () => {
  it("allows only paths inside the organisation", () => {
    expect(safeReturnPath("/o/acme/my-tasks", "acme", "/x")).toBe("/o/acme/my-tasks");
    for (const bad of [
      "//evil.example/o/acme/",
      "https://evil.example",
      "/o/other/kpis",
      "/o/acme/\\x",
      null,
    ]) {
      expect(safeReturnPath(bad, "acme", "/fallback")).toBe("/fallback");
    }
  });
});

describe("withParams", () => {
  it("adds parameters and keeps existing ones", () => {
    expect(withParams("/o/acme/my-tasks?week=3", { m: "abc" })).toBe(
      "/o/acme/my-tasks?week=3&m=abc",
    );
  });
});

describe("isMeasurementDateTooLate", () => {
  it("allows today and tomorrow (time zones), not later", () => {
    expect(isMeasurementDateTooLate("2026-03-10", "2026-03-10")).toBe(false);
    expect(isMeasurementDateTooLate("2026-03-11", "2026-03-10")).toBe(false);
    expect(isMeasurementDateTooLate("2026-03-12", "2026-03-10")).toBe(true);
  });
});
