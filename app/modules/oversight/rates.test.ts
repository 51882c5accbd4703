import { describe, expect, it } from "vitest";
import {
  hitsFor,
  isoWeekOf,
  last30DaysStart,
  ratePercent,
  toSamples,
  weeklyRatePoints,
  weeklyRates,
} from "./rates";

const day = (date: string, reviewed: number, corrected: number, rejected = 0) => ({
  date,
  reviewed,
  approved: reviewed - corrected - rejected,
  corrected,
  rejected,
});

describe("isoWeekOf", () => {
  it("puts the days around a year end into the right ISO week", () => {
    // 2026-12-28 is a Monday; the week runs to Sunday 2027-01-03 and is 2026's 53rd.
    for (const date of ["2026-12-28", "2026-12-31", "2027-01-01", "2027-01-03"]) {
      expect(isoWeekOf(date)).toEqual({
        monday: "2026-12-28",
        year: 2026,
        week: 53,
        label: "2026-W53",
      });
    }
    expect(isoWeekOf("2027-01-04").label).toBe("2027-W01");
    // The other way round: 2024-12-30 (Monday) starts 2025-W01.
    expect(isoWeekOf("2024-12-31")).toMatchObject({ monday: "2024-12-30", label: "2025-W01" });
  });
});

describe("weeklyRates", () => {
  it("sums each ISO week's reviews and gives (corrected + rejected) / reviewed in percent", () => {
    const samples = toSamples("oversight_correction_rate", [
      day("2026-12-28", 20, 4, 2),
      day("2027-01-02", 10, 3, 0), // same week (Saturday)
      day("2027-01-05", 25, 2, 0), // next week
    ]);
    const weeks = weeklyRates(samples);
    expect(weeks.map((w) => [w.label, w.reviewed, w.hits, w.value])).toEqual([
      ["2026-W53", 30, 9, 30],
      ["2027-W01", 25, 2, 8],
    ]);
    expect(weeklyRatePoints(samples)).toEqual([
      { date: "2026-12-28", value: 30 },
      { date: "2027-01-04", value: 8 },
    ]);
  });

  it("leaves weeks without reviews out: a gap, not a zero", () => {
    const points = weeklyRatePoints(
      toSamples("oversight_correction_rate", [
        day("2026-03-02", 10, 3),
        // nothing in the week of 2026-03-09
        day("2026-03-18", 10, 1),
      ]),
    );
    expect(points.map((p) => p.date)).toEqual(["2026-03-02", "2026-03-16"]);
    expect(points.some((p) => p.value === 0)).toBe(false);
  });

  it("gives the approval rate from approved / reviewed", () => {
    const rows = [day("2026-03-02", 8, 1, 1)];
    expect(hitsFor("oversight_approval_rate", rows[0]!)).toBe(6);
    expect(weeklyRatePoints(toSamples("oversight_approval_rate", rows))).toEqual([
      { date: "2026-03-02", value: 75 },
    ]);
  });

  it("an edit to a past review changes that past week's value and no other", () => {
    const log = [day("2026-03-03", 20, 6), day("2026-03-10", 20, 4), day("2026-03-17", 20, 2)];
    const before = weeklyRatePoints(toSamples("oversight_correction_rate", log));
    const edited = log.map((r) => (r.date === "2026-03-10" ? day("2026-03-10", 20, 1) : r));
    const after = weeklyRatePoints(toSamples("oversight_correction_rate", edited));
    expect(before.map((p) => p.value)).toEqual([30, 20, 10]);
    expect(after.map((p) => p.value)).toEqual([30, 5, 10]);
  });

  it("is independent of the order of its input and rounds to one decimal", () => {
    const samples = toSamples("oversight_correction_rate", [
      day("2026-03-05", 3, 1),
      day("2026-03-02", 3, 0),
      day("2026-02-24", 3, 1),
    ]);
    expect(weeklyRatePoints(samples)).toEqual([
      { date: "2026-02-23", value: 33.3 },
      { date: "2026-03-02", value: 16.7 },
    ]);
  });

  it("has no value for a week in which nothing was reviewed", () => {
    expect(weeklyRates([{ date: "2026-03-02", reviewed: 0, hits: 0 }])).toEqual([]);
    expect(ratePercent(0, 0)).toBeNull();
  });
});

describe("last30DaysStart", () => {
  it("counts today as the 30th day", () => {
    expect(last30DaysStart("2026-03-30")).toBe("2026-03-01");
  });
});
