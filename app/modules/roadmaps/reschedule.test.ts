import { describe, expect, it } from "vitest";
import { templateSpan } from "../calendar/phase-dates";
import { dueDateMoves, planStartDateChange } from "./reschedule";

const tasks = [
  { id: "b", title: "Pilot", dueDate: "2026-04-03", status: "todo" },
  { id: "a", title: "Kick-off", dueDate: "2026-03-06", status: "done" },
  { id: "c", title: "Report", dueDate: "2026-05-29", status: "in_progress" },
];

describe("planStartDateChange", () => {
  it("moves phases, the roadmap's end and every task by the same number of days", () => {
    const plan = planStartDateChange(templateSpan("2026-03-02"), "2026-03-16", tasks);
    expect(plan.shiftDays).toBe(14);
    expect(plan.roadmap).toEqual({
      from: { start: "2026-03-02", end: "2026-05-30" },
      to: { start: "2026-03-16", end: "2026-06-13" },
    });
    expect(plan.phases.map((p) => [p.kind, p.to.start, p.to.end])).toEqual([
      ["analysis", "2026-03-16", "2026-04-05"],
      ["pilot", "2026-04-06", "2026-05-10"],
      ["scale", "2026-05-11", "2026-06-13"],
    ]);
    expect(plan.tasks).toEqual([
      { id: "a", title: "Kick-off", status: "done", from: "2026-03-06", to: "2026-03-20" },
      { id: "b", title: "Pilot", status: "todo", from: "2026-04-03", to: "2026-04-17" },
      { id: "c", title: "Report", status: "in_progress", from: "2026-05-29", to: "2026-06-12" },
    ]);
  });

  it("keeps each task in its phase and on its weekday when moving by whole weeks", () => {
    const plan = planStartDateChange(templateSpan("2026-03-02"), "2026-02-16", tasks);
    expect(plan.shiftDays).toBe(-14);
    expect(plan.tasks.map((t) => t.to)).toEqual(["2026-02-20", "2026-03-20", "2026-05-15"]);
  });

  it("moves across daylight-saving changes and the year end without losing a day", () => {
    const plan = planStartDateChange(templateSpan("2026-10-19"), "2026-12-28", [
      { id: "x", title: "x", dueDate: "2026-10-30", status: "todo" },
    ]);
    expect(plan.shiftDays).toBe(70);
    expect(plan.tasks[0]!.to).toBe("2027-01-08");
  });

  it("moves the KPI dates that sit on the plan's start, end or a phase boundary, and no others", () => {
    const kpis = [
      // Baseline on the start, target on the roadmap's last day: both move.
      { id: "k1", name: "Bearbeitungszeit", baselineDate: "2026-03-02", targetDate: "2026-05-30" },
      // Target at the pilot's end (2026-04-26): moves; a baseline chosen freely stays.
      { id: "k2", name: "Fehlerquote", baselineDate: "2026-02-15", targetDate: "2026-04-26" },
      // Neither date tied to the plan: the KPI stays where it is.
      { id: "k3", name: "Umsatz", baselineDate: "2026-01-01", targetDate: "2026-12-31" },
    ];
    const plan = planStartDateChange(templateSpan("2026-03-02"), "2026-03-09", tasks, kpis);
    expect(plan.kpis).toEqual([
      {
        id: "k1",
        name: "Bearbeitungszeit",
        baseline: { from: "2026-03-02", to: "2026-03-09" },
        target: { from: "2026-05-30", to: "2026-06-06" },
      },
      {
        id: "k2",
        name: "Fehlerquote",
        baseline: null,
        target: { from: "2026-04-26", to: "2026-05-03" },
      },
    ]);
    expect(planStartDateChange(templateSpan("2026-03-02"), "2026-03-02", tasks, kpis).kpis).toEqual(
      [],
    );
  });

  it("moves nothing when the start date stays", () => {
    const plan = planStartDateChange(templateSpan("2026-03-02"), "2026-03-02", tasks);
    expect(plan.shiftDays).toBe(0);
    expect(plan.tasks).toEqual([]);
  });
});

describe("dueDateMoves", () => {
  it("moves the latest group first when moving later, so no group is moved twice", () => {
    const moves = dueDateMoves(["2026-03-06", "2026-03-13", "2026-03-06", "2026-03-20"], 7);
    expect(moves).toEqual([
      { from: "2026-03-20", to: "2026-03-27" },
      { from: "2026-03-13", to: "2026-03-20" },
      { from: "2026-03-06", to: "2026-03-13" },
    ]);
  });

  it("moves the earliest group first when moving earlier", () => {
    const moves = dueDateMoves(["2026-03-13", "2026-03-06"], -7);
    expect(moves).toEqual([
      { from: "2026-03-06", to: "2026-02-27" },
      { from: "2026-03-13", to: "2026-03-06" },
    ]);
  });

  it("applied in order, lands every date exactly once on its target", () => {
    const dates = ["2026-03-02", "2026-03-05", "2026-03-09", "2026-03-12", "2026-03-16"];
    for (const shift of [-7, -3, 3, 7, 14]) {
      const state = dates.map((d) => ({ original: d, current: d }));
      for (const move of dueDateMoves(dates, shift)) {
        for (const s of state) if (s.current === move.from) s.current = move.to;
      }
      const moved = dueDateMoves(dates, shift);
      for (const s of state) {
        expect(s.current).toBe(moved.find((m) => m.from === s.original)!.to);
      }
    }
  });
});
