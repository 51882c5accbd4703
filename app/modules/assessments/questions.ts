import { z } from "zod";
import { COMPANY_SIZES } from "./ruleset";
import type { LocalizedText } from "./ruleset";
import {
  ANNEX_III_VALUES,
  ANSWER_FIELDS,
  EXCLUSIVE_VALUES,
  isAnswered,
  relevantFields,
} from "./answers";
import type { StepNumber } from "./answers";
import { questionsForStep } from "./question-texts";
import {
  DATA_LOCATION_VALUES,
  DECISION_EFFECT_VALUES,
  DECISION_ROLE_VALUES,
  DPIA_CRITERIA_VALUES,
  EXCLUSION_VALUES,
  ORGANISATION_TYPE_VALUES,
  PERSONAL_DATA_VALUES,
  PROHIBITED_VALUES,
  SOURCING_VALUES,
  TRANSPARENCY_VALUES,
  USE_VALUES,
  VALUE_CHAIN_VALUES,
  VENDOR_TRAINING_VALUES,
  YES_NO_UNSURE,
} from "./values";

export * from "./answers";
export * from "./question-texts";
export * from "./values";

/**
 * The assessment questionnaire of domain/eu-ai-act.md as data: the wizard renders it, the
 * schema validates it, and `pruneAnswers` decides which questions matter for a given set
 * of answers (progressive disclosure), so the UI and the rules cannot disagree about it.
 *
 * This module is the schema and the validation; it re-exports the parts that need no zod
 * and that pages load in the browser: the allowed values (values.ts), relevance and the
 * questions' steps and kinds (answers.ts), the questions' texts (question-texts.ts).
 *
 * Question 20 of the spec asks three things at once (does the vendor process personal
 * data, does it train on inputs, where is the data); it is split into 20a–20c so that each
 * part has one kind and one answer field.
 */

// ---------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------

function multi<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .refine((list) => new Set(list).size === list.length, {
      message: "validation.duplicateOption",
    })
    .refine((list) => list.length <= 1 || !list.some((v) => EXCLUSIVE_VALUES.includes(v)), {
      message: "validation.exclusiveOption",
    });
}

/**
 * Every field is optional so a draft can be saved step by step; whether a relevant
 * question is still open is `validateStep`'s and `isAssessmentComplete`'s business.
 * Unknown keys are stripped rather than rejected, so answers stored under an older
 * ruleset version still parse.
 */
export const AssessmentAnswersSchema = z.object({
  q1_ai_system: z.enum(YES_NO_UNSURE).optional(),
  q2_sourcing: z.enum(SOURCING_VALUES).optional(),
  q3_use: z.enum(USE_VALUES).optional(),
  q4_eu_link: z.enum(YES_NO_UNSURE).optional(),
  q5_exclusions: multi(EXCLUSION_VALUES).optional(),
  q6_prohibited_practices: multi(PROHIBITED_VALUES).optional(),
  q7_annex_i: z.enum(YES_NO_UNSURE).optional(),
  q8_annex_iii: z.enum(ANNEX_III_VALUES).optional(),
  q9_profiling: z.boolean().optional(),
  q10_decision_role: z.enum(DECISION_ROLE_VALUES).optional(),
  q11_value_chain: multi(VALUE_CHAIN_VALUES).optional(),
  q12_transparency: multi(TRANSPARENCY_VALUES).optional(),
  q13_organisation_type: z.enum(ORGANISATION_TYPE_VALUES).optional(),
  q14_workplace: z.boolean().optional(),
  q15_size: z.enum(COMPANY_SIZES).optional(),
  q16_gpai: z.enum(YES_NO_UNSURE).optional(),
  q17_personal_data: multi(PERSONAL_DATA_VALUES).optional(),
  q18_decision_effect: z.enum(DECISION_EFFECT_VALUES).optional(),
  q19_dpia_criteria: multi(DPIA_CRITERIA_VALUES).optional(),
  q20a_vendor_personal_data: z.boolean().optional(),
  q20b_vendor_training: z.enum(VENDOR_TRAINING_VALUES).optional(),
  q20c_vendor_location: z.enum(DATA_LOCATION_VALUES).optional(),
});

export type AssessmentAnswers = z.infer<typeof AssessmentAnswersSchema>;
export type AnswerField = keyof AssessmentAnswers;

// ---------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------

export type StepErrors = Partial<Record<AnswerField, LocalizedText>>;

export const REQUIRED_MESSAGE: LocalizedText = {
  en: "Please answer this question.",
  de: "Bitte beantworten Sie diese Frage.",
};
export const INVALID_OPTION_MESSAGE: LocalizedText = {
  en: "Please choose from the options offered; “none” and “unsure” cannot be combined with other options.",
  de: "Bitte wählen Sie aus den angebotenen Optionen; „Nichts davon“ und „Unsicher“ lassen sich nicht mit anderen kombinieren.",
};

/**
 * Parses field by field so one bad value does not hide the answers that are fine; the
 * bad ones are reported (for this step) and treated as unanswered.
 */
export function parseAnswersLeniently(input: unknown): {
  answers: AssessmentAnswers;
  invalid: AnswerField[];
} {
  const record =
    input !== null && typeof input === "object" ? (input as Record<string, unknown>) : {};
  const answers: Record<string, unknown> = {};
  const invalid: AnswerField[] = [];
  for (const field of ANSWER_FIELDS) {
    const value = record[field];
    if (value === undefined) continue;
    const parsed = AssessmentAnswersSchema.shape[field].safeParse(value);
    if (parsed.success) answers[field] = parsed.data;
    else invalid.push(field);
  }
  return { answers: answers as AssessmentAnswers, invalid };
}

/** Whether the schema takes `value` as the answer to `field` (the server's check of a step). */
export function isValidAnswer(field: AnswerField, value: unknown): boolean {
  return AssessmentAnswersSchema.shape[field].safeParse(value).success;
}

/** Answers read back from the database: whatever does not parse is dropped, never thrown. */
export function readStoredAnswers(json: unknown): AssessmentAnswers {
  return parseAnswersLeniently(json).answers;
}

/**
 * Field errors for one wizard step: values outside the allowed options, and questions
 * that are relevant for the answers so far but unanswered. Relevance is judged on all
 * answers, so a draft that carries later steps is fine.
 */
export function validateStep(step: StepNumber, input: unknown): StepErrors {
  const { answers, invalid } = parseAnswersLeniently(input);
  const errors: StepErrors = {};
  const relevant = new Set(relevantFields(answers));
  for (const question of questionsForStep(step)) {
    if (invalid.includes(question.id)) errors[question.id] = INVALID_OPTION_MESSAGE;
    else if (relevant.has(question.id) && !isAnswered(answers[question.id])) {
      errors[question.id] = REQUIRED_MESSAGE;
    }
  }
  return errors;
}
