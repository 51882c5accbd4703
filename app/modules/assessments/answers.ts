import type { LocalizedText, ProhibitedPracticeCode } from "./ruleset";
import type { AnswerField, AssessmentAnswers, QuestionKind } from "./questions";

/*
 * What the wizard needs in the browser, without zod, the question texts or the ruleset
 * (they stay on the server; the step's questions come with the page's data): which
 * questions matter for the answers so far (progressive disclosure), each question's
 * step and kind, and reading a submitted step. questions.ts re-exports all of it, so the
 * rules, the schema and the wizard share one definition.
 */

/** Options that mean "nothing specific" and therefore cannot be combined with others. */
export const EXCLUSIVE_VALUES: readonly string[] = ["none", "unsure"];

const BIOMETRIC_USES = [
  "1_remote_biometric_identification",
  "1_biometric_categorisation",
  "1_emotion_recognition",
] as const;
const NON_BIOMETRIC_USES = [
  "2_digital_infrastructure",
  "2_road_traffic",
  "2_water_supply",
  "2_gas_supply",
  "2_heating_supply",
  "2_electricity_supply",
  "3_admission",
  "3_grading",
  "3_level_assignment",
  "3_proctoring",
  "4_job_ads_targeting",
  "4_cv_filtering",
  "4_candidate_evaluation",
  "4_promotion_termination",
  "4_task_allocation",
  "4_performance_monitoring",
  "5a_public_benefits",
  "5b_creditworthiness",
  "5c_life_health_insurance",
  "5d_emergency_triage",
  "6_law_enforcement",
  "7_migration_border_control",
  "8_justice_democracy",
] as const;
export const ANNEX_III_USES = [...BIOMETRIC_USES, ...NON_BIOMETRIC_USES] as const;
export type AnnexIIIUse = (typeof ANNEX_III_USES)[number];
/**
 * Biometric verification (1:1, "is this person who they claim to be") is excluded from
 * Annex III 1(a). Q8 offers it beside the three biometric uses so the user can say so:
 * it is not an Annex III use (not high-risk under area 1), but it processes
 * special-category data (Art. 9 GDPR) and carries a judgement.
 */
export const BIOMETRIC_VERIFICATION = "1_biometric_verification";
export const ANNEX_III_VALUES = [
  ...BIOMETRIC_USES,
  BIOMETRIC_VERIFICATION,
  ...NON_BIOMETRIC_USES,
  "none",
] as const;
export type AnnexIIIValue = (typeof ANNEX_III_VALUES)[number];
export type AnnexIIIArea = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export function isAnnexIIIUse(value: AnnexIIIValue | undefined): value is AnnexIIIUse {
  return (ANNEX_III_USES as readonly string[]).includes(value ?? "");
}

/** The area number is the leading digit of the value ("5b_…" → 5, verification → 1). */
export function annexIIIAreaOf(use: Exclude<AnnexIIIValue, "none">): AnnexIIIArea {
  return Number(use[0]) as AnnexIIIArea;
}

// ---------------------------------------------------------------------------------------
// Answer helpers shared with the rules
// ---------------------------------------------------------------------------------------

export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return !Array.isArray(value) || value.length > 0;
}

/** The real selections of a multi answer, without "none" / "unsure". */
export function selections<T extends string>(
  list: readonly T[] | undefined,
): Exclude<T, "none" | "unsure">[] {
  return (list ?? []).filter((v) => !EXCLUSIVE_VALUES.includes(v)) as Exclude<
    T,
    "none" | "unsure"
  >[];
}

export function prohibitedPracticesOf(a: AssessmentAnswers): ProhibitedPracticeCode[] {
  return selections(a.q6_prohibited_practices);
}

/** Q8 answers that mean the system processes biometric data (all of Annex III area 1). */
const BIOMETRIC_VALUES: readonly AnnexIIIValue[] = [...BIOMETRIC_USES, BIOMETRIC_VERIFICATION];
/**
 * Q8 answers that process biometric data to identify a person (Art. 9(1) GDPR) or infer
 * special categories from it. Emotion recognition is not among them: it need not
 * identify anyone, and whether it rests on biometric data at all is a judgement.
 */
const SPECIAL_CATEGORY_VALUES: readonly AnnexIIIValue[] = [
  "1_remote_biometric_identification",
  "1_biometric_categorisation",
  BIOMETRIC_VERIFICATION,
];

function processesBiometricData(a: AssessmentAnswers): boolean {
  return a.q8_annex_iii !== undefined && BIOMETRIC_VALUES.includes(a.q8_annex_iii);
}

