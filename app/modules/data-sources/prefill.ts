import { getQuestion, isAnswered, PERSONAL_DATA_VALUES } from "../assessments/questions";
import type { AnswerField, AssessmentAnswers, PersonalDataValue } from "../assessments/questions";
import type { DataSourceKind, PersonalDataLevel } from "./fields";

/**
 * The assessment's GDPR step asks what the data sources already say. When the step is
 * opened and a question has no answer yet, it is pre-filled from the use case's data
 * sources (and the page says so beside the question); a given answer is never
 * overwritten, only flagged when the sources name more than it does.
 */

export type PrefillSource = {
  kind: DataSourceKind;
  personalData: PersonalDataLevel;
  sentToVendor: boolean;
};

/** The wizard step of the GDPR questions, where the pre-fill happens. */
export const GDPR_STEP = getQuestion("q17_personal_data").step;

/** The questions the data sources can answer. */
export const PREFILL_FIELDS = ["q17_personal_data", "q20a_vendor_personal_data"] as const;
export type PrefillField = (typeof PREFILL_FIELDS)[number];

export type GdprSuggestion = {
  q17_personal_data?: PersonalDataValue[];
  q20a_vendor_personal_data?: true;
};

/**
 * What the sources say:
 * - Q17: ordinary → "ordinary", special categories → "special_category", personal data
 *   of the kind "employee" also → "employees"; only when every source holds no personal
 *   data → "none". Criminal-offence data and children's data cannot be told from the
 *   record, so they are never suggested.
 * - Q20a: "yes" when a source with personal data is sent to the AI vendor. Never "no":
 *   other vendors (hosting, tools) may process personal data the sources do not show.
 * No sources: no suggestion at all.
 */
export function suggestGdprAnswers(sources: readonly PrefillSource[]): GdprSuggestion {
  if (sources.length === 0) return {};
  const personal = sources.filter((s) => s.personalData !== "none");
  const found = new Set<PersonalDataValue>();
  for (const s of personal) {
    found.add(s.personalData === "special" ? "special_category" : "ordinary");
    if (s.kind === "employee") found.add("employees");
  }
  const suggestion: GdprSuggestion = {
    q17_personal_data:
      personal.length === 0 ? ["none"] : PERSONAL_DATA_VALUES.filter((v) => found.has(v)),
  };
  if (personal.some((s) => s.sentToVendor)) suggestion.q20a_vendor_personal_data = true;
  return suggestion;
}

export type PrefillNote = {
  field: PrefillField;
  kind: "prefilled" | "differs";
  /** For "differs" on a multiple-choice question: the values the sources name beyond the answer. */
  missing?: string[];
};

export type Prefill = {
  /** The answers with the empty questions filled from the sources. */
  answers: AssessmentAnswers;
  /** Beside which questions to say where the value came from or that the sources say more. */
  notes: PrefillNote[];
};

/** Suggested values the given answer lacks ("none" never counts as lacking); null: none. */
function lacking(field: PrefillField, answer: unknown, suggested: unknown): string[] | null {
  if (field === "q20a_vendor_personal_data") {
    return suggested === true && answer === false ? [] : null;
  }
  const given = new Set(Array.isArray(answer) ? (answer as string[]) : []);
  const missing = (suggested as string[]).filter((v) => v !== "none" && !given.has(v));
  return missing.length > 0 ? missing : null;
}

export function prefillGdprAnswers(
  answers: AssessmentAnswers,
  sources: readonly PrefillSource[],
): Prefill {
  const suggestion = suggestGdprAnswers(sources);
  const next: Record<string, unknown> = { ...answers };
  const notes: PrefillNote[] = [];
  for (const field of PREFILL_FIELDS) {
    const suggested = suggestion[field];
    if (suggested === undefined) continue;
    if (!isAnswered(answers[field as AnswerField])) {
      next[field] = suggested;
      notes.push({ field, kind: "prefilled" });
    } else {
      const missing = lacking(field, answers[field], suggested);
      if (missing) notes.push({ field, kind: "differs", ...(missing.length ? { missing } : {}) });
    }
  }
  return { answers: next as AssessmentAnswers, notes };
}
