/*
 * The closing review form's field names and bounds, apart from schema.ts (zod), so the
 * form's browser code reads them without zod.
 */

export const DECISION_KINDS = ["scale", "adjust", "stop"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Decisions that need a reason: changing course has to be explained. */
export function needsReason(decision: DecisionKind): boolean {
  return decision !== "scale";
}

export const SUMMARY_MAX = 5000;

export const REASON_MAX = 2000;
export const ROLLOUT_UNITS = { min: 1, max: 100 } as const;

export const fieldName = {
  decision: (useCaseId: string) => `decision-${useCaseId}`,
  reason: (useCaseId: string) => `reason-${useCaseId}`,
  units: (useCaseId: string) => `units-${useCaseId}`,
};