/** Ticked in Q17, or implied by a biometric use in Q8 (biometric data is personal data). */
export function hasPersonalData(a: AssessmentAnswers): boolean {
  return selections(a.q17_personal_data).length > 0 || processesBiometricData(a);
}

/** Special-category data (Art. 9 GDPR): ticked in Q17, or implied by a biometric use in Q8. */
export function hasSpecialCategoryData(a: AssessmentAnswers): boolean {
  return (
    (a.q17_personal_data ?? []).includes("special_category") ||
    (a.q8_annex_iii !== undefined && SPECIAL_CATEGORY_VALUES.includes(a.q8_annex_iii))
  );
}

/**
 * Q1 no, Q4 no or any exclusion. "unsure" is deliberately not outside: unclear scope is a
 * point for legal judgement, and the conservative plan is to assume the Act applies.
 */
export function isOutsideAiAct(a: AssessmentAnswers): boolean {
  return a.q1_ai_system === "no" || a.q4_eu_link === "no" || selections(a.q5_exclusions).length > 0;
}

/**
 * Art. 2(2)(a) and (c) GDPR exclude activities outside Union law (defence) and purely
 * personal use, so after those two AI Act exclusions the GDPR questions are not needed
 * either. Research and testing stay in GDPR scope.
 */
function excludedFromGdprToo(a: AssessmentAnswers): boolean {
  const ex = a.q5_exclusions ?? [];
  return ex.includes("personal_non_professional") || ex.includes("military_defence");
}

// ---------------------------------------------------------------------------------------
// Relevance (progressive disclosure)
// ---------------------------------------------------------------------------------------

/**
 * Each rule sees only the earlier answers that are themselves relevant (see
 * `pruneAnswers`), so a stale answer to a question that no longer applies can never
 * switch a later question on.
 */
const inAiActScope = (a: AssessmentAnswers) => !isOutsideAiAct(a);
const afterProhibitedScreen = (a: AssessmentAnswers) =>
  inAiActScope(a) && prohibitedPracticesOf(a).length === 0;
const gdprInPlay = (a: AssessmentAnswers) =>
  prohibitedPracticesOf(a).length === 0 && !excludedFromGdprToo(a);
// A biometric use in Q8 is personal data even if Q17 says "none" (Art. 4(14) GDPR), so
// the vendor and DPIA questions are asked then too.
const gdprWithPersonalData = (a: AssessmentAnswers) =>
  gdprInPlay(a) &&
  (!(a.q17_personal_data?.length === 1 && a.q17_personal_data[0] === "none") ||
    processesBiometricData(a));

const RELEVANCE: Record<AnswerField, (a: AssessmentAnswers) => boolean> = {
  q1_ai_system: () => true,
  q2_sourcing: (a) => a.q1_ai_system !== "no",
  q3_use: (a) => a.q1_ai_system !== "no",
  q4_eu_link: (a) => a.q1_ai_system !== "no",
  q5_exclusions: (a) => a.q1_ai_system !== "no" && a.q4_eu_link !== "no",
  q6_prohibited_practices: inAiActScope,
  q7_annex_i: afterProhibitedScreen,
  q8_annex_iii: afterProhibitedScreen,
  q9_profiling: afterProhibitedScreen,
  // Profiling never gets the Art. 6(3) derogation, so the decision role cannot matter then.
  // Biometric verification is no Annex III use, so there is nothing to derogate from.
  q10_decision_role: (a) =>
    afterProhibitedScreen(a) && isAnnexIIIUse(a.q8_annex_iii) && a.q9_profiling !== true,
  q11_value_chain: afterProhibitedScreen,
  q12_transparency: afterProhibitedScreen,
  q13_organisation_type: afterProhibitedScreen,
  q14_workplace: afterProhibitedScreen,
  q15_size: afterProhibitedScreen,
  q16_gpai: afterProhibitedScreen,
  q17_personal_data: gdprInPlay,
  q18_decision_effect: gdprWithPersonalData,
  q19_dpia_criteria: gdprWithPersonalData,
  q20a_vendor_personal_data: gdprWithPersonalData,
  q20b_vendor_training: (a) => gdprWithPersonalData(a) && a.q20a_vendor_personal_data === true,
  q20c_vendor_location: (a) => gdprWithPersonalData(a) && a.q20a_vendor_personal_data === true,
};

export const ANSWER_FIELDS = Object.keys(RELEVANCE) as AnswerField[];

/** The answers with every question that is not relevant removed, in question order. */
export function pruneAnswers(answers: AssessmentAnswers): AssessmentAnswers {
  const pruned: Record<string, unknown> = {};
  for (const field of ANSWER_FIELDS) {
    if (RELEVANCE[field](pruned as AssessmentAnswers) && answers[field] !== undefined) {
      pruned[field] = answers[field];
    }
  }
  return pruned as AssessmentAnswers;
}

