import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatCents } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { chartColors, tooltipStyle, useChartArea } from "./chart-frame";

export type BudgetBarsProps = {
  rows: { label: string; plannedCents: number; actualCents: number }[];
  /** The frame's height in px, legend included (the chart takes what the legend leaves). */
  height: number;
};

/** Recharts implementation; loaded lazily through BudgetBars. */
export default function BudgetBarsImpl({ rows }: BudgetBarsProps) {
  const { t, locale } = useI18n();
  const { width, height, interactive } = useChartArea();
  const euros = (cents: number) => formatCents(cents, locale).replace(/[.,]00(?=\D*$)/, "");
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 12, right: 16, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="label"
        stroke={chartColors.axis}
        tick={{ fill: chartColors.axis, fontSize: 12 }}
        interval={0}
      />
      <YAxis
        stroke={chartColors.axis}
        tick={{ fill: chartColors.axis, fontSize: 12 }}
        tickFormatter={euros}
        width={72}
      />
      {interactive ? (
        <Tooltip
          formatter={(value) => formatCents(Number(value), locale)}
          cursor={{ fill: "var(--color-surface-muted)" }}
          contentStyle={tooltipStyle}
        />
      ) : null}
      <Bar
        dataKey="plannedCents"
        name={t("dashboard.budget.planned")}
        fill={chartColors.planned}
        radius={[4, 4, 0, 0]}
        isAnimationActive={false}
      />
      <Bar
        dataKey="actualCents"
        name={t("dashboard.budget.actual")}
        fill={chartColors.actual}
        radius={[4, 4, 0, 0]}
        isAnimationActive={false}
      />
    </BarChart>
  );
}
