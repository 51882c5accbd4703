import { lazy } from "react";
import { useI18n } from "~/lib/i18n/react";
import { ChartFrame, chartColors } from "./chart-frame";
import type { BurnUpChartProps } from "./burn-up-chart.impl";

const Impl = lazy(() => import("./burn-up-chart.impl"));

/** Done tasks against the plan, week by week; lazily loaded, height reserved. */
export function BurnUpChart(props: BurnUpChartProps) {
  const { t } = useI18n();
  return (
    <ChartFrame
      height={props.height}
      legend={[
        { label: t("dashboard.burnUp.done"), color: chartColors.done, mark: "area" },
        { label: t("dashboard.burnUp.planned"), color: chartColors.plan, mark: "dashed" },
      ]}
    >
      <Impl {...props} />
    </ChartFrame>
  );
}
