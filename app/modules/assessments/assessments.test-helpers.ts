import type { AnswerField, AssessmentAnswers, StepNumber } from "./questions";
import { questionsForStep } from "./questions";

/** The CV pre-screening example of the domain spec (vendor tool, ranks applicants). */
export const CV_SCREENING: AssessmentAnswers = {
  q1_ai_system: "yes",
  q2_sourcing: "third_party_as_is",
  q3_use: "internal",
  q4_eu_link: "yes",
  q5_exclusions: ["none"],
  q6_prohibited_practices: ["none"],
  q7_annex_i: "no",
  q8_annex_iii: "4_cv_filtering",
  q9_profiling: true,
  q11_value_chain: ["none"],
  q12_transparency: ["none"],
  q13_organisation_type: "other",
  q14_workplace: true,
  q15_size: "small",
  q16_gpai: "no",
  q17_personal_data: ["ordinary", "employees"],
  q18_decision_effect: "significant_with_human_review",
  q19_dpia_criteria: ["evaluation_scoring"],
  q20a_vendor_personal_data: true,
  q20b_vendor_training: "no",
  q20c_vendor_location: "eu_eea",
};

/**
 * The form a browser sends for one wizard step: every question of the step marked as
 * shown, with the given answers (arrays as repeated checkbox values, booleans as text).
 */
export function stepForm(
  step: StepNumber,
  answers: AssessmentAnswers,
  options: { shown?: AnswerField[]; extra?: [string, string][] } = {},
): FormData {
  const form = new FormData();
  const shown = options.shown ?? questionsForStep(step).map((q) => q.id);
  for (const id of shown) form.append("shown", id);
  for (const id of shown) {
    const value = answers[id];
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) form.append(id, String(v));
  }
  for (const [k, v] of options.extra ?? []) form.append(k, v);
  return form;
}
