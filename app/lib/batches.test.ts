import { describe, expect, it } from "vitest";
import { batches } from "./batches";

describe("batches", () => {
  it("slices a list in order, the last slice holding the rest", () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches(Array.from({ length: 1001 }, (_, i) => i)).map((b) => b.length)).toEqual([
      500, 500, 1,
    ]);
  });

  it("gives nothing for nothing, and refuses a size that would never end", () => {
    expect(batches([], 3)).toEqual([]);
    expect(() => batches([1], 0)).toThrow(RangeError);
  });
});
