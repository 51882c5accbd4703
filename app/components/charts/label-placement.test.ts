import { describe, expect, it } from "vitest";
import { boxesOverlap, placeLabels, segmentCrossesBox } from "./label-placement";
import type { Box, LabelRequest, PlacedLabel } from "./label-placement";

const bounds: Box = { x: 0, y: 0, width: 600, height: 400 };
const options = { bounds, radius: 11, height: 14 };

function pointBox({ cx, cy }: LabelRequest): Box {
  return { x: cx - 11, y: cy - 11, width: 22, height: 22 };
}

/** What a reader would notice: names on top of each other, on a point, or cut off. */
function problems(
  requests: LabelRequest[],
  placed: Map<string, PlacedLabel>,
  obstacles: Box[] = [],
) {
  const found: string[] = [];
  const labels = [...placed.values()];
  labels.forEach((a, i) => {
    const { box } = a;
    if (box.x < 0 || box.y < 0 || box.x + box.width > 600 || box.y + box.height > 400)
      found.push(`${a.id} leaves the plot`);
    for (const b of labels.slice(i + 1)) {
      if (boxesOverlap(box, b.box)) found.push(`${a.id} overlaps ${b.id}`);
    }
    for (const r of requests) {
      if (boxesOverlap(box, pointBox(r))) found.push(`${a.id} covers point ${r.id}`);
    }
    for (const o of obstacles) if (boxesOverlap(box, o)) found.push(`${a.id} covers an obstacle`);
    const { leader } = a;
    if (!leader) return;
    for (const b of labels) {
      if (b !== a && segmentCrossesBox(leader, b.box)) found.push(`${a.id}'s line crosses ${b.id}`);
    }
    for (const r of requests) {
      if (r.id !== a.id && segmentCrossesBox(leader, pointBox(r)))
        found.push(`${a.id}'s line crosses point ${r.id}`);
    }
  });
  return found;
}

describe("placing the names of a scatter chart's points", () => {
  it("puts a lone point's name right beside it", () => {
    const placed = placeLabels([{ id: "a", cx: 300, cy: 200, width: 80 }], options);
    expect(placed.get("a")).toEqual({
      id: "a",
      box: { x: 315, y: 193, width: 80, height: 14 },
      leader: null,
    });
  });

  it("turns to the left at the plot's right edge", () => {
    const placed = placeLabels([{ id: "a", cx: 560, cy: 200, width: 80 }], options);
    expect(placed.get("a")!.box.x + 80).toBeLessThanOrEqual(560 - 11);
  });

  it("keeps the names of close neighbours apart (the matrix's old collision)", () => {
    // Four use cases rated almost alike: their points nearly touch.
    const requests: LabelRequest[] = [
      { id: "a", cx: 300, cy: 200, width: 140 },
      { id: "b", cx: 320, cy: 200, width: 140 },
      { id: "c", cx: 310, cy: 220, width: 140 },
      { id: "d", cx: 330, cy: 185, width: 140 },
    ];
    const placed = placeLabels(requests, options);
    expect(problems(requests, placed)).toEqual([]);
    expect(placed.size).toBe(4);
    // The ones that could not sit next to their point are joined to it by a line.
    expect([...placed.values()].some((label) => label.leader !== null)).toBe(true);
  });

  it("leaves a name out rather than let it cover another, most important first", () => {
    // Twelve points in a tight cluster of a small plot: not every name fits.
    const small = { ...options, bounds: { x: 0, y: 0, width: 260, height: 160 } };
    const requests: LabelRequest[] = Array.from({ length: 12 }, (_, i) => ({
      id: `p${i}`,
      cx: 110 + (i % 4) * 14,
      cy: 70 + Math.floor(i / 4) * 14,
      width: 120,
    }));
    const placed = placeLabels(requests, small);
    expect(placed.has("p0")).toBe(true);
    expect(placed.size).toBeLessThan(12);
    const inSmall = [...placed.values()].filter(
      ({ box }) =>
        box.x >= 0 && box.y >= 0 && box.x + box.width <= 260 && box.y + box.height <= 160,
    );
    expect(inSmall).toHaveLength(placed.size);
    expect(problems(requests, placed)).toEqual([]);
  });

  it("keeps clear of what else is drawn (the quadrant names in the corners)", () => {
    const corner: Box = { x: 500, y: 0, width: 100, height: 20 };
    const requests = [{ id: "a", cx: 470, cy: 18, width: 90 }];
    const placed = placeLabels(requests, { ...options, obstacles: [corner] });
    expect(placed.has("a")).toBe(true);
    expect(problems(requests, placed, [corner])).toEqual([]);
  });

  it("never overlaps, whatever the points (200 random charts)", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let chart = 0; chart < 200; chart++) {
      const requests: LabelRequest[] = Array.from(
        { length: 2 + Math.floor(random() * 14) },
        (_, i) => ({
          id: `p${i}`,
          cx: 20 + random() * 560,
          cy: 20 + random() * 360,
          width: 40 + random() * 130,
        }),
      );
      expect(problems(requests, placeLabels(requests, options)), `chart ${chart}`).toEqual([]);
    }
  });
});

describe("segmentCrossesBox", () => {
  const box = { x: 10, y: 10, width: 10, height: 10 };
  it("sees a line through, into or past a box", () => {
    expect(segmentCrossesBox({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true);
    expect(segmentCrossesBox({ x1: 0, y1: 0, x2: 12, y2: 12 }, box)).toBe(true);
    expect(segmentCrossesBox({ x1: 0, y1: 0, x2: 30, y2: 0 }, box)).toBe(false);
    expect(segmentCrossesBox({ x1: 0, y1: 30, x2: 30, y2: 25 }, box)).toBe(false);
  });
});