export function relevantFields(answers: AssessmentAnswers): AnswerField[] {
  const pruned = pruneAnswers(answers);
  return ANSWER_FIELDS.filter((field) => RELEVANCE[field](pruned));
}

export function isRelevantField(field: AnswerField, answers: AssessmentAnswers): boolean {
  return RELEVANCE[field](pruneAnswers(answers));
}

/** Every relevant question has an answer. */
export function isAssessmentComplete(answers: AssessmentAnswers): boolean {
  const pruned = pruneAnswers(answers);
  return relevantFields(answers).every((field) => isAnswered(pruned[field]));
}

export type StepNumber = 1 | 2 | 3 | 4 | 5;

export const STEPS: readonly { step: StepNumber; title: LocalizedText }[] = [
  { step: 1, title: { en: "Scope", de: "Anwendungsbereich" } },
  { step: 2, title: { en: "Prohibited practices", de: "Verbotene Praktiken" } },
  { step: 3, title: { en: "High risk", de: "Hohes Risiko" } },
  { step: 4, title: { en: "Transparency and organisation", de: "Transparenz und Organisation" } },
  { step: 5, title: { en: "Data protection (GDPR)", de: "Datenschutz (DSGVO)" } },
];

// ---------------------------------------------------------------------------------------
// Questions: step and kind (their texts are in questions.ts)
// ---------------------------------------------------------------------------------------

/** Each question's wizard step and kind, in question order (questions.test.ts holds it to QUESTIONS). */
export const QUESTION_FORMS: Readonly<Record<AnswerField, readonly [StepNumber, QuestionKind]>> = {
  q1_ai_system: [1, "single"],
  q2_sourcing: [1, "single"],
  q3_use: [1, "single"],
  q4_eu_link: [1, "single"],
  q5_exclusions: [1, "multi"],
  q6_prohibited_practices: [2, "multi"],
  q7_annex_i: [3, "single"],
  q8_annex_iii: [3, "single"],
  q9_profiling: [3, "boolean"],
  q10_decision_role: [3, "single"],
  q11_value_chain: [3, "multi"],
  q12_transparency: [4, "multi"],
  q13_organisation_type: [4, "single"],
  q14_workplace: [4, "boolean"],
  q15_size: [4, "single"],
  q16_gpai: [4, "single"],
  q17_personal_data: [5, "multi"],
  q18_decision_effect: [5, "single"],
  q19_dpia_criteria: [5, "multi"],
  q20a_vendor_personal_data: [5, "boolean"],
  q20b_vendor_training: [5, "single"],
  q20c_vendor_location: [5, "single"],
};

/** The ids of a step's questions, in question order. */
export function questionIdsForStep(step: StepNumber): AnswerField[] {
  return ANSWER_FIELDS.filter((field) => QUESTION_FORMS[field][0] === step);
}

/**
 * Whether `value` is an answer the question offers: one of its options (single,
 * boolean), or distinct options of which none is exclusive unless alone (multi). The
 * same as the schema (questions.test.ts holds them together); the browser checks a
 * step's answers with it, from the options it was sent.
 */
export function isOfferedAnswer(
  question: { kind: QuestionKind; options: readonly { value: string | boolean }[] },
  value: unknown,
): boolean {
  const offered = (v: unknown) => question.options.some((option) => option.value === v);
  if (question.kind !== "multi") return offered(value);
  if (!Array.isArray(value)) return false;
  return (
    value.every(offered) &&
    new Set(value).size === value.length &&
    (value.length <= 1 || !value.some((v) => EXCLUSIVE_VALUES.includes(v as string)))
  );
}

/**
 * Turns a submitted wizard form (works without JavaScript) into an answers object for
 * the schema: radio buttons send one value, checkboxes several, booleans "true"/"false".
 * Fields that were not sent (or sent empty) stay undefined; of a single answer only the
 * first value counts, as in every form (a second one cannot replace an empty or bad
 * first); anything odd is passed through so the schema can reject it rather than this
 * function guessing.
 */
export function answersFromFormData(form: FormData | URLSearchParams): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const id of ANSWER_FIELDS) {
    const kind = QUESTION_FORMS[id][1];
    const sent = form.getAll(id).filter((v): v is string => typeof v === "string");
    if (kind === "multi") {
      const values = sent.filter((v) => v !== "");
      if (values.length > 0) raw[id] = values;
      continue;
    }
    const first = sent[0];
    if (first === undefined || first === "") continue;
    raw[id] =
      kind === "boolean" ? (first === "true" ? true : first === "false" ? false : first) : first;
  }
  return raw;
}
