import { DATA_BASIS_CRITERION } from "../roadmaps/template";
import type { DataReadiness } from "./readiness";

/**
 * The analysis gate's criterion "Datenbasis geprüft" and the use cases that speak
 * against ticking it. It warns, it does not block: the gate is a decision people take
 * with the facts in front of them, and a source can be judged good enough before each
 * check is recorded. The warning stays visible beside the criterion, so whoever
 * decides the gate sees it.
 */

// The criterion's wording before it was named "Datenbasis geprüft", still in the
// roadmaps created from the template then.
const EARLIER_TEXTS = [
  "Datenqualität, Datenschutz und Teambereitschaft sind bewertet, das Werkzeug ist ausgewählt.",
  "Data quality, data protection and team readiness have been assessed, and the tool has been chosen.",
];

const normalise = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();
const KNOWN = new Set(
  [DATA_BASIS_CRITERION.de, DATA_BASIS_CRITERION.en, ...EARLIER_TEXTS].map(normalise),
);

/**
 * The template's data criterion (in either language, current or earlier wording), or a
 * criterion someone added that starts with its name.
 */
export function isDataBasisCriterion(text: string): boolean {
  const t = normalise(text);
  return KNOWN.has(t) || t.startsWith("datenbasis geprüft") || t.startsWith("data basis checked");
}

/** The first criterion of a checklist that is the data criterion, or undefined. */
export function findDataBasisCriterion<T extends { text: string }>(criteria: readonly T[]) {
  return criteria.find((c) => isDataBasisCriterion(c.text));
}

export type GateUseCase = {
  id: string;
  title: string;
  /** Use-case status: candidate, selected, piloting, scaled, rejected. */
  status: string;
  readiness: DataReadiness;
};

export type DataBasisWarning = {
  useCaseId: string;
  title: string;
  /** `checks_open`: a source lacks a check; `no_sources`: a chosen use case has none recorded. */
  reason: "checks_open" | "no_sources";
  sources: number;
  fullyChecked: number;
  openQuestions: number;
};

const CHOSEN = new Set(["selected", "piloting", "scaled"]);

/**
 * The use cases whose data basis is not checked: any with a source that lacks a check,
 * and chosen ones (selected, piloting, scaled) with no source at all. A candidate
 * without sources is not listed: the analysis phase may end with candidates left over.
 * Rejected use cases never count.
 */
export function dataBasisWarnings(useCases: readonly GateUseCase[]): DataBasisWarning[] {
  const warnings: DataBasisWarning[] = [];
  for (const u of useCases) {
    if (u.status === "rejected") continue;
    const r = u.readiness;
    const reason =
      r.sources > 0 && r.fullyChecked < r.sources
        ? "checks_open"
        : r.sources === 0 && CHOSEN.has(u.status)
          ? "no_sources"
          : null;
    if (!reason) continue;
    warnings.push({
      useCaseId: u.id,
      title: u.title,
      reason,
      sources: r.sources,
      fullyChecked: r.fullyChecked,
      openQuestions: r.openQuestions.length,
    });
  }
  return warnings.sort((a, b) => a.title.localeCompare(b.title, "de"));
}
