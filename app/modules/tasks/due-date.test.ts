import { describe, expect, it } from "vitest";
import { checkDueDate, defaultDueDate, dueDateChecker } from "./due-date";
import { templateSpan } from "../calendar/phase-dates";

// A roadmap starting Monday 2 March 2026: analysis 2–22 March, pilot 23 March – 26 April,
// scale 27 April – 30 May.
const START = "2026-03-02";

describe("checkDueDate", () => {
  it("accepts a date inside the task's phase, including its first and last day", () => {
    expect(checkDueDate(templateSpan(START), "analysis", "2026-03-02")).toBe("in_phase");
    expect(checkDueDate(templateSpan(START), "analysis", "2026-03-22")).toBe("in_phase");
    expect(checkDueDate(templateSpan(START), "pilot", "2026-04-26")).toBe("in_phase");
    expect(checkDueDate(templateSpan(START), "scale", "2026-05-30")).toBe("in_phase");
  });

  it("warns when the date lies in another phase of the roadmap", () => {
    expect(checkDueDate(templateSpan(START), "analysis", "2026-03-23")).toBe("outside_phase");
    expect(checkDueDate(templateSpan(START), "pilot", "2026-03-22")).toBe("outside_phase");
    expect(checkDueDate(templateSpan(START), "scale", "2026-04-26")).toBe("outside_phase");
  });

  it("refuses a date before the start or after the 90 days", () => {
    expect(checkDueDate(templateSpan(START), "analysis", "2026-03-01")).toBe("outside_roadmap");
    expect(checkDueDate(templateSpan(START), "scale", "2026-05-31")).toBe("outside_roadmap");
    expect(checkDueDate(templateSpan(START), "pilot", "2027-04-01")).toBe("outside_roadmap");
  });
});

describe("defaultDueDate", () => {
  it("is the Friday of the current plan week while the phase runs", () => {
    // Wednesday 11 March is in week 2 (9–15 March); its Friday is 13 March.
    expect(defaultDueDate(templateSpan(START), "analysis", "2026-03-11")).toBe("2026-03-13");
  });

  it("takes next week's Friday on a weekend, when the phase lasts that long", () => {
    // Saturday 14 March: week 2's Friday is past, week 3's is 20 March.
    expect(defaultDueDate(templateSpan(START), "analysis", "2026-03-14")).toBe("2026-03-20");
  });

  it("stays inside the phase on its last weekend", () => {
    // Saturday 21 March, last weekend of the analysis phase (ends Sunday 22 March).
    const due = defaultDueDate(templateSpan(START), "analysis", "2026-03-21");
    expect(checkDueDate(templateSpan(START), "analysis", due)).toBe("in_phase");
    expect(due >= "2026-03-21").toBe(true);
  });

  it("uses the phase's first week before it starts, its last week after it ended", () => {
    expect(defaultDueDate(templateSpan(START), "pilot", "2026-03-05")).toBe("2026-03-27");
    expect(defaultDueDate(templateSpan(START), "analysis", "2026-05-01")).toBe("2026-03-20");
  });

  it("is always inside the phase and never before today while it runs, whatever today is", () => {
    for (const kind of ["analysis", "pilot", "scale"] as const) {
      for (let day = -10; day < 100; day++) {
        const today = new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10);
        const due = defaultDueDate(templateSpan(START), kind, today);
        expect(checkDueDate(templateSpan(START), kind, due), `${kind} on ${today}`).toBe(
          "in_phase",
        );
        if (checkDueDate(templateSpan(START), kind, today) === "in_phase")
          expect(due >= today).toBe(true);
      }
    }
  });
});

describe("dueDateChecker", () => {
  it("agrees with checkDueDate on every day around the roadmap", () => {
    for (const kind of ["analysis", "pilot", "scale"] as const) {
      const check = dueDateChecker(templateSpan(START), kind);
      for (let day = -5; day < 100; day++) {
        const due = new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10);
        expect(check(due), `${kind} ${due}`).toBe(checkDueDate(templateSpan(START), kind, due));
      }
    }
  });
});
