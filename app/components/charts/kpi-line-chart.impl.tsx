import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatDate, formatNumber } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { fromWireSeries } from "~/modules/kpis/series-wire";
import type { WireKpiSeries } from "~/modules/kpis/series-wire";
import { chartColors, tooltipStyle, useChartArea } from "./chart-frame";
import { dayToIso, isoToDay } from "./axis";

export type KpiLineChartProps = {
  /** As the loader sends it (toWireSeries). */
  series: WireKpiSeries;
  unit: string;
  /** The frame's height in px, legend included (the chart takes what the legend leaves). */
  height: number;
  /** Fewer axis labels and no legend, for report pages. */
  compact?: boolean;
};

/** Recharts implementation; loaded lazily through KpiLineChart. */
export default function KpiLineChartImpl({ series: wire, unit, compact }: KpiLineChartProps) {
  const series = fromWireSeries(wire);
  const { t, locale } = useI18n();
  const { width, height, interactive } = useChartArea();
  const number = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 2 });
  const withUnit = (v: number) => (unit ? `${number(v)} ${unit}` : number(v));
  const actual = series.actual.map((p) => ({ x: isoToDay(p.date), actual: p.value }));
  const plan = series.line.map((p) => ({ x: isoToDay(p.date), plan: p.value }));
  const domain: [number, number] = [isoToDay(series.domain[0]), isoToDay(series.domain[1])];
  return (
    <LineChart
      width={width}
      height={height}
      margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="x"
        type="number"
        domain={domain}
        allowDuplicatedCategory={false}
        tickFormatter={(day: number) => formatDate(dayToIso(day), locale, "dayMonth")}
        stroke={chartColors.axis}
        tick={{ fill: chartColors.axis, fontSize: 12 }}
        tickCount={compact ? 4 : 6}
      />
      <YAxis
        type="number"
        domain={["auto", "auto"]}
        tickFormatter={number}
        stroke={chartColors.axis}
        tick={{ fill: chartColors.axis, fontSize: 12 }}
        width={48}
      />
      {interactive ? (
        <Tooltip
          labelFormatter={(day) => formatDate(dayToIso(Number(day)), locale)}
          formatter={(value) => withUnit(Number(value))}
          contentStyle={tooltipStyle}
        />
      ) : null}
      <ReferenceLine
        y={series.baseline.value}
        stroke={chartColors.baseline}
        strokeDasharray="2 4"
        ifOverflow="extendDomain"
        label={{
          value: t("kpis.detail.legendBaseline"),
          position: "insideTopRight",
          fill: chartColors.baseline,
          fontSize: 12,
        }}
      />
      <Line
        data={plan}
        dataKey="plan"
        name={t("kpis.detail.legendPlan")}
        stroke={chartColors.plan}
        strokeDasharray="6 4"
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
      <Line
        data={actual}
        dataKey="actual"
        name={t("kpis.detail.legendActual")}
        stroke={chartColors.actual}
        strokeWidth={2.5}
        dot={{ r: 2.5, fill: chartColors.actual }}
        isAnimationActive={false}
      />
      <ReferenceDot
        x={isoToDay(series.baseline.date)}
        y={series.baseline.value}
        r={5}
        fill={chartColors.baseline}
        stroke="var(--color-surface-raised)"
      />
    </LineChart>
  );
}
