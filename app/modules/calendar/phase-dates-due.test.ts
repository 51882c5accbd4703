import { describe, expect, it } from "vitest";
import { addDaysIso, diffDaysIso, isoWeekday } from "./dates";
import {
  templateSpan,
  computePhaseDates,
  dueDateForWeek,
  isDueDateInPhase,
  isDueDateInRoadmap,
  phaseDatesFor,
  roadmapTimeline,
  shiftDate,
} from "./phase-dates";

/** The template's plan weeks: 90 days are weeks 1–12. */
const LAST_WEEK = 12;

// phase-dates.ts, second part: due dates (weekend rule, shifting, inside a phase or the
// roadmap) and the roadmap timeline. Phase dates themselves: phase-dates.test.ts.

describe("dueDateForWeek weekend rule", () => {
  it("keeps a weekday", () => {
    // Start Tuesday → the week's last day is a Monday.
    expect(dueDateForWeek(templateSpan("2026-01-27"), 1)).toBe("2026-02-02");
    expect(isoWeekday("2026-02-02")).toBe(1);
  });

  it("moves a Saturday back to Friday", () => {
    // Start Sunday → the week's last day is a Saturday.
    expect(dueDateForWeek(templateSpan("2026-02-01"), 1)).toBe("2026-02-06");
  });

  it("moves a Sunday back to Friday", () => {
    // Start Monday → the week's last day is a Sunday.
    expect(dueDateForWeek(templateSpan("2026-03-23"), 1)).toBe("2026-03-27");
    expect(dueDateForWeek(templateSpan("2026-03-23"), 2)).toBe("2026-04-03");
  });

  it("never produces a weekend due date for any start weekday", () => {
    for (let offset = 0; offset < 7; offset++) {
      const start = addDaysIso("2026-03-23", offset);
      for (let week = 1; week <= LAST_WEEK; week++) {
        expect(isoWeekday(dueDateForWeek(templateSpan(start), week))).toBeLessThanOrEqual(5);
      }
    }
  });

  it("ends week 12, which runs to the 90th day, on the roadmap's last day", () => {
    // 2026-01-31 + 89 = 2026-04-30, a Thursday.
    expect(dueDateForWeek(templateSpan("2026-01-31"), 12)).toBe("2026-04-30");
    // 2028-02-29 + 89 = 2028-05-28, a Sunday → Friday.
    expect(dueDateForWeek(templateSpan("2028-02-29"), 12)).toBe("2028-05-26");
    expect(
      isDueDateInRoadmap(
        templateSpan("2028-02-29"),
        dueDateForWeek(templateSpan("2028-02-29"), 12),
      ),
    ).toBe(true);
    // The plan has no 13th week.
    expect(() => dueDateForWeek(templateSpan("2026-01-31"), 13)).toThrow(RangeError);
  });

  it("rejects weeks outside the plan", () => {
    expect(() => dueDateForWeek(templateSpan("2026-01-31"), 0)).toThrow(RangeError);
    expect(() => dueDateForWeek(templateSpan("2026-01-31"), 14)).toThrow(RangeError);
    expect(() => dueDateForWeek(templateSpan("2026-01-31"), 2.5)).toThrow(RangeError);
  });
});

describe("shiftDate", () => {
  it("moves every phase date and due date by the same number of days", () => {
    const oldStart = "2026-03-23";
    for (const newStart of ["2026-10-19", "2028-02-29", "2025-12-31", "2026-03-30"]) {
      const delta = diffDaysIso(oldStart, newStart);
      const before = computePhaseDates(templateSpan(oldStart));
      const after = computePhaseDates(templateSpan(newStart));
      before.forEach((p, i) => {
        expect(shiftDate(p.startDate, oldStart, newStart)).toBe(after[i]!.startDate);
        expect(shiftDate(p.endDate, oldStart, newStart)).toBe(after[i]!.endDate);
        expect(diffDaysIso(p.startDate, after[i]!.startDate)).toBe(delta);
      });
      // An arbitrary task date keeps its distance to the start.
      const task = "2026-04-29";
      const shifted = shiftDate(task, oldStart, newStart);
      expect(diffDaysIso(newStart, shifted)).toBe(diffDaysIso(oldStart, task));
    }
  });

  it("shifts across the leap day and back again", () => {
    expect(shiftDate("2028-02-28", "2028-02-01", "2028-02-02")).toBe("2028-02-29");
    expect(shiftDate("2028-03-01", "2028-02-02", "2028-02-01")).toBe("2028-02-29");
    expect(shiftDate("2027-02-28", "2027-02-01", "2027-02-02")).toBe("2027-03-01");
  });

  it("is a no-op when the start does not move", () => {
    expect(shiftDate("2026-05-05", "2026-03-23", "2026-03-23")).toBe("2026-05-05");
  });
});

describe("isDueDateInPhase / isDueDateInRoadmap", () => {
  const start = "2026-10-19";

  it("accepts the phase's first and last day and rejects the neighbours", () => {
    expect(isDueDateInPhase(templateSpan(start), "pilot", "2026-11-08")).toBe(false);
    expect(isDueDateInPhase(templateSpan(start), "pilot", "2026-11-09")).toBe(true);
    expect(isDueDateInPhase(templateSpan(start), "pilot", "2026-12-13")).toBe(true);
    expect(isDueDateInPhase(templateSpan(start), "pilot", "2026-12-14")).toBe(false);
    expect(isDueDateInPhase(templateSpan(start), "scale", "2027-01-16")).toBe(true);
    expect(isDueDateInPhase(templateSpan(start), "scale", "2027-01-17")).toBe(false);
  });

  it("accepts exactly the 90 days of the roadmap", () => {
    expect(isDueDateInRoadmap(templateSpan(start), "2026-10-18")).toBe(false);
    expect(isDueDateInRoadmap(templateSpan(start), "2026-10-19")).toBe(true);
    expect(isDueDateInRoadmap(templateSpan(start), "2027-01-16")).toBe(true);
    expect(isDueDateInRoadmap(templateSpan(start), "2027-01-17")).toBe(false);
  });

  it("rejects malformed due dates instead of answering false", () => {
    expect(() => isDueDateInRoadmap(templateSpan(start), "2026-13-01")).toThrow(RangeError);
  });

  it("phaseDatesFor returns the single phase", () => {
    expect(phaseDatesFor(templateSpan(start), "scale")).toMatchObject({
      startDate: "2026-12-14",
      endDate: "2027-01-16",
    });
  });
});

describe("roadmapTimeline", () => {
  const start = "2026-03-23";

  it("counts down before the start", () => {
    expect(roadmapTimeline(templateSpan(start), "2026-03-20")).toEqual({
      state: "not_started",
      daysUntilStart: 3,
    });
  });

  it("reports day, week and phase while running", () => {
    expect(roadmapTimeline(templateSpan(start), "2026-03-23")).toEqual({
      state: "running",
      phase: "analysis",
      week: 1,
      day: 1,
      daysLeft: 89,
    });
    expect(roadmapTimeline(templateSpan(start), "2026-06-20")).toEqual({
      state: "running",
      phase: "scale",
      week: 12,
      day: 90,
      daysLeft: 0,
    });
  });

  it("reports the days since the end afterwards", () => {
    expect(roadmapTimeline(templateSpan(start), "2026-06-21")).toEqual({
      state: "finished",
      daysSinceEnd: 1,
    });
  });
});
