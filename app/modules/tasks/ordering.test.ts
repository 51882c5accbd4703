import { describe, expect, it } from "vitest";
import {
  applyPlacement,
  columnOf,
  parseKeyboardMove,
  placementForMove,
  positionForPlacement,
} from "./ordering";
import type { OrderedTask } from "./ordering";

const board: OrderedTask[] = [
  { id: "a", status: "todo", position: 0 },
  { id: "b", status: "todo", position: 1 },
  { id: "c", status: "todo", position: 5 },
  { id: "d", status: "in_progress", position: 0 },
  { id: "e", status: "done", position: 3 },
];

const ids = (tasks: OrderedTask[], status: OrderedTask["status"]) =>
  columnOf(tasks, status).map((t) => t.id);

describe("parseKeyboardMove", () => {
  it("reads the card menu's values and nothing else", () => {
    expect(parseKeyboardMove("up")).toBe("up");
    expect(parseKeyboardMove("down")).toBe("down");
    expect(parseKeyboardMove("status:blocked")).toEqual({ status: "blocked" });
    for (const value of ["sideways", "status:", "status:finished", "UP", "status:done "]) {
      expect(parseKeyboardMove(value), value).toBeNull();
    }
  });
});

describe("placementForMove (keyboard)", () => {
  it("moves up before the previous task and down behind the next one", () => {
    expect(placementForMove(board, "b", "up")).toEqual({ status: "todo", beforeId: "a" });
    expect(placementForMove(board, "a", "down")).toEqual({ status: "todo", beforeId: "c" });
    expect(placementForMove(board, "b", "down")).toEqual({ status: "todo", beforeId: null });
  });

  it("does nothing at the ends of a column or for the task's own column", () => {
    expect(placementForMove(board, "a", "up")).toBeNull();
    expect(placementForMove(board, "c", "down")).toBeNull();
    expect(placementForMove(board, "a", { status: "todo" })).toBeNull();
    expect(placementForMove(board, "zzz", "up")).toBeNull();
  });

  it("sends a task to the end of another column", () => {
    expect(placementForMove(board, "a", { status: "done" })).toEqual({
      status: "done",
      beforeId: null,
    });
  });
});

describe("positionForPlacement (server)", () => {
  const column = [
    { id: "a", position: 0 },
    { id: "c", position: 5 },
  ];
  it("takes the position of the task it goes before and shifts from there", () => {
    expect(positionForPlacement(column, "c")).toEqual({ position: 5, shiftFrom: 5 });
  });
  it("goes one past the last position at the end, 0 in an empty column", () => {
    expect(positionForPlacement(column, null)).toEqual({ position: 6, shiftFrom: null });
    expect(positionForPlacement([], null)).toEqual({ position: 0, shiftFrom: null });
  });
  it("treats an unknown target as the end", () => {
    expect(positionForPlacement(column, "gone")).toEqual({ position: 6, shiftFrom: null });
  });
});

describe("applyPlacement (optimistic board)", () => {
  it("reorders within a column", () => {
    const after = applyPlacement(board, "c", { status: "todo", beforeId: "a" });
    expect(ids(after, "todo")).toEqual(["c", "a", "b"]);
  });

  it("moves between columns and keeps every task exactly once", () => {
    const after = applyPlacement(board, "a", { status: "in_progress", beforeId: "d" });
    expect(ids(after, "todo")).toEqual(["b", "c"]);
    expect(ids(after, "in_progress")).toEqual(["a", "d"]);
    expect(after).toHaveLength(board.length);
  });

  it("agrees with the keyboard moves", () => {
    const down = placementForMove(board, "a", "down")!;
    expect(ids(applyPlacement(board, "a", down), "todo")).toEqual(["b", "a", "c"]);
    const up = placementForMove(board, "c", "up")!;
    expect(ids(applyPlacement(board, "c", up), "todo")).toEqual(["a", "c", "b"]);
  });

  it("sorts ties by id, so concurrent moves never make the order flicker", () => {
    const tied: OrderedTask[] = [
      { id: "y", status: "todo", position: 2 },
      { id: "x", status: "todo", position: 2 },
    ];
    expect(ids(tied, "todo")).toEqual(["x", "y"]);
  });
});
