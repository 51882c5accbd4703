import { describe, expect, it } from "vitest";
import {
  addDaysIso,
  compareIso,
  diffDaysIso,
  isIsoDate,
  isWeekendIso,
  isoToUtcDate,
  isoWeekNumber,
  isoWeekday,
  startOfWeekIso,
  todayIso,
  utcDateToIso,
} from "./dates";

describe("isIsoDate", () => {
  it("accepts real calendar dates", () => {
    expect(isIsoDate("2026-01-31")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
  });

  it("agrees with the calendar on every day 1899–2101, century leap rules included", () => {
    for (let year = 1899; year <= 2101; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 28; day <= 31; day++) {
          const iso = `${year}-${String(month).padStart(2, "0")}-${day}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          expect(isIsoDate(iso), iso).toBe(date.getUTCDate() === day);
        }
      }
    }
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
  });

  it("rejects impossible dates and other formats", () => {
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-00-10")).toBe(false);
    expect(isIsoDate("2026-01-00")).toBe(false);
    expect(isIsoDate("2026-1-5")).toBe(false);
    expect(isIsoDate("31.01.2026")).toBe(false);
    expect(isIsoDate("2026-01-31T00:00:00Z")).toBe(false);
    expect(isIsoDate("")).toBe(false);
    expect(isIsoDate(20260131)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe("addDaysIso / diffDaysIso", () => {
  it("crosses month ends, leap days and the year end", () => {
    expect(addDaysIso("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDaysIso("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDaysIso("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDaysIso("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysIso("2027-01-01", -1)).toBe("2026-12-31");
  });

  it("is not thrown off by daylight-saving changes", () => {
    // Europe 2026: 29 March (23 h day) and 25 October (25 h day); US: 8 March, 1 November.
    expect(addDaysIso("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDaysIso("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDaysIso("2026-10-24", 2)).toBe("2026-10-26");
    expect(addDaysIso("2026-03-07", 2)).toBe("2026-03-09");
    expect(addDaysIso("2026-10-31", 2)).toBe("2026-11-02");
    expect(diffDaysIso("2026-03-28", "2026-03-30")).toBe(2);
    expect(diffDaysIso("2026-10-24", "2026-10-26")).toBe(2);
    expect(diffDaysIso("2026-01-01", "2027-01-01")).toBe(365);
    expect(diffDaysIso("2028-01-01", "2029-01-01")).toBe(366);
  });

  it("returns b − a, negative when b is earlier", () => {
    expect(diffDaysIso("2026-05-10", "2026-05-01")).toBe(-9);
    expect(diffDaysIso("2026-05-10", "2026-05-10")).toBe(0);
  });

  it("round-trips every day of a year", () => {
    let d = "2026-01-01";
    for (let i = 0; i < 400; i++) {
      const next = addDaysIso(d, 1);
      expect(diffDaysIso(d, next)).toBe(1);
      expect(isIsoDate(next)).toBe(true);
      d = next;
    }
    expect(d).toBe("2027-02-05");
  });

  it("rejects fractional days and malformed dates", () => {
    expect(() => addDaysIso("2026-01-01", 0.5)).toThrow(RangeError);
    expect(() => addDaysIso("2026-02-30", 1)).toThrow(RangeError);
    expect(() => diffDaysIso("2026-01-01", "tomorrow")).toThrow(RangeError);
  });
});

describe("todayIso", () => {
  it("uses the local calendar date of the given instant", () => {
    // Local constructor: the same wall-clock time in whatever zone the test runs in.
    expect(todayIso(new Date(2026, 2, 29, 0, 30))).toBe("2026-03-29");
    expect(todayIso(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31");
  });

  it("defaults to now", () => {
    expect(isIsoDate(todayIso())).toBe(true);
  });
});

describe("isoToUtcDate / utcDateToIso", () => {
  it("stores a calendar date as 00:00 UTC and reads it back unchanged", () => {
    const d = isoToUtcDate("2026-03-29");
    expect(d.toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(utcDateToIso(d)).toBe("2026-03-29");
  });

  it("round-trips around DST changes and the leap day in any process zone", () => {
    for (const iso of ["2026-03-29", "2026-10-25", "2026-03-08", "2026-11-01", "2028-02-29"]) {
      expect(utcDateToIso(isoToUtcDate(iso))).toBe(iso);
    }
  });

  it("rejects invalid input", () => {
    expect(() => isoToUtcDate("2026-02-30")).toThrow(RangeError);
    expect(() => utcDateToIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("ISO weeks", () => {
  it("finds the Monday of the week", () => {
    expect(startOfWeekIso("2026-03-29")).toBe("2026-03-23"); // Sunday
    expect(startOfWeekIso("2026-03-23")).toBe("2026-03-23"); // Monday
    expect(startOfWeekIso("2027-01-01")).toBe("2026-12-28"); // across the year end
  });

  it("numbers weeks per ISO 8601", () => {
    expect(isoWeekNumber("2026-01-01")).toBe(1);
    expect(isoWeekNumber("2026-12-31")).toBe(53); // 2026 has 53 ISO weeks
    expect(isoWeekNumber("2027-01-03")).toBe(53);
    expect(isoWeekNumber("2027-01-04")).toBe(1);
    expect(isoWeekNumber("2026-03-29")).toBe(13);
  });

  it("knows weekdays and weekends", () => {
    expect(isoWeekday("2026-03-23")).toBe(1);
    expect(isoWeekday("2026-03-29")).toBe(7);
    expect(isWeekendIso("2026-03-28")).toBe(true);
    expect(isWeekendIso("2026-03-27")).toBe(false);
  });
});

describe("compareIso", () => {
  it("orders chronologically", () => {
    expect(["2027-01-01", "2026-12-31", "2026-02-01"].sort(compareIso)).toEqual([
      "2026-02-01",
      "2026-12-31",
      "2027-01-01",
    ]);
  });
});
