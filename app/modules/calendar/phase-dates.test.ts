import { describe, expect, it } from "vitest";
import { addDaysIso, diffDaysIso } from "./dates";
import {
  templateSpan,
  PHASES,
  ROADMAP_DAYS,
  computePhaseDates,
  currentPhase,
  dueDateForWeek,
  isDueDateInPhase,
  phaseForDate,
  roadmapEndDate,
  weekOfDate,
} from "./phase-dates";

/** The template's plan weeks: 90 days are weeks 1–12. */
const LAST_WEEK = 12;

// Expected values were computed independently (Python's datetime.date, which has no
// time zone and therefore no DST), so these tables catch off-by-one and DST drift.
const CASES: {
  name: string;
  start: string;
  phases: [string, string][];
  end: string;
  dues: string[];
}[] = [
  {
    name: "start on a month end (Saturday 2026-01-31)",
    start: "2026-01-31",
    phases: [
      ["2026-01-31", "2026-02-20"],
      ["2026-02-21", "2026-03-27"],
      ["2026-03-28", "2026-04-30"],
    ],
    end: "2026-04-30",
    dues: [
      "2026-02-06",
      "2026-02-13",
      "2026-02-20",
      "2026-02-27",
      "2026-03-06",
      "2026-03-13",
      "2026-03-20",
      "2026-03-27",
      "2026-04-03",
      "2026-04-10",
      "2026-04-17",
      "2026-04-30",
    ],
  },
  {
    name: "start on a leap day (2028-02-29)",
    start: "2028-02-29",
    phases: [
      ["2028-02-29", "2028-03-20"],
      ["2028-03-21", "2028-04-24"],
      ["2028-04-25", "2028-05-28"],
    ],
    end: "2028-05-28",
    dues: [
      "2028-03-06",
      "2028-03-13",
      "2028-03-20",
      "2028-03-27",
      "2028-04-03",
      "2028-04-10",
      "2028-04-17",
      "2028-04-24",
      "2028-05-01",
      "2028-05-08",
      "2028-05-15",
      "2028-05-26",
    ],
  },
  {
    name: "plan crossing the leap day (start 2028-02-14)",
    start: "2028-02-14",
    phases: [
      ["2028-02-14", "2028-03-05"],
      ["2028-03-06", "2028-04-09"],
      ["2028-04-10", "2028-05-13"],
    ],
    end: "2028-05-13",
    dues: [
      "2028-02-18",
      "2028-02-25",
      "2028-03-03",
      "2028-03-10",
      "2028-03-17",
      "2028-03-24",
      "2028-03-31",
      "2028-04-07",
      "2028-04-14",
      "2028-04-21",
      "2028-04-28",
      "2028-05-12",
    ],
  },
  {
    name: "crossing the spring DST change (start 2026-03-23, clocks change 2026-03-29)",
    start: "2026-03-23",
    phases: [
      ["2026-03-23", "2026-04-12"],
      ["2026-04-13", "2026-05-17"],
      ["2026-05-18", "2026-06-20"],
    ],
    end: "2026-06-20",
    dues: [
      "2026-03-27",
      "2026-04-03",
      "2026-04-10",
      "2026-04-17",
      "2026-04-24",
      "2026-05-01",
      "2026-05-08",
      "2026-05-15",
      "2026-05-22",
      "2026-05-29",
      "2026-06-05",
      "2026-06-19",
    ],
  },
  {
    name: "crossing the autumn DST change and the year end (start 2026-10-19)",
    start: "2026-10-19",
    phases: [
      ["2026-10-19", "2026-11-08"],
      ["2026-11-09", "2026-12-13"],
      ["2026-12-14", "2027-01-16"],
    ],
    end: "2027-01-16",
    dues: [
      "2026-10-23",
      "2026-10-30",
      "2026-11-06",
      "2026-11-13",
      "2026-11-20",
      "2026-11-27",
      "2026-12-04",
      "2026-12-11",
      "2026-12-18",
      "2026-12-25",
      "2027-01-01",
      "2027-01-15",
    ],
  },
  {
    name: "analysis phase across the year end (start 2026-12-14)",
    start: "2026-12-14",
    phases: [
      ["2026-12-14", "2027-01-03"],
      ["2027-01-04", "2027-02-07"],
      ["2027-02-08", "2027-03-13"],
    ],
    end: "2027-03-13",
    dues: [
      "2026-12-18",
      "2026-12-25",
      "2027-01-01",
      "2027-01-08",
      "2027-01-15",
      "2027-01-22",
      "2027-01-29",
      "2027-02-05",
      "2027-02-12",
      "2027-02-19",
      "2027-02-26",
      "2027-03-12",
    ],
  },
];

