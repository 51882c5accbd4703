import type { Collector } from "./collector";
import { DPIA_CRITERIA, hasPersonalData, hasSpecialCategoryData, selections } from "./questions";
import type { AssessmentAnswers, DpiaCriterion } from "./questions";
import type { AssessmentFlags } from "./result";

/** The GDPR part of an assessment: DPIA, Art. 22, processor and transfer flags. */

type GdprOutcome = {
  flags: Pick<
    AssessmentFlags,
    "dpia" | "art22Gate" | "processingAgreement" | "transferSafeguards" | "vendorMayBeController"
  >;
  criteria: DpiaCriterion[];
};

/**
 * DPIA criteria are the ticked WP248 criteria plus those the other answers already
 * establish: AI counts as innovative technology (stated in the spec), Art. 9/10 data is
 * sensitive (including biometric data implied by Q8, see hasSpecialCategoryData),
 * children and employees are vulnerable data subjects (WP248), profiling is
 * evaluation/scoring and a decision without human review is an automated decision.
 * Deriving them keeps a user who forgets to tick a box from missing a required DPIA.
 */
export function assessGdpr(
  a: AssessmentAnswers,
  isAiSystem: boolean,
  highRisk: boolean,
  c: Collector,
): GdprOutcome {
  const personal = hasPersonalData(a);
  const data = a.q17_personal_data ?? [];
  const criteria = new Set<DpiaCriterion>(selections(a.q19_dpia_criteria));
  if (isAiSystem) criteria.add("innovative_technology");
  const specialCategory = personal && hasSpecialCategoryData(a);
  if (specialCategory || data.includes("criminal")) criteria.add("sensitive_data");
  if (data.includes("children") || data.includes("employees")) criteria.add("vulnerable_subjects");
  if (a.q9_profiling === true) criteria.add("evaluation_scoring");
  if (a.q18_decision_effect === "significant_without_human_review")
    criteria.add("automated_decision");

  const significantEffect =
    a.q18_decision_effect === "significant_with_human_review" ||
    a.q18_decision_effect === "significant_without_human_review";
  // Art. 35(3): (a) profiling-based evaluation with significant effects; (b) large-scale
  // Art. 9/10 data; (c) large-scale systematic monitoring (public areas are not asked, so
  // any large-scale monitoring counts — the conservative reading).
  const art35_3 =
    (a.q9_profiling === true && significantEffect) ||
    (criteria.has("large_scale") && criteria.has("sensitive_data")) ||
    (criteria.has("large_scale") && criteria.has("systematic_monitoring"));

  const dpia = personal && (criteria.size >= 2 || art35_3 || highRisk);
  const art22Gate = personal && a.q18_decision_effect === "significant_without_human_review";
  const processingAgreement = personal && a.q20a_vendor_personal_data === true;
  const vendorMayBeController =
    processingAgreement &&
    (a.q20b_vendor_training === "yes" || a.q20b_vendor_training === "unknown");
  // An unknown location could be anywhere; plan the safeguards until the vendor says.
  const transferSafeguards =
    processingAgreement &&
    (a.q20c_vendor_location === "other" || a.q20c_vendor_location === "unknown");

  if (dpia) c.oblige("gdpr-dpia");
  // Art. 9(1) prohibits the processing unless an exception of Art. 9(2) applies.
  if (specialCategory) c.oblige("gdpr-art9-legal-basis");
  if (art22Gate) {
    c.oblige("gdpr-art22-human-review");
    c.judge("art22-gate", "q18_decision_effect");
  }
  if (processingAgreement) c.oblige("gdpr-art28-dpa");
  if (vendorMayBeController) {
    c.oblige("gdpr-vendor-role-check");
    c.judge("vendor-controller", "q20b_vendor_training");
  }
  if (transferSafeguards) c.oblige("gdpr-transfer-safeguards");

  return {
    flags: { dpia, art22Gate, processingAgreement, transferSafeguards, vendorMayBeController },
    criteria: personal ? DPIA_CRITERIA.filter((k) => criteria.has(k)) : [],
  };
}
