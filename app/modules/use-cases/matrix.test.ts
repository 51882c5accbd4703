import { describe, expect, it } from "vitest";
import { MATRIX_NUDGE, toMatrix, toMatrixPoints } from "./matrix";

const r = { value: 4, dataQuality: 3, dataProtectionRisk: 2, teamReadiness: 4, effort: 3 };

describe("matrix points", () => {
  it("places a use case at (feasibility, value) with its score and quadrant", () => {
    const [p] = toMatrixPoints([{ id: "a", title: "A", ...r }]);
    expect(p).toMatchObject({ x: 3.5, y: 4, feasibility: 3.5, score: 56, quadrant: "quick_win" });
  });

  it("spreads use cases with identical ratings sideways so none hides another", () => {
    const points = toMatrixPoints([
      { id: "a", title: "A", ...r },
      { id: "b", title: "B", ...r },
      { id: "c", title: "C", ...r },
    ]);
    expect(points.map((p) => p.x)).toEqual([3.5 - MATRIX_NUDGE, 3.5, 3.5 + MATRIX_NUDGE]);
    // The exact feasibility stays available for the table.
    expect(points.every((p) => p.feasibility === 3.5)).toBe(true);
  });

  it("keeps nudged points inside the 1–5 axis", () => {
    const best = { value: 5, dataQuality: 5, dataProtectionRisk: 1, teamReadiness: 5, effort: 1 };
    const points = toMatrixPoints([
      { id: "a", title: "A", ...best },
      { id: "b", title: "B", ...best },
    ]);
    expect(Math.max(...points.map((p) => p.x))).toBeLessThanOrEqual(5);
  });

  it("ranks by score, the highest first", () => {
    const points = toMatrixPoints([
      { id: "a", title: "A", ...r },
      { id: "b", title: "B", ...r, value: 5 },
      { id: "c", title: "C", ...r, effort: 2 },
      { id: "d", title: "D", ...r, value: 1, dataQuality: 1 },
    ]);
    expect(points.map((p) => p.rank)).toEqual([3, 1, 2, 4]);
  });
});

describe("the AI Act result on the matrix", () => {
  it("leaves a prohibited use case off the chart and names it apart; ranks skip it", () => {
    const best = { value: 5, dataQuality: 5, dataProtectionRisk: 1, teamReadiness: 5, effort: 1 };
    const matrix = toMatrix([
      { id: "banned", title: "Emotionserkennung im Büro", ...best, tier: "prohibited" },
      { id: "a", title: "A", ...r, tier: null },
    ]);
    expect(matrix.points.map((p) => [p.id, p.rank, p.quadrant])).toEqual([["a", 1, "quick_win"]]);
    expect(matrix.excluded).toEqual([{ id: "banned", title: "Emotionserkennung im Büro" }]);
  });

  it("plots a high-risk use case 0.5 further left", () => {
    const [p] = toMatrixPoints([{ id: "h", title: "H", ...r, tier: "high_risk" }]);
    expect(p).toMatchObject({ x: 3, feasibility: 3, score: 48 });
  });
});
