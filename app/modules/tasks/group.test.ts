import { describe, expect, it } from "vitest";
import { groupByDueWeek } from "./group";

// Wednesday 11 March 2026 (ISO week 11: 9–15 March).
const TODAY = "2026-03-11";
const task = (id: string, dueDate: string, status: "todo" | "done" = "todo") => ({
  id,
  dueDate,
  status,
});

describe("groupByDueWeek", () => {
  it("puts open work due before today first, then one group per calendar week", () => {
    const groups = groupByDueWeek(
      [
        task("later", "2026-03-27"),
        task("late", "2026-03-10"),
        task("today", "2026-03-11"),
        task("sunday", "2026-03-15"),
        task("next", "2026-03-16"),
      ],
      TODAY,
    );
    expect(groups.map((g) => (g.kind === "overdue" ? "overdue" : `W${g.week}`))).toEqual([
      "overdue",
      "W11",
      "W12",
      "W13",
    ]);
    expect(groups[0]!.tasks.map((t) => t.id)).toEqual(["late"]);
    expect(groups[1]).toMatchObject({
      weekStart: "2026-03-09",
      weekEnd: "2026-03-15",
      isThisWeek: true,
    });
    expect(groups[1]!.tasks.map((t) => t.id)).toEqual(["today", "sunday"]);
  });

  it("keeps done work of this and later weeks, and past done work only when asked", () => {
    const tasks = [task("old", "2026-03-03", "done"), task("now", "2026-03-10", "done")];
    expect(groupByDueWeek(tasks, TODAY).flatMap((g) => g.tasks.map((t) => t.id))).toEqual(["now"]);
    expect(
      groupByDueWeek(tasks, TODAY, { includePastDone: true }).flatMap((g) =>
        g.tasks.map((t) => t.id),
      ),
    ).toEqual(["old", "now"]);
  });

  it("numbers weeks across the year end by ISO rules", () => {
    const groups = groupByDueWeek([task("a", "2026-12-31"), task("b", "2027-01-04")], "2026-12-30");
    expect(groups.map((g) => (g.kind === "week" ? g.week : 0))).toEqual([53, 1]);
  });

  it("returns no groups for no tasks", () => {
    expect(groupByDueWeek([], TODAY)).toEqual([]);
  });
});
