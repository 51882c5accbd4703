import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { BurnUpPoint } from "~/modules/roadmaps/progress";
import { chartColors, tooltipStyle, useChartArea } from "./chart-frame";

export type BurnUpChartProps = {
  points: BurnUpPoint[];
  /** The plan week running today (drawn as a marker), or null outside the 90 days. */
  currentWeek: number | null;
  /** The frame's height in px, legend included (the chart takes what the legend leaves). */
  height: number;
};

/** Recharts implementation; loaded lazily through BurnUpChart. */
export default function BurnUpChartImpl({ points, currentWeek }: BurnUpChartProps) {
  const { t, locale } = useI18n();
  const { width, height, interactive } = useChartArea();
  const data = points.map((p) => ({
    week: t("roadmap.timelineWeek", { week: p.week }),
    planned: p.planned,
    done: p.done,
  }));
  const current = currentWeek ? t("roadmap.timelineWeek", { week: currentWeek }) : null;
  return (
    <ComposedChart
      width={width}
      height={height}
      data={data}
      margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="week"
        stroke={chartColors.axis}
        tick={{ fill: chartColors.axis, fontSize: 12 }}
        interval="preserveStartEnd"
      />
      <YAxis
        allowDecimals={false}
        stroke={chartColors.axis}
        tick={{ fill: chartColors.axis, fontSize: 12 }}
        tickFormatter={(v: number) => formatNumber(v, locale)}
        width={40}
      />
      {interactive ? <Tooltip contentStyle={tooltipStyle} /> : null}
      {current ? (
        <ReferenceLine x={current} stroke={chartColors.axis} strokeDasharray="2 4" />
      ) : null}
      <Area
        dataKey="done"
        name={t("dashboard.burnUp.done")}
        type="monotone"
        stroke={chartColors.done}
        fill={chartColors.done}
        fillOpacity={0.18}
        strokeWidth={2.5}
        connectNulls={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="planned"
        name={t("dashboard.burnUp.planned")}
        type="stepAfter"
        stroke={chartColors.plan}
        strokeDasharray="6 4"
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
}
