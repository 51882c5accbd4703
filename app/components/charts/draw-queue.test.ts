import { describe, expect, it } from "vitest";
import { createDrawQueue } from "./draw-queue";

/** A queue whose idle callbacks run when the test says so. */
function setup() {
  const pending = new Map<number, () => void>();
  let ids = 0;
  const queue = createDrawQueue(
    (run) => {
      pending.set(++ids, run);
      return ids;
    },
    (id) => pending.delete(id),
  );
  const drawn: string[] = [];
  const idle = () => {
    const runs = [...pending.values()];
    pending.clear();
    for (const run of runs) run();
  };
  const request = (id: string) => queue.request(id, () => drawn.push(id));
  return { queue, drawn, idle, request };
}

describe("the charts' draw queue", () => {
  it("draws the next chart only after the one before has drawn", () => {
    const { queue, drawn, idle, request } = setup();
    request("a");
    request("b");
    request("c");
    idle();
    expect(drawn).toEqual(["a"]);
    idle();
    expect(drawn).toEqual(["a"]);
    queue.done("a");
    idle();
    expect(drawn).toEqual(["a", "b"]);
    queue.done("b");
    idle();
    expect(drawn).toEqual(["a", "b", "c"]);
  });

  it("goes on when the drawing chart is gone, and skips a chart gone while waiting", () => {
    const { queue, drawn, idle, request } = setup();
    request("a");
    request("b");
    request("c");
    queue.done("b");
    queue.done("a");
    idle();
    expect(drawn).toEqual(["c"]);
  });

  it("starts again after it ran empty", () => {
    const { queue, drawn, idle, request } = setup();
    request("a");
    idle();
    queue.done("a");
    request("b");
    idle();
    expect(drawn).toEqual(["a", "b"]);
  });

  it("waits for nothing once printing drew every chart", () => {
    const { queue, drawn, idle, request } = setup();
    request("a");
    request("b");
    queue.clear();
    idle();
    expect(drawn).toEqual([]);
    request("c");
    idle();
    expect(drawn).toEqual(["c"]);
  });
});
