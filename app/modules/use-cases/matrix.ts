import { feasibility, isExcluded, matrixQuadrant, priorityScore } from "./priority";
import type { MatrixQuadrant, RatedUseCase } from "./priority";

/**
 * Shapes use cases into points for the value/feasibility matrix (x = feasibility,
 * y = value, both 1–5). Points that would sit exactly on top of each other are spread
 * sideways by a small, stable offset so each stays visible and clickable; the table
 * beside the chart keeps the exact numbers.
 */
export type MatrixInput = RatedUseCase & { id: string; title: string };

export type MatrixPoint = {
  id: string;
  title: string;
  value: number;
  feasibility: number;
  score: number;
  quadrant: MatrixQuadrant;
  /** Plotted position: feasibility / value, nudged when several share a spot. */
  x: number;
  y: number;
  /**
   * 1 = highest priority: the number in the point, listed in the table with the name
   * (the chart places names where they fit: components/charts/label-placement.ts).
   */
  rank: number;
};

export const MATRIX_NUDGE = 0.14;

/** The plotted points; a use case the AI Act prohibits is not among them (see `toMatrix`). */
export function toMatrixPoints(useCases: readonly MatrixInput[]): MatrixPoint[] {
  return rank(spread(useCases.filter((u) => !isExcluded(u))));
}

/** The matrix: its points, and the use cases it leaves out because the AI Act prohibits them. */
export function toMatrix(useCases: readonly MatrixInput[]) {
  return {
    points: toMatrixPoints(useCases),
    excluded: useCases.filter(isExcluded).map((u) => ({ id: u.id, title: u.title })),
  };
}

function rank(points: Omit<MatrixPoint, "rank">[]): MatrixPoint[] {
  const order = [...points].sort((a, b) => b.score - a.score || b.value - a.value);
  return points.map((p) => ({ ...p, rank: order.indexOf(p) + 1 }));
}

function spread(useCases: readonly MatrixInput[]) {
  const bySpot = new Map<string, number>();
  const points = useCases.map((u) => {
    const f = feasibility(u);
    return {
      id: u.id,
      title: u.title,
      value: u.value,
      feasibility: f,
      score: priorityScore(u),
      quadrant: matrixQuadrant(u),
      x: f,
      y: u.value,
    };
  });
  const counts = new Map<string, number>();
  for (const p of points) counts.set(`${p.x}|${p.y}`, (counts.get(`${p.x}|${p.y}`) ?? 0) + 1);
  return points.map((p) => {
    const spot = `${p.x}|${p.y}`;
    const total = counts.get(spot) ?? 1;
    if (total === 1) return p;
    const index = bySpot.get(spot) ?? 0;
    bySpot.set(spot, index + 1);
    // Centred around the true position: -1, 0, +1 … times the nudge, clamped to the axis.
    const offset = (index - (total - 1) / 2) * MATRIX_NUDGE;
    return { ...p, x: Math.min(5, Math.max(1, p.x + offset)) };
  });
}
