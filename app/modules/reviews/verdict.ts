// The closing review's judgement of a KPI at the end of a roadmap: did it reach its
// target? Pure; shared by the review, the decision paper and the portfolio.
import { latestMeasurement, progressToTarget } from "../kpis/status";
import type { KpiDefinition, KpiMeasurementPoint } from "../kpis/status";
import { valuesByDay } from "../kpis/summary";

export type KpiVerdict = "met" | "partly" | "missed" | "no_data";
export type KpiTrend = "improving" | "steady" | "worsening";

/**
 * DECISION: "partly" means at least half of the planned way from baseline to target was
 * covered (the review page says so); less than half is "missed". A KPI that reached its
 * target exactly is met (floating-point noise of a typed value does not count against it).
 */
export const PARTLY_THRESHOLD = 0.5;

export type KpiResult = {
  verdict: KpiVerdict;
  /** The last measured value (one per day, the latest wins), or null without values. */
  last: number | null;
  /** Share of the way from baseline to target (1 = target reached). */
  progress: number | null;
  /** Last value against the one before it, in the KPI's direction; null with fewer than two. */
  trend: KpiTrend | null;
};

export function kpiResult(
  kpi: Pick<KpiDefinition, "baseline" | "target" | "direction">,
  measurements: readonly KpiMeasurementPoint[],
): KpiResult {
  const daily = valuesByDay(measurements);
  const latest = latestMeasurement(daily);
  if (!latest) return { verdict: "no_data", last: null, progress: null, trend: null };
  const raw = progressToTarget(kpi, latest.value);
  const progress = Math.abs(raw - 1) < 1e-9 ? 1 : raw;
  const verdict: KpiVerdict =
    progress >= 1 ? "met" : progress >= PARTLY_THRESHOLD ? "partly" : "missed";
  return { verdict, last: latest.value, progress, trend: trendOf(kpi, daily) };
}

function trendOf(
  kpi: Pick<KpiDefinition, "direction">,
  daily: readonly KpiMeasurementPoint[],
): KpiTrend | null {
  if (daily.length < 2) return null;
  const sorted = [...daily].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = sorted[sorted.length - 1]!.value;
  const before = sorted[sorted.length - 2]!.value;
  if (last === before) return "steady";
  const better = kpi.direction === "higher_is_better" ? last > before : last < before;
  return better ? "improving" : "worsening";
}