describe("computePhaseDates", () => {
  for (const c of CASES) {
    it(`computes phase bands: ${c.name}`, () => {
      const phases = computePhaseDates(templateSpan(c.start));
      expect(phases.map((p) => [p.startDate, p.endDate])).toEqual(c.phases);
      expect(phases.map((p) => [p.kind, p.position, p.startWeek, p.endWeek])).toEqual([
        ["analysis", 1, 1, 3],
        ["pilot", 2, 4, 8],
        ["scale", 3, 9, 12],
      ]);
      expect(roadmapEndDate(templateSpan(c.start))).toBe(c.end);
    });

    it(`computes due dates for every week: ${c.name}`, () => {
      const dues = Array.from({ length: LAST_WEEK }, (_, i) =>
        dueDateForWeek(templateSpan(c.start), i + 1),
      );
      expect(dues).toEqual(c.dues);
    });
  }

  it("covers all 90 days without gaps or overlaps", () => {
    for (const c of CASES) {
      const phases = computePhaseDates(templateSpan(c.start));
      expect(phases[0]?.startDate).toBe(c.start);
      for (let i = 1; i < phases.length; i++) {
        expect(diffDaysIso(phases[i - 1]!.endDate, phases[i]!.startDate)).toBe(1);
      }
      expect(diffDaysIso(c.start, phases[2]!.endDate)).toBe(ROADMAP_DAYS - 1);
      const lengths = phases.map((p) => diffDaysIso(p.startDate, p.endDate) + 1);
      // 3 weeks, 5 weeks, 4 weeks + the 6 remaining days.
      expect(lengths).toEqual([21, 35, 34]);
    }
  });

  it("rejects a start date that is not a calendar date", () => {
    expect(() => computePhaseDates(templateSpan("2026-02-30"))).toThrow(RangeError);
    expect(() => computePhaseDates(templateSpan("31.01.2026"))).toThrow(RangeError);
  });

  it("keeps PHASES in the order of the method", () => {
    expect(PHASES.map((p) => p.kind)).toEqual(["analysis", "pilot", "scale"]);
  });
});

