import { lazy } from "react";
import { useI18n } from "~/lib/i18n/react";
import { ChartFrame, chartColors } from "./chart-frame";
import type { BudgetBarsProps } from "./budget-bars.impl";

const Impl = lazy(() => import("./budget-bars.impl"));

/** Budget planned vs actual per phase; lazily loaded, height reserved. */
export function BudgetBars(props: BudgetBarsProps) {
  const { t } = useI18n();
  return (
    <ChartFrame
      height={props.height}
      legend={[
        { label: t("dashboard.budget.planned"), color: chartColors.planned, mark: "bar" },
        { label: t("dashboard.budget.actual"), color: chartColors.actual, mark: "bar" },
      ]}
    >
      <Impl {...props} />
    </ChartFrame>
  );
}
