import { addDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { ROADMAP_DAYS, roadmapEndDate } from "../calendar/phase-dates";
import type { RoadmapSpan } from "../calendar/phase-dates";

/*
 * The one-click correction-rate KPI of a use case.
 *
 * DECISIONS
 * - Target ≤ 10 %, lower is better, category quality, unit "%".
 * - The line runs from the roadmap's start to its end (without a roadmap: today and
 *   89 days on), so its dates are those of every other KPI of the roadmap.
 * - Baseline: the first ISO week's correction rate when reviews exist already (what the
 *   pilot started from), else 30 % — a typical first-weeks share of drafts a person
 *   must correct, and editable like any KPI. Never below the target, which would make
 *   "lower is better" point the wrong way.
 */
export const CORRECTION_RATE_TARGET = 10;
export const CORRECTION_RATE_ASSUMED_BASELINE = 30;

export function correctionRateKpiLine({
  roadmap,
  today,
  firstWeekRate,
}: {
  roadmap: RoadmapSpan | null;
  today: IsoDate;
  firstWeekRate: number | null;
}) {
  const baselineDate = roadmap?.startDate ?? today;
  const baseline = Math.max(
    CORRECTION_RATE_TARGET,
    firstWeekRate ?? CORRECTION_RATE_ASSUMED_BASELINE,
  );
  return {
    baseline,
    target: CORRECTION_RATE_TARGET,
    baselineDate,
    targetDate: roadmap ? roadmapEndDate(roadmap) : addDaysIso(today, ROADMAP_DAYS - 1),
  };
}