describe("phaseForDate / currentPhase / weekOfDate", () => {
  const start = "2026-03-23";

  it("maps each boundary day to the right phase", () => {
    expect(phaseForDate(templateSpan(start), "2026-03-22")).toBeNull();
    expect(phaseForDate(templateSpan(start), "2026-03-23")).toBe("analysis");
    expect(phaseForDate(templateSpan(start), "2026-03-29")).toBe("analysis"); // DST change day
    expect(phaseForDate(templateSpan(start), "2026-04-12")).toBe("analysis");
    expect(phaseForDate(templateSpan(start), "2026-04-13")).toBe("pilot");
    expect(phaseForDate(templateSpan(start), "2026-05-17")).toBe("pilot");
    expect(phaseForDate(templateSpan(start), "2026-05-18")).toBe("scale");
    expect(phaseForDate(templateSpan(start), "2026-06-20")).toBe("scale");
    expect(phaseForDate(templateSpan(start), "2026-06-21")).toBeNull();
  });

  it("currentPhase is null before the start and after the end", () => {
    expect(currentPhase(templateSpan(start), "2026-01-01")).toBeNull();
    expect(currentPhase(templateSpan(start), "2026-04-20")).toBe("pilot");
    expect(currentPhase(templateSpan(start), "2026-07-01")).toBeNull();
  });

  it("counts 1-based plan weeks from the start, not calendar weeks", () => {
    // The start is a Wednesday; plan weeks run Wednesday to Tuesday.
    const wed = "2026-10-21";
    expect(weekOfDate(templateSpan(wed), "2026-10-20")).toBe(0);
    expect(weekOfDate(templateSpan(wed), "2026-10-21")).toBe(1);
    expect(weekOfDate(templateSpan(wed), "2026-10-27")).toBe(1);
    expect(weekOfDate(templateSpan(wed), "2026-10-28")).toBe(2); // crosses the 2026-10-25 DST change
    expect(weekOfDate(templateSpan(wed), addDaysIso(wed, 83))).toBe(12);
    // The 6 days after 12 full weeks still belong to week 12; then the plan is over.
    expect(weekOfDate(templateSpan(wed), addDaysIso(wed, 84))).toBe(12);
    expect(weekOfDate(templateSpan(wed), roadmapEndDate(templateSpan(wed)))).toBe(12);
    expect(weekOfDate(templateSpan(wed), addDaysIso(roadmapEndDate(templateSpan(wed)), 1))).toBe(
      13,
    );
  });

  it("puts each due date of a week into that week and its phase", () => {
    for (const c of CASES) {
      for (const phase of PHASES) {
        for (let week = phase.startWeek; week <= phase.endWeek; week++) {
          const due = dueDateForWeek(templateSpan(c.start), week);
          expect(weekOfDate(templateSpan(c.start), due)).toBe(week);
          expect(phaseForDate(templateSpan(c.start), due)).toBe(phase.kind);
          expect(isDueDateInPhase(templateSpan(c.start), phase.kind, due)).toBe(true);
        }
      }
    }
  });
});

describe("a roadmap of another length (a next roadmap may run 30–365 days)", () => {
  it.each([
    // length, days per phase (the template's 21/35/34 shares, rounded), plan weeks
    [30, [7, 12, 11], 4],
    [60, [14, 23, 23], 8],
    [120, [28, 47, 45], 17],
    [365, [85, 142, 138], 52],
  ])("lays %i days out in the template's proportions", (length, days, weeks) => {
    const span = { startDate: "2026-03-30", lengthDays: length };
    const phases = computePhaseDates(span);
    expect(phases.map((p) => p.days)).toEqual(days);
    expect(phases[0]!.startDate).toBe("2026-03-30");
    expect(phases[2]!.endDate).toBe(roadmapEndDate(span));
    expect(diffDaysIso(span.startDate, roadmapEndDate(span))).toBe(length - 1);
    for (let i = 1; i < phases.length; i++) {
      expect(diffDaysIso(phases[i - 1]!.endDate, phases[i]!.startDate)).toBe(1);
    }
    // The last plan week takes the days left over; the day after the end lies beyond it.
    expect(weekOfDate(span, roadmapEndDate(span))).toBe(weeks);
    expect(weekOfDate(span, addDaysIso(roadmapEndDate(span), 1))).toBe(weeks + 1);
    expect(dueDateForWeek(span, weeks) <= roadmapEndDate(span)).toBe(true);
    expect(() => dueDateForWeek(span, weeks + 1)).toThrow(RangeError);
    expect(phaseForDate(span, roadmapEndDate(span))).toBe("scale");
    expect(phaseForDate(span, addDaysIso(roadmapEndDate(span), 1))).toBeNull();
  });

  it("refuses a length the phases cannot share", () => {
    expect(() => computePhaseDates({ startDate: "2026-03-30", lengthDays: 2 })).toThrow(RangeError);
    expect(() => computePhaseDates({ startDate: "2026-03-30", lengthDays: 45.5 })).toThrow(
      RangeError,
    );
  });
});
