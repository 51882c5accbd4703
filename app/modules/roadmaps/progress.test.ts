import { describe, expect, it } from "vitest";
import { templateSpan } from "../calendar/phase-dates";
import {
  SCHEDULE_TOLERANCE_POINTS,
  burnUpSeries,
  expectedPercent,
  percentOf,
  rollUpProgress,
  scheduleHealth,
  summariseTasks,
} from "./progress";
import type { ProgressTask } from "./progress";

const today = "2026-04-15";

describe("summariseTasks", () => {
  it("counts statuses and overdue work", () => {
    const tasks: ProgressTask[] = [
      { status: "done", dueDate: "2026-04-01" }, // done late: not overdue
      { status: "todo", dueDate: "2026-04-14" }, // overdue
      { status: "in_progress", dueDate: "2026-04-10" }, // overdue
      { status: "blocked", dueDate: "2026-04-15" }, // due today: not overdue yet
      { status: "todo", dueDate: "2026-04-30" },
    ];
    expect(summariseTasks(tasks, today)).toEqual({
      total: 5,
      done: 1,
      inProgress: 1,
      blocked: 1,
      todo: 2,
      overdue: 2,
      percentDone: 20,
    });
  });

  it("is 0 % with no tasks rather than NaN", () => {
    expect(summariseTasks([], today)).toEqual({
      total: 0,
      done: 0,
      inProgress: 0,
      blocked: 0,
      todo: 0,
      overdue: 0,
      percentDone: 0,
    });
  });

  it("is 100 % only when every task is done", () => {
    const almost: ProgressTask[] = Array.from({ length: 200 }, (_, i) => ({
      status: i === 0 ? "todo" : "done",
      dueDate: "2026-05-01",
    }));
    expect(summariseTasks(almost, today).percentDone).toBe(99);
    const all = almost.map((t) => ({ ...t, status: "done" as const }));
    expect(summariseTasks(all, today).percentDone).toBe(100);
  });

  it("counts an entry that stands for several tasks as that many", () => {
    const counted = summariseTasks(
      [
        { status: "todo", dueDate: "2026-04-14", count: 3 }, // three overdue
        { status: "done", dueDate: "2026-04-01", count: 5 },
        { status: "blocked", dueDate: "2026-04-20", count: 2 },
      ],
      today,
    );
    expect(counted).toEqual({
      total: 10,
      done: 5,
      inProgress: 0,
      blocked: 2,
      todo: 3,
      overdue: 3,
      percentDone: 50,
    });
  });

  it("rejects a malformed today", () => {
    expect(() => summariseTasks([], "15.04.2026")).toThrow(RangeError);
  });
});

describe("percentOf", () => {
  it("rounds in the middle and stays honest at the ends", () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(1, 300)).toBe(1);
    expect(percentOf(299, 300)).toBe(99);
    expect(percentOf(0, 5)).toBe(0);
    expect(percentOf(5, 5)).toBe(100);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe("rollUpProgress", () => {
  it("summarises each phase and all tasks together", () => {
    const result = rollUpProgress(
      {
        analysis: [
          { status: "done", dueDate: "2026-03-01" },
          { status: "done", dueDate: "2026-03-05" },
        ],
        pilot: [
          { status: "done", dueDate: "2026-04-01" },
          { status: "todo", dueDate: "2026-04-02" },
          { status: "blocked", dueDate: "2026-04-20" },
        ],
        scale: [],
      },
      today,
    );
    expect(result.phases.analysis.percentDone).toBe(100);
    expect(result.phases.pilot).toMatchObject({ total: 3, done: 1, overdue: 1, percentDone: 33 });
    expect(result.phases.scale).toMatchObject({ total: 0, percentDone: 0 });
    // Weighted by tasks (3 of 5), not the average of the phase percentages.
    expect(result.overall).toMatchObject({ total: 5, done: 3, blocked: 1, percentDone: 60 });
  });
});

describe("expectedPercent", () => {
  const start = "2026-03-23";

  it("is 0 before and on the start day and 100 after the last day", () => {
    expect(expectedPercent(templateSpan(start), "2026-01-01")).toBe(0);
    expect(expectedPercent(templateSpan(start), start)).toBe(0);
    expect(expectedPercent(templateSpan(start), "2026-06-20")).toBe(99); // last day: 89 of 90 behind us
    expect(expectedPercent(templateSpan(start), "2026-06-21")).toBe(100);
    expect(expectedPercent(templateSpan(start), "2027-01-01")).toBe(100);
  });

  it("grows with the days elapsed, across the DST change", () => {
    expect(expectedPercent(templateSpan(start), "2026-03-30")).toBe(8); // 7/90
    expect(expectedPercent(templateSpan(start), "2026-05-07")).toBe(50); // 45/90
  });
});

describe("scheduleHealth", () => {
  it("tolerates up to 10 points either way", () => {
    expect(SCHEDULE_TOLERANCE_POINTS).toBe(10);
    expect(scheduleHealth(40, 50)).toBe("on_track");
    expect(scheduleHealth(39, 50)).toBe("behind");
    expect(scheduleHealth(60, 50)).toBe("on_track");
    expect(scheduleHealth(61, 50)).toBe("ahead");
    expect(scheduleHealth(0, 0)).toBe("on_track");
    expect(scheduleHealth(0, 100)).toBe("behind");
  });
});

describe("burnUpSeries", () => {
  const start = "2026-03-23"; // Monday; week 1 ends Sunday 2026-03-29

  it("accumulates planned and done work per plan week", () => {
    const series = burnUpSeries(
      [
        { dueDate: "2026-03-27", status: "done", completedOn: "2026-03-26" },
        { dueDate: "2026-03-27", status: "done", completedOn: "2026-04-02" }, // done late
        { dueDate: "2026-04-03", status: "todo", completedOn: null },
        { dueDate: "2026-04-10", status: "done", completedOn: null }, // counts from due date
      ],
      templateSpan(start),
      "2026-04-08",
    );
    expect(series).toHaveLength(12);
    expect(series[0]).toEqual({ week: 1, weekEnd: "2026-03-29", planned: 2, done: 1 });
    expect(series[1]).toEqual({ week: 2, weekEnd: "2026-04-05", planned: 3, done: 2 });
    expect(series[2]).toEqual({ week: 3, weekEnd: "2026-04-12", planned: 4, done: 3 });
    // Week 4 has not begun on 2026-04-08: no "done" value to draw.
    expect(series[3]).toMatchObject({ week: 4, planned: 4, done: null });
    // Week 12 runs to the roadmap's 90th day: no 13th point.
    expect(series[11]).toMatchObject({ week: 12, weekEnd: "2026-06-20" });
  });
});
