import type { AssessmentResult } from "./rules";
import { getObligation, isObligationCode } from "./ruleset";
import type { IsoDate } from "../calendar/dates";
import type { Obligation, ObligationGroup } from "./ruleset";

/** The order in which the result page lists the obligation groups. */
export const OBLIGATION_GROUP_ORDER: readonly ObligationGroup[] = [
  "everyone",
  "high_risk_provider",
  "high_risk_deployer",
  "importer",
  "distributor",
  "transparency",
  "gpai",
  "gdpr",
];

export type ListedObligation = Obligation & {
  /** A task on the use case's roadmap already plans it. */
  isPlanned: boolean;
  /** When it applies to this assessment (the result's date, else the catalogue's). */
  from: IsoDate | null;
  /** That day has come. */
  isInForce: boolean;
};

/**
 * An assessment's obligations as the result page lists them: by group, in catalogue
 * order within a group, each with whether it is planned and whether it applies yet.
 * Codes the catalogue no longer knows (an older ruleset's) are left out.
 */
export function listObligations(
  result: Pick<AssessmentResult, "obligations" | "obligationAppliesFrom">,
  plannedCodes: readonly string[],
  today: IsoDate,
) {
  const planned = new Set(plannedCodes);
  const all: ListedObligation[] = result.obligations.filter(isObligationCode).map((code) => {
    const obligation = getObligation(code);
    const from = result.obligationAppliesFrom[code] || obligation.appliesFrom || null;
    return {
      ...obligation,
      isPlanned: planned.has(code),
      from,
      isInForce: from !== null && from <= today,
    };
  });
  return {
    total: all.length,
    plannedCount: all.filter((o) => o.isPlanned).length,
    groups: OBLIGATION_GROUP_ORDER.map((group) => ({
      group,
      obligations: all.filter((o) => o.group === group),
    })).filter((g) => g.obligations.length > 0),
  };
}
