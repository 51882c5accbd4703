import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from "recharts";
import type { MatrixPoint } from "~/modules/use-cases/matrix";
import { placeLabels } from "./label-placement";
import type { Box } from "./label-placement";

/** The size of the points drawn by the matrix (their radius) and of the names. */
export const POINT_RADIUS = 11;
const FONT_SIZE = 12;
const LINE_HEIGHT = 14;
/** Recharts' default inset of a reference area's label from its corner. */
const CORNER_INSET = 5;

function shorten(text: string, max = 28): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** A text's width in the page's font (a canvas measures it; a rough guess without one). */
function textWidth(text: string, weight = 400): number {
  if (typeof document === "undefined") return text.length * FONT_SIZE * 0.6;
  canvas ??= document.createElement("canvas").getContext("2d");
  if (!canvas) return text.length * FONT_SIZE * 0.6;
  canvas.font = `${weight} ${FONT_SIZE}px ${getComputedStyle(document.body).fontFamily}`;
  return canvas.measureText(text).width;
}

/**
 * The use cases' names beside their points, drawn inside the chart (Recharts hooks give
 * the plot and the scales). Names never overlap each other, a point or a quadrant's
 * name: label-placement.ts finds each a free place, highest rank first, and leaves a
 * name out when there is none. Every point shows its rank, which the table lists.
 */
export function MatrixLabels({
  points,
  quadrantNames,
}: {
  points: MatrixPoint[];
  /** The corner names, clockwise from the top left. */
  quadrantNames: [string, string, string, string];
}) {
  const area = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!area || !xScale || !yScale) return null;

  const corner = (name: string, right: boolean, bottom: boolean): Box => {
    const width = textWidth(name, 600) + 2 * CORNER_INSET;
    const height = LINE_HEIGHT + 2 * CORNER_INSET;
    return {
      x: right ? area.x + area.width - width : area.x,
      y: bottom ? area.y + area.height - height : area.y,
      width,
      height,
    };
  };
  const [topLeft, topRight, bottomRight, bottomLeft] = quadrantNames;
  const obstacles = [
    corner(topLeft, false, false),
    corner(topRight, true, false),
    corner(bottomRight, true, true),
    corner(bottomLeft, false, true),
  ];
  // Each name starts with its point's number, so a name between two points still says
  // whose it is.
  const names = new Map(points.map((p) => [p.id, { rank: `${p.rank} `, title: shorten(p.title) }]));
  const requests = [...points]
    .sort((a, b) => a.rank - b.rank)
    .map((p) => {
      const name = names.get(p.id)!;
      return {
        id: p.id,
        cx: xScale(p.x) ?? 0,
        cy: yScale(p.y) ?? 0,
        width: textWidth(name.rank, 700) + textWidth(name.title),
      };
    });
  const placed = placeLabels(requests, {
    bounds: area,
    radius: POINT_RADIUS,
    height: LINE_HEIGHT,
    obstacles,
  });

  // In Recharts' label layer: above the shaded quadrant and the points, like its own labels.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="matrix-names pointer-events-none select-none">
        {[...placed.values()].map(({ id, box, leader }) => (
          <g key={id}>
            {leader ? <line {...leader} stroke="var(--color-ink-subtle)" strokeWidth={1} /> : null}
            <text
              x={box.x}
              y={box.y + box.height / 2}
              dy="0.35em"
              fontSize={FONT_SIZE}
              fill="var(--color-ink)"
              // A thin outline in the background colour keeps the name readable over grid lines.
              stroke="var(--color-surface-raised)"
              strokeWidth={3}
              paintOrder="stroke"
              strokeLinejoin="round"
            >
              <tspan fontWeight={700}>{names.get(id)?.rank}</tspan>
              {names.get(id)?.title}
            </text>
          </g>
        ))}
      </g>
    </ZIndexLayer>
  );
}
