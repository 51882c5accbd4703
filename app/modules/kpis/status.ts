import { assertIsoDate, diffDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";

export type KpiDirection = "higher_is_better" | "lower_is_better";
export type KpiStatus = "on_track" | "at_risk" | "off_track" | "no_data";

/** The straight line a KPI is judged against. */
export type KpiLine = {
  baseline: number;
  target: number;
  baselineDate: IsoDate;
  targetDate: IsoDate;
};

export type KpiDefinition = KpiLine & { direction: KpiDirection };

export type KpiMeasurementPoint = { value: number; date: IsoDate };

/**
 * How far a measurement may fall short of the line, as a share of the whole planned
 * change |target − baseline|, before the KPI counts as off track instead of at risk.
 */
export const AT_RISK_TOLERANCE = 0.2;

/**
 * Where the KPI should be on `date`: linear from (baselineDate, baseline) to
 * (targetDate, target); baseline before the line starts, target after it ends.
 * A line whose target date is not after its baseline date jumps straight to the target
 * on the target date (there is no slope to follow).
 */
export function expectedValueOn(kpi: KpiLine, date: IsoDate): number {
  assertIsoDate(date);
  assertIsoDate(kpi.baselineDate, "baseline date");
  assertIsoDate(kpi.targetDate, "target date");
  if (date >= kpi.targetDate) return kpi.target;
  if (date <= kpi.baselineDate) return kpi.baseline;
  const span = diffDaysIso(kpi.baselineDate, kpi.targetDate);
  const elapsed = diffDaysIso(kpi.baselineDate, date);
  return kpi.baseline + ((kpi.target - kpi.baseline) * elapsed) / span;
}

/**
 * The latest measurement by date. Several on the same day: the last one in the list
 * wins, so callers pass them in recording order and a correction replaces the slip.
 */
export function latestMeasurement<M extends KpiMeasurementPoint>(
  measurements: readonly M[],
): M | null {
  let latest: M | null = null;
  for (const m of measurements) {
    assertIsoDate(m.date, "measurement date");
    if (latest === null || m.date >= latest.date) latest = m;
  }
  return latest;
}

/**
 * The allowed shortfall before "off track". Normally 20 % of the planned change. When
 * target equals baseline (the goal is to hold a level, e.g. "keep complaints at 2 %")
 * there is no planned change to take a share of, so 20 % of the level itself is used,
 * and 0.2 units when that level is 0 — otherwise any deviation at all would be "off track".
 */
export function atRiskTolerance(kpi: Pick<KpiLine, "baseline" | "target">): number {
  const change = Math.abs(kpi.target - kpi.baseline);
  if (change > 0) return AT_RISK_TOLERANCE * change;
  const level = Math.abs(kpi.target);
  return AT_RISK_TOLERANCE * (level > 0 ? level : 1);
}

// Interpolated values like 0.1 + 0.3 × 2/3 and differences like 10.8 − 10 are not
// exact in binary floating point; a value the user typed exactly onto the line or onto
// the threshold must land on the side the rule promises ("≤"), not one ulp beyond it.
function epsilonFor(kpi: KpiLine): number {
  return Math.max(1, Math.abs(kpi.baseline), Math.abs(kpi.target)) * 1e-9;
}

export type KpiAssessment = {
  status: KpiStatus;
  latest: KpiMeasurementPoint | null;
  /** Expected value on the latest measurement's date. */
  expected: number | null;
  /** How far the latest value is worse than expected (negative = better than the line). */
  shortfall: number | null;
  /** Share of the way from baseline to target reached by the latest value. */
  progress: number | null;
};

/**
 * Judges the latest measurement against the line on that measurement's date (not
 * today), so a KPI is not marked off track merely because nobody measured this week.
 */
export function assessKpi(
  kpi: KpiDefinition,
  measurements: readonly KpiMeasurementPoint[],
): KpiAssessment {
  const latest = latestMeasurement(measurements);
  if (!latest) {
    return { status: "no_data", latest: null, expected: null, shortfall: null, progress: null };
  }
  const expected = expectedValueOn(kpi, latest.date);
  const raw =
    kpi.direction === "higher_is_better" ? expected - latest.value : latest.value - expected;
  const epsilon = epsilonFor(kpi);
  const shortfall = Math.abs(raw) <= epsilon ? 0 : raw;
  const status: KpiStatus =
    shortfall <= 0
      ? "on_track"
      : shortfall <= atRiskTolerance(kpi) + epsilon
        ? "at_risk"
        : "off_track";
  return { status, latest, expected, shortfall, progress: progressToTarget(kpi, latest.value) };
}

export function kpiStatus(
  kpi: KpiDefinition,
  measurements: readonly KpiMeasurementPoint[],
): KpiStatus {
  return assessKpi(kpi, measurements).status;
}

/**
 * Share of the way from baseline to target that `value` has come: 0 at (or worse than)
 * the baseline, 1 at the target, above 1 when the target is beaten. When baseline and
 * target are equal there is no way to go, so the direction decides: 1 when the value is
 * at least as good as the target, else 0.
 */
export function progressToTarget(
  kpi: Pick<KpiDefinition, "baseline" | "target" | "direction">,
  value: number,
): number {
  const change = kpi.target - kpi.baseline;
  if (change === 0) {
    const good = kpi.direction === "higher_is_better" ? value >= kpi.target : value <= kpi.target;
    return good ? 1 : 0;
  }
  return Math.max(0, (value - kpi.baseline) / change);
}

/**
 * A target that points the wrong way (e.g. "lower is better" with a target above the
 * baseline) makes the line and the status contradict each other; forms should refuse it.
 */
export function isKpiDirectionConsistent(
  kpi: Pick<KpiDefinition, "baseline" | "target" | "direction">,
): boolean {
  return kpi.direction === "higher_is_better"
    ? kpi.target >= kpi.baseline
    : kpi.target <= kpi.baseline;
}
