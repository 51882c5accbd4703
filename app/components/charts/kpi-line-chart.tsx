import { lazy } from "react";
import { ChartFrame } from "./chart-frame";
import type { KpiLineChartProps } from "./kpi-line-chart.impl";

const Impl = lazy(() => import("./kpi-line-chart.impl"));

/**
 * A KPI's actual values against the straight plan line, baseline marked. Recharts
 * loads only when this renders; the height is reserved meanwhile. Give it a text
 * alternative (summary sentence or the measurements table) next to it.
 */
export function KpiLineChart(props: KpiLineChartProps) {
  return (
    <ChartFrame height={props.height}>
      <Impl {...props} />
    </ChartFrame>
  );
}
