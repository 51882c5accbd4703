/**
 * Where the names of a scatter chart's points go, in pixels, so that no two names
 * overlap, no name covers a point (each point stays readable and clickable), and
 * every name stays inside the plot. Each point tries places close to it first
 * (right, left, above, below, the corners), then the same directions farther out,
 * joined to the point by a short leader line. The most important points choose
 * first; a name with no free place is left out: its point still shows its number,
 * and the table under the chart lists every number with its name.
 */

export type Box = { x: number; y: number; width: number; height: number };

export type LabelRequest = {
  id: string;
  /** The point's centre. */
  cx: number;
  cy: number;
  /** The name's measured width; all names share one height (options.height). */
  width: number;
};

export type PlacedLabel = {
  id: string;
  /** The name's box; the text starts at its left edge and is centred vertically. */
  box: Box;
  /** From the point's edge to the name's box, when the name sits farther out. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
};

export type PlacementOptions = {
  /** The plot area: names stay inside it. */
  bounds: Box;
  /** The points' radius (all points are the same size). */
  radius: number;
  /** The height of one line of text. */
  height: number;
  /** Other things drawn in the plot that names must not cover (e.g. quadrant names). */
  obstacles?: Box[];
};

const GAP = 4;
/** How far a name may move out from its point, beyond the closest places. */
const FARTHER = [16, 32];
/** Air kept around names and points when checking for overlap. */
const AIR = 2;

/** Directions, in the order they are tried: right, left, above, below, then corners. */
const DIRECTIONS: { dx: -1 | 0 | 1; dy: -1 | 0 | 1 }[] = [
  { dx: 1, dy: 0 },
  { dx: -1, dy: 0 },
  { dx: 0, dy: -1 },
  { dx: 0, dy: 1 },
  { dx: 1, dy: -1 },
  { dx: -1, dy: -1 },
  { dx: 1, dy: 1 },
  { dx: -1, dy: 1 },
];

export function boxesOverlap(a: Box, b: Box, air = 0): boolean {
  return (
    a.x < b.x + b.width + air &&
    b.x < a.x + a.width + air &&
    a.y < b.y + b.height + air &&
    b.y < a.y + a.height + air
  );
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

/** Whether the segment crosses the box (Liang–Barsky clipping). */
export function segmentCrossesBox(
  s: { x1: number; y1: number; x2: number; y2: number },
  box: Box,
): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - box.x],
    [dx, box.x + box.width - s.x1],
    [-dy, s.y1 - box.y],
    [dy, box.y + box.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** The box of a name put in one direction from its point, `extra` pixels farther out. */
function candidate(
  request: LabelRequest,
  direction: (typeof DIRECTIONS)[number],
  extra: number,
  options: PlacementOptions,
): PlacedLabel {
  const { cx, cy, width } = request;
  const { radius, height } = options;
  const reach = radius + GAP + extra;
  // Corners sit diagonally: the box's nearest corner on the diagonal through the point.
  const diagonal = direction.dx !== 0 && direction.dy !== 0 ? Math.SQRT1_2 : 1;
  const ax = cx + direction.dx * reach * diagonal;
  const ay = cy + direction.dy * reach * diagonal;
  const x = direction.dx > 0 ? ax : direction.dx < 0 ? ax - width : ax - width / 2;
  const y = direction.dy > 0 ? ay : direction.dy < 0 ? ay - height : ay - height / 2;
  const box = { x, y, width, height };
  if (extra === 0) return { id: request.id, box, leader: null };
  // The leader runs from the point's edge towards the name, ending at its box.
  const edge = radius + 1;
  const end = reach - GAP / 2;
  return {
    id: request.id,
    box,
    leader: {
      x1: cx + direction.dx * edge * diagonal,
      y1: cy + direction.dy * edge * diagonal,
      x2: cx + direction.dx * end * diagonal,
      y2: cy + direction.dy * end * diagonal,
    },
  };
}

/**
 * Places the names of `requests` (in the order given: most important first). Returns
 * the placed names by point id; a point without an entry gets no name.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: PlacementOptions,
): Map<string, PlacedLabel> {
  const { radius, bounds } = options;
  const points: Box[] = requests.map(({ cx, cy }) => ({
    x: cx - radius,
    y: cy - radius,
    width: radius * 2,
    height: radius * 2,
  }));
  const taken: Box[] = [...(options.obstacles ?? [])];
  const leaders: NonNullable<PlacedLabel["leader"]>[] = [];
  const placed = new Map<string, PlacedLabel>();

  const fits = (label: PlacedLabel, own: number) => {
    if (!inside(label.box, bounds)) return false;
    if (taken.some((box) => boxesOverlap(label.box, box, AIR))) return false;
    if (points.some((point) => boxesOverlap(label.box, point, AIR))) return false;
    if (leaders.some((line) => segmentCrossesBox(line, label.box))) return false;
    const { leader } = label;
    if (!leader) return true;
    return (
      !taken.some((box) => segmentCrossesBox(leader, box)) &&
      !points.some((point, index) => index !== own && segmentCrossesBox(leader, point))
    );
  };

  requests.forEach((request, index) => {
    for (const extra of [0, ...FARTHER]) {
      for (const direction of DIRECTIONS) {
        const label = candidate(request, direction, extra, options);
        if (!fits(label, index)) continue;
        placed.set(request.id, label);
        taken.push(label.box);
        if (label.leader) leaders.push(label.leader);
        return;
      }
    }
  });
  return placed;
}
