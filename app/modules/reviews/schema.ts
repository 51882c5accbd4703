import { z } from "zod";
import { multilineText, optionalChoice, optionalCount, version } from "~/lib/fields";
import { DECISION_KINDS, needsReason } from "./snapshot";
import type { Decision, DecisionKind } from "./snapshot";
import { fieldName, REASON_MAX, ROLLOUT_UNITS, SUMMARY_MAX } from "./form-fields";
export { fieldName, REASON_MAX, ROLLOUT_UNITS, SUMMARY_MAX };

// The shape below is built per use case, so its values come out untyped: read them back
// by what they are.
const decisionOf = (v: unknown): DecisionKind | null => DECISION_KINDS.find((k) => k === v) ?? null;
const textOf = (v: unknown): string => (typeof v === "string" ? v : "");
const numberOf = (v: unknown): number | null => (typeof v === "number" ? v : null);

/*
 * The closing review's form: per use case of the roadmap a decision (scale / adjust /
 * stop), its reason and, for scale, how many more teams or sites; the summary for
 * leadership; the review's version. The fields of a use case are named after its id
 * ("decision-<id>", "reason-<id>", "units-<id>"), so the form is built for the use
 * cases the roadmap has now: a posted id of anything else is ignored.
 */

export const REVIEW_INTENTS = ["save", "complete"] as const;
export type ReviewIntent = (typeof REVIEW_INTENTS)[number];

export type ReviewInput = {
  summary: string;
  version: number;
  /** The use cases with a decision (an undecided one is absent). */
  decisions: Decision[];
};

/**
 * The schema for the roadmap's use cases. Saving a draft takes any decisions made so
 * far; completing needs one for every use case. Adjust and stop need a reason either
 * way, so a draft never holds a decision nobody could explain.
 */
export function reviewSchema(useCaseIds: readonly string[], intent: ReviewIntent) {
  const shape: Record<string, z.ZodType> = {
    summary: multilineText({ max: SUMMARY_MAX, optional: true }),
    version: version(),
  };
  for (const id of useCaseIds) {
    shape[fieldName.decision(id)] = optionalChoice(DECISION_KINDS);
    shape[fieldName.reason(id)] = multilineText({ max: REASON_MAX, optional: true });
    shape[fieldName.units(id)] = optionalCount({
      ...ROLLOUT_UNITS,
      message: "reviews.errors.rolloutUnits",
    });
  }
  return z
    .object(shape)
    .superRefine((raw, ctx) => {
      for (const id of useCaseIds) {
        const decision = decisionOf(raw[fieldName.decision(id)]);
        if (decision === null && intent === "complete") {
          ctx.addIssue({
            code: "custom",
            path: [fieldName.decision(id)],
            message: "reviews.errors.decisionRequired",
          });
        }
        if (
          decision !== null &&
          needsReason(decision) &&
          textOf(raw[fieldName.reason(id)]) === ""
        ) {
          ctx.addIssue({
            code: "custom",
            path: [fieldName.reason(id)],
            message: "reviews.errors.reasonRequired",
          });
        }
      }
    })
    .transform((raw): ReviewInput => ({
      summary: textOf(raw.summary),
      version: numberOf(raw.version) ?? 0,
      decisions: useCaseIds.flatMap((id): Decision[] => {
        const decision = decisionOf(raw[fieldName.decision(id)]);
        if (decision === null) return [];
        const units = numberOf(raw[fieldName.units(id)]);
        return [
          {
            useCaseId: id,
            decision,
            reason: textOf(raw[fieldName.reason(id)]),
            rolloutUnits: decision === "scale" ? (units ?? 1) : 1,
          },
        ];
      }),
    }));
}

export const ReviewIntentSchema = z.object({ intent: z.enum(REVIEW_INTENTS) });
