import { CHECK_ASPECTS } from "./fields";
import type { CheckAspect, DataSourceKind, LegalBasis, PersonalDataLevel } from "./fields";

/**
 * "Datenbasis prüfen" as a summary: which of a use case's data sources are fully
 * checked, and which personal-data questions are still open. Pure, so the use case
 * page, the gate, the register and the report all count the same way.
 */

/** What the summary needs to know of one data source. */
export type SourceFacts = {
  id: string;
  name: string;
  kind: DataSourceKind;
  personalData: PersonalDataLevel;
  legalBasis: LegalBasis | null;
  sentToVendor: boolean;
  /** Aspects with a recorded check (duplicates and unknown values are ignored). */
  checkedAspects: readonly string[];
};

/**
 * An open personal-data question of one source:
 * - `vendor_without_legal_basis`: personal data goes to the AI vendor, but no legal basis
 *   (GDPR Art. 6(1)) is determined: the most urgent, it replaces `no_legal_basis`;
 * - `no_legal_basis`: personal data without a determined legal basis;
 * - `special_category`: special categories (Art. 9) need an Art. 9(2) exception and
 *   usually a DPIA: a point for legal judgement that the record alone cannot close.
 */
export const OPEN_QUESTION_CODES = [
  "vendor_without_legal_basis",
  "no_legal_basis",
  "special_category",
] as const;
export type OpenQuestionCode = (typeof OPEN_QUESTION_CODES)[number];

export type OpenQuestion = { code: OpenQuestionCode; sourceId: string; sourceName: string };

export type DataReadiness = {
  /** Number of data sources recorded. */
  sources: number;
  /** Sources whose four quality checks are all recorded. */
  fullyChecked: number;
  /** Quality checks still missing, over all sources. */
  openChecks: number;
  /** Open personal-data questions, most urgent first, then by source name. */
  openQuestions: OpenQuestion[];
  /**
   * `no_sources`: nothing recorded yet; `checks_open`: a source is not fully checked;
   * `questions_open`: all checked, personal-data questions remain; `ready`: neither.
   */
  state: "no_sources" | "checks_open" | "questions_open" | "ready";
};

/** The quality checks a source still lacks, in the order they are shown. */
export function missingAspects(checkedAspects: readonly string[]): CheckAspect[] {
  return CHECK_ASPECTS.filter((aspect) => !checkedAspects.includes(aspect));
}

export function isFullyChecked(checkedAspects: readonly string[]): boolean {
  return missingAspects(checkedAspects).length === 0;
}

/** The open personal-data questions of one source. */
export function openQuestionsOf(source: SourceFacts): OpenQuestion[] {
  const ref = { sourceId: source.id, sourceName: source.name };
  const questions: OpenQuestion[] = [];
  if (source.personalData !== "none" && source.legalBasis === null) {
    questions.push({
      code: source.sentToVendor ? "vendor_without_legal_basis" : "no_legal_basis",
      ...ref,
    });
  }
  if (source.personalData === "special") questions.push({ code: "special_category", ...ref });
  return questions;
}

export function summariseDataReadiness(sources: readonly SourceFacts[]): DataReadiness {
  let fullyChecked = 0;
  let openChecks = 0;
  const openQuestions: OpenQuestion[] = [];
  for (const source of sources) {
    const missing = missingAspects(source.checkedAspects).length;
    if (missing === 0) fullyChecked += 1;
    openChecks += missing;
    openQuestions.push(...openQuestionsOf(source));
  }
  const rank = (code: OpenQuestionCode) => OPEN_QUESTION_CODES.indexOf(code);
  openQuestions.sort(
    (a, b) => rank(a.code) - rank(b.code) || a.sourceName.localeCompare(b.sourceName, "de"),
  );
  const state =
    sources.length === 0
      ? "no_sources"
      : fullyChecked < sources.length
        ? "checks_open"
        : openQuestions.length > 0
          ? "questions_open"
          : "ready";
  return { sources: sources.length, fullyChecked, openChecks, openQuestions, state };
}
