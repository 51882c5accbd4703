import type { RiskTier } from "../assessments/result";

/**
 * Use-case prioritisation: how a candidate process earns its place on the
 * value/feasibility matrix. The formulas are shown to users, so they stay simple
 * enough to recompute by hand.
 *
 * Every rating is a whole number from 1 to 5:
 * - value: how much the company gains (time, money, quality) — higher is better
 * - dataQuality: are the needed data available, complete and clean — higher is better
 * - dataProtectionRisk: personal or sensitive data involved — higher is riskier
 * - teamReadiness: do the people who do the work want and can try it — higher is better
 * - effort: cost and work to put it in place — higher means more effort
 *
 * Feasibility = average of data quality, (6 − data-protection risk), team readiness and
 * (6 − effort). "6 − x" turns the two "higher is worse" ratings around, so 5 always
 * means "good" and feasibility stays on the same 1–5 scale.
 *
 * Priority score = value/5 × feasibility/5 × 100, rounded: 100 when everything is rated
 * best, 4 when everything is rated worst. Multiplying (rather than adding) means a
 * valuable but infeasible idea and an easy but useless one both score low.
 *
 * Example: value 4, data quality 3, data-protection risk 2, team readiness 4, effort 3
 * → feasibility (3 + 4 + 4 + 3) / 4 = 3.5 → score 4/5 × 3.5/5 × 100 = 56.
 *
 * The AI Act result (the newest completed assessment) counts too:
 * - high-risk: its obligations (human oversight, logs, trained staff, informing those
 *   affected) are work, so feasibility drops by 0.5 (not below 1). In the example:
 *   3.5 − 0.5 = 3 → score 48.
 * - prohibited: the use case may not be put into practice at all, so it scores 0, sits
 *   in no quadrant ("excluded") and never shows as a quick win.
 * Not yet assessed, limited and minimal risk change nothing.
 */

export type UseCaseRatings = {
  value: number;
  dataQuality: number;
  dataProtectionRisk: number;
  teamReadiness: number;
  effort: number;
};

/** The ratings with the AI Act tier of the newest completed assessment, if any. */
export type RatedUseCase = UseCaseRatings & { tier?: RiskTier | null };

/** How much a high-risk result lowers feasibility: the work its obligations take. */
export const HIGH_RISK_FEASIBILITY_PENALTY = 0.5;

export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** Ratings at or above this count as "high" on the matrix axes. */
export const MATRIX_THRESHOLD = 3;
/** Working weeks per year after holidays, public holidays and sick days (German full-time norm). */
export const DEFAULT_WORKING_WEEKS = 46;

export type MatrixQuadrant = "quick_win" | "strategic" | "fill_in" | "avoid" | "excluded";

export function isRating(value: unknown): value is number {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= RATING_MIN &&
    value <= RATING_MAX
  );
}

// A rating outside 1–5 would silently produce a score outside 4–100; the form
// validates first, so reaching this is a programming error worth failing loudly.
// Only the five rating keys are checked: callers may pass a whole use-case row.
const RATING_KEYS = [
  "value",
  "dataQuality",
  "dataProtectionRisk",
  "teamReadiness",
  "effort",
] as const satisfies readonly (keyof UseCaseRatings)[];

function assertRatings(r: UseCaseRatings): void {
  for (const name of RATING_KEYS) {
    const value = r[name];
    if (!isRating(value)) {
      throw new RangeError(`Rating ${name} must be a whole number 1–5, got ${String(value)}`);
    }
  }
}

/** 1–5, may be fractional (e.g. 3.25); 0.5 lower for a high-risk use case. */
export function feasibility(r: RatedUseCase): number {
  assertRatings(r);
  const base = (r.dataQuality + (6 - r.dataProtectionRisk) + r.teamReadiness + (6 - r.effort)) / 4;
  return r.tier === "high_risk" ? Math.max(RATING_MIN, base - HIGH_RISK_FEASIBILITY_PENALTY) : base;
}

/** Whether the AI Act forbids the use case (Art 5): it is excluded from prioritising. */
export function isExcluded(r: RatedUseCase): boolean {
  return r.tier === "prohibited";
}

/** 4–100, whole number; 0 for a prohibited use case. */
export function priorityScore(r: RatedUseCase): number {
  if (isExcluded(r)) return 0;
  return Math.round((r.value / 5) * (feasibility(r) / 5) * 100);
}

/**
 * Place on the value/feasibility matrix:
 * quick win (valuable and feasible) → the pilot candidate; strategic (valuable, hard)
 * → prepare for later; fill-in (easy, little value) → only if it costs nothing; avoid.
 */
export function matrixQuadrant(r: RatedUseCase): MatrixQuadrant {
  if (isExcluded(r)) return "excluded";
  const f = feasibility(r);
  const valuable = r.value >= MATRIX_THRESHOLD;
  const feasible = f >= MATRIX_THRESHOLD;
  if (valuable) return feasible ? "quick_win" : "strategic";
  return feasible ? "fill_in" : "avoid";
}

/**
 * Yearly value of saved working time in cents:
 * hours saved per week × hourly cost × working weeks per year (46 by default).
 * Example: 5 h/week × €45.00/h × 46 weeks = €10,350.00 per year.
 * Rounded to whole cents because money is stored as integer cents.
 */
export function annualHoursValueCents(
  hoursPerWeek: number,
  hourlyCostCents: number,
  workingWeeks: number = DEFAULT_WORKING_WEEKS,
): number {
  for (const [name, value] of [
    ["hoursPerWeek", hoursPerWeek],
    ["hourlyCostCents", hourlyCostCents],
    ["workingWeeks", workingWeeks],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`${name} must be a non-negative number, got ${value}`);
    }
  }
  return Math.round(hoursPerWeek * hourlyCostCents * workingWeeks);
}

/** Orders use cases best first: score, then value, then lower data-protection risk. */
export function compareByPriority(a: RatedUseCase, b: RatedUseCase): number {
  return (
    priorityScore(b) - priorityScore(a) ||
    b.value - a.value ||
    a.dataProtectionRisk - b.dataProtectionRisk
  );
}
