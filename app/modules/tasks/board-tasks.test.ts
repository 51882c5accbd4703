import { describe, expect, it } from "vitest";
import { boardTask, packBoardTasks, unpackBoardTasks } from "./board-tasks";
import { dueDateChecker } from "./due-date";

const span = { startDate: "2026-01-05", lengthDays: 90 };
const today = "2026-02-20";
const placementOf = dueDateChecker(span, "pilot");

describe("board tasks as the loader sends them", () => {
  it("come back as the server had them: order, placement and overdue worked out again", () => {
    const tasks = [
      { id: "a", title: "Late", status: "todo", priority: "high", dueDate: "2026-02-01" },
      { id: "b", title: "Done late", status: "done", priority: "low", dueDate: "2026-02-01" },
      { id: "c", title: "Later", status: "blocked", priority: "medium", dueDate: "2026-03-30" },
    ].map((t, position) =>
      boardTask(
        {
          ...t,
          ownerId: position === 0 ? null : "u1",
          version: position + 1,
          position,
        } as Parameters<typeof boardTask>[0],
        placementOf,
        today,
      ),
    );
    const packed = packBoardTasks(tasks);
    expect(packed[0]).toEqual(["a", "Late", "todo", "high", "2026-02-01", null, 1]);
    expect(unpackBoardTasks(packed, { span, phase: "pilot", today })).toEqual(tasks);
    expect(tasks.map((t) => t.isOverdue)).toEqual([true, false, false]);
  });

  it("send no field names: a task costs its values", () => {
    const task = boardTask(
      {
        id: "cmxcb8zp0000z317do34qtkrr",
        title: "Werkzeug einrichten",
        status: "todo",
        priority: "medium",
        dueDate: "2026-02-01",
        ownerId: "cmxcb8z5b0000317dw6vi4jtg",
        version: 1,
        position: 0,
      },
      placementOf,
      today,
    );
    const json = JSON.stringify(packBoardTasks([task]));
    expect(json).not.toMatch(/title|status|ownerId|placement/);
  });
});
