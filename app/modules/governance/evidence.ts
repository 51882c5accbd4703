import type { TeamCoverage } from "../literacy/coverage";
import type { DataReadiness } from "../data-sources/readiness";
import type { OversightSummary } from "../oversight/summaries.server";

/*
 * The governance evidence of one use case, as the AI register, its CSV and the
 * leadership report show it: human oversight in the last 30 days, AI literacy of its
 * team (Art 4) and the data basis. Gathered by evidence.server.ts from each record's
 * own module; the shapes here are what the readers need.
 */

export type GovernanceEvidence = {
  oversight: Omit<OversightSummary, "useCaseId">;
  literacy: TeamCoverage;
  data: Pick<DataReadiness, "sources" | "fullyChecked" | "openChecks" | "state"> & {
    openQuestions: number;
  };
};

/** A use case with no records at all: what a new one shows. */
export const NO_EVIDENCE: GovernanceEvidence = {
  oversight: {
    reviewsLast30Days: 0,
    outputsReviewedLast30Days: 0,
    correctionRateLast30Days: null,
    lastIncident: null,
    openHighIncidents: 0,
  },
  literacy: { trained: 0, teamSize: 0, missing: [] },
  data: { sources: 0, fullyChecked: 0, openChecks: 0, openQuestions: 0, state: "no_sources" },
};

/** A rate in percent as the CSV writes it: a number with one decimal, no unit; empty for none. */
export function csvPercent(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}
