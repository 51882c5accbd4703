import type { AssessmentAnswers } from "./questions";
import { assess } from "./rules";
import type { AssessmentResult } from "./rules";
import { obligationsInGroup } from "./ruleset";

/* Fixtures shared by the rules tests (rules.test.ts, rules-regulation.test.ts). */

// A day after the transparency date would change results, so tests pin it.
export const AS_OF = "2026-07-15";

/** A complete, in-scope, minimal-risk use case without personal data. */
export const BASE: AssessmentAnswers = {
  q1_ai_system: "yes",
  q2_sourcing: "third_party_as_is",
  q3_use: "internal",
  q4_eu_link: "yes",
  q5_exclusions: ["none"],
  q6_prohibited_practices: ["none"],
  q7_annex_i: "no",
  q8_annex_iii: "none",
  q9_profiling: false,
  q11_value_chain: ["none"],
  q12_transparency: ["none"],
  q13_organisation_type: "other",
  q14_workplace: false,
  q15_size: "small",
  q16_gpai: "no",
  q17_personal_data: ["none"],
};

/** Ordinary personal data at an EU vendor under a processing agreement, no training. */
export const EU_VENDOR_WITH_PERSONAL_DATA: AssessmentAnswers = {
  q17_personal_data: ["ordinary"],
  q18_decision_effect: "no_significant_effect",
  q19_dpia_criteria: ["none"],
  q20a_vendor_personal_data: true,
  q20b_vendor_training: "no",
  q20c_vendor_location: "eu_eea",
};

export function run(overrides: AssessmentAnswers, asOf: string = AS_OF): AssessmentResult {
  return assess({ ...BASE, ...overrides }, { asOf });
}

export const HIGH_RISK_PROVIDER = obligationsInGroup("high_risk_provider");

export function judgementCodes(result: AssessmentResult): string[] {
  return result.judgements.map((j) => j.code);
}
