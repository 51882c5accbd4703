import { PROHIBITED_PRACTICE_CODES } from "./ruleset";

/*
 * The answers' allowed values, without zod: the schema (questions.ts) is built from
 * them, and the question texts (question-texts.ts) offer them. questions.ts re-exports
 * all of it.
 */

// ---------------------------------------------------------------------------------------
// Allowed values
// ---------------------------------------------------------------------------------------

export const YES_NO_UNSURE = ["yes", "no", "unsure"] as const;
export type YesNoUnsure = (typeof YES_NO_UNSURE)[number];

export const SOURCING_VALUES = [
  "third_party_as_is",
  "built_on_third_party_model",
  "developed_in_house",
  "resell",
  "import_non_eu",
] as const;
export type Sourcing = (typeof SOURCING_VALUES)[number];

export const USE_VALUES = ["internal", "offered_to_others", "both"] as const;
export type UseScope = (typeof USE_VALUES)[number];

export const EXCLUSION_VALUES = [
  "personal_non_professional",
  "military_defence",
  "scientific_research",
  "pre_market_testing",
  "none",
  "unsure",
] as const;
export type ExclusionValue = (typeof EXCLUSION_VALUES)[number];

export const PROHIBITED_VALUES = [...PROHIBITED_PRACTICE_CODES, "none", "unsure"] as const;
export type ProhibitedValue = (typeof PROHIBITED_VALUES)[number];

export const DECISION_ROLE_VALUES = [
  "narrow_procedural_task",
  "improves_completed_human_activity",
  "detects_patterns_with_human_review",
  "preparatory_task",
  "none",
] as const;
export type DecisionRole = (typeof DECISION_ROLE_VALUES)[number];
/** The four Art. 6(3) conditions; "none" is the fifth option. */
export const DEROGATION_ROLES: readonly DecisionRole[] = DECISION_ROLE_VALUES.filter(
  (v) => v !== "none",
);

export const VALUE_CHAIN_VALUES = [
  "our_name_on_high_risk",
  "substantial_modification",
  "repurposed_for_annex_iii",
  "none",
  "unsure",
] as const;
export type ValueChainValue = (typeof VALUE_CHAIN_VALUES)[number];

export const TRANSPARENCY_VALUES = [
  "interacts_with_people",
  "generates_synthetic_content",
  "emotion_or_biometric_categorisation",
  "publishes_deepfakes",
  "publishes_public_interest_text",
  "none",
] as const;
export type TransparencyValue = (typeof TRANSPARENCY_VALUES)[number];

export const ORGANISATION_TYPE_VALUES = [
  "public_body",
  "private_public_services",
  "other",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPE_VALUES)[number];

export const PERSONAL_DATA_VALUES = [
  "none",
  "ordinary",
  "special_category",
  "criminal",
  "children",
  "employees",
] as const;
export type PersonalDataValue = (typeof PERSONAL_DATA_VALUES)[number];

export const DECISION_EFFECT_VALUES = [
  "no_significant_effect",
  "significant_with_human_review",
  "significant_without_human_review",
] as const;
export type DecisionEffect = (typeof DECISION_EFFECT_VALUES)[number];

export const DPIA_CRITERIA = [
  "evaluation_scoring",
  "automated_decision",
  "systematic_monitoring",
  "sensitive_data",
  "large_scale",
  "matching_datasets",
  "vulnerable_subjects",
  "innovative_technology",
  "prevents_rights_or_services",
] as const;
export type DpiaCriterion = (typeof DPIA_CRITERIA)[number];
export const DPIA_CRITERIA_VALUES = [...DPIA_CRITERIA, "none"] as const;

export const VENDOR_TRAINING_VALUES = ["yes", "no", "unknown"] as const;
export type VendorTraining = (typeof VENDOR_TRAINING_VALUES)[number];

export const DATA_LOCATION_VALUES = [
  "eu_eea",
  "adequacy_country",
  "us_dpf",
  "other",
  "unknown",
] as const;
export type DataLocation = (typeof DATA_LOCATION_VALUES)[number];
