import { lazy } from "react";
import { ChartFrame } from "./chart-frame";
import type { BudgetBarsProps } from "./budget-bars.impl";

const Impl = lazy(() => import("./budget-bars.impl"));

/** Budget planned vs actual per phase; lazily loaded, height reserved. */
export function BudgetBars(props: BudgetBarsProps) {
  return (
    <ChartFrame height={props.height}>
      <Impl {...props} />
    </ChartFrame>
  );
}
