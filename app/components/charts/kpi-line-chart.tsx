import { lazy } from "react";
import { useI18n } from "~/lib/i18n/react";
import { ChartFrame, chartColors } from "./chart-frame";
import type { KpiLineChartProps } from "./kpi-line-chart.impl";

const Impl = lazy(() => import("./kpi-line-chart.impl"));

/**
 * A KPI's actual values against the straight plan line, baseline marked. Recharts
 * loads only when this renders; the height is reserved meanwhile. Give it a text
 * alternative (summary sentence or the measurements table) next to it.
 */
export function KpiLineChart(props: KpiLineChartProps) {
  const { t } = useI18n();
  return (
    <ChartFrame
      height={props.height}
      legend={
        props.compact
          ? undefined
          : [
              {
                label: t("kpis.detail.legendActual"),
                color: chartColors.actual,
                mark: "dotted-line",
              },
              { label: t("kpis.detail.legendPlan"), color: chartColors.plan, mark: "dashed" },
            ]
      }
    >
      <Impl {...props} />
    </ChartFrame>
  );
}
