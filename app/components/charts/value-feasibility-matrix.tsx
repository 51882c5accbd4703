import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { MatrixPoint } from "~/modules/use-cases/matrix";
import type { MatrixQuadrant } from "~/modules/use-cases/priority";
import { MatrixLabels, POINT_RADIUS } from "./matrix-labels";

/**
 * The value/feasibility matrix as a Recharts scatter chart. It receives shaped points
 * and translated labels and never fetches; the page loads it lazily (React.lazy) so
 * pages without charts do not download Recharts, and reserves its height in CSS.
 * The page shows the same data as a table for keyboard and screen-reader users.
 */

export type MatrixChartLabels = {
  chart: string;
  xAxis: string;
  yAxis: string;
  quadrants: Record<MatrixQuadrant, string>;
  score: string;
  feasibility: string;
  value: string;
};

const POINT_CLASS: Record<MatrixQuadrant, string> = {
  quick_win: "fill-success",
  strategic: "fill-brand",
  fill_in: "fill-warning",
  avoid: "fill-ink-subtle",
  // Never plotted (toMatrixPoints leaves prohibited use cases out); named for completeness.
  excluded: "fill-danger",
};

const TICKS = [1, 2, 3, 4, 5];
const axisTick = { fill: "var(--color-ink-muted)", fontSize: 12 };
const quadrantLabel = (
  value: string,
  position: "insideTopLeft" | "insideTopRight" | "insideBottomLeft" | "insideBottomRight",
) => ({
  value,
  position,
  fill: "var(--color-ink-muted)",
  fontSize: 12,
  fontWeight: 600,
});

type ShapeProps = { cx?: number; cy?: number; payload?: MatrixPoint };

export default function ValueFeasibilityMatrix({
  points,
  labels,
  onSelect,
}: {
  points: MatrixPoint[];
  labels: MatrixChartLabels;
  onSelect: (id: string) => void;
}) {
  const { locale } = useI18n();
  return (
    <div className="h-full w-full" role="img" aria-label={labels.chart}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 24, right: 24, bottom: 36, left: 8 }}>
          <ReferenceArea
            x1={3}
            x2={5.5}
            y1={3}
            y2={5.5}
            fill="var(--color-success-soft)"
            fillOpacity={0.6}
            stroke="none"
            label={quadrantLabel(labels.quadrants.quick_win, "insideTopRight")}
          />
          <ReferenceArea
            x1={0.5}
            x2={3}
            y1={3}
            y2={5.5}
            fill="none"
            stroke="none"
            label={quadrantLabel(labels.quadrants.strategic, "insideTopLeft")}
          />
          <ReferenceArea
            x1={3}
            x2={5.5}
            y1={0.5}
            y2={3}
            fill="none"
            stroke="none"
            label={quadrantLabel(labels.quadrants.fill_in, "insideBottomRight")}
          />
          <ReferenceArea
            x1={0.5}
            x2={3}
            y1={0.5}
            y2={3}
            fill="none"
            stroke="none"
            label={quadrantLabel(labels.quadrants.avoid, "insideBottomLeft")}
          />
          <CartesianGrid stroke="var(--color-line)" strokeDasharray="3 3" />
          <ReferenceLine x={3} stroke="var(--color-line-strong)" />
          <ReferenceLine y={3} stroke="var(--color-line-strong)" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[0.5, 5.5]}
            ticks={TICKS}
            tick={axisTick}
            stroke="var(--color-line-strong)"
            label={{
              value: labels.xAxis,
              position: "insideBottom",
              offset: -20,
              fill: "var(--color-ink)",
              fontSize: 13,
            }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[0.5, 5.5]}
            ticks={TICKS}
            tick={axisTick}
            stroke="var(--color-line-strong)"
            width={48}
            label={{
              value: labels.yAxis,
              angle: -90,
              position: "insideLeft",
              offset: 12,
              fill: "var(--color-ink)",
              fontSize: 13,
            }}
          />
          <Tooltip
            cursor={false}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as MatrixPoint | undefined) : undefined;
              if (!point) return null;
              return (
                <div className="rounded-control border border-line bg-surface-raised px-3 py-2 text-caption shadow-card">
                  <p className="font-semibold text-ink">{point.title}</p>
                  <p className="text-ink-muted">
                    {labels.value}: {point.value} · {labels.feasibility}:{" "}
                    {formatNumber(point.feasibility, locale, { maximumFractionDigits: 2 })} ·{" "}
                    {labels.score}: {point.score}
                  </p>
                </div>
              );
            }}
          />
          <Scatter
            // Drawn lowest rank first, so where points touch the most important is on top.
            data={[...points].sort((a, b) => b.rank - a.rank)}
            isAnimationActive={false}
            shape={(props: ShapeProps) => {
              const { cx = 0, cy = 0, payload } = props;
              if (!payload) return <g />;
              return (
                <g className="cursor-pointer" onClick={() => onSelect(payload.id)}>
                  <circle
                    cx={cx}
                    cy={cy}
                    r={POINT_RADIUS}
                    className={`${POINT_CLASS[payload.quadrant]} stroke-surface-raised`}
                    strokeWidth={2}
                  />
                  <text
                    x={cx}
                    y={cy}
                    dy="0.35em"
                    textAnchor="middle"
                    fontSize={11}
                    fontWeight={700}
                    fill="var(--color-surface-raised)"
                    className="pointer-events-none select-none"
                  >
                    {payload.rank}
                  </text>
                </g>
              );
            }}
          />
          <MatrixLabels
            points={points}
            quadrantNames={[
              labels.quadrants.strategic,
              labels.quadrants.quick_win,
              labels.quadrants.fill_in,
              labels.quadrants.avoid,
            ]}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
