import { lazy } from "react";
import { ChartFrame } from "./chart-frame";
import type { BurnUpChartProps } from "./burn-up-chart.impl";

const Impl = lazy(() => import("./burn-up-chart.impl"));

/** Done tasks against the plan, week by week; lazily loaded, height reserved. */
export function BurnUpChart(props: BurnUpChartProps) {
  return (
    <ChartFrame height={props.height}>
      <Impl {...props} />
    </ChartFrame>
  );
}
