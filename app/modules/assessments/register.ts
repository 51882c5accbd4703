import { toCsv } from "~/lib/csv";
import type { CsvColumn } from "~/lib/csv";
import type { Locale } from "~/lib/i18n";
import { csvPercent } from "../governance/evidence";
import type { GovernanceEvidence } from "../governance/evidence";
import { RULESET_VERSION } from "./ruleset";
import type { AssessmentResult, RiskTier, Role } from "./rules";

/**
 * The AI register: one line per use case with its documentation status, and the CSV
 * export of it. Pure functions; the rows come from register.server.ts.
 */

export type DocumentationStatus = "not_assessed" | "draft" | "assessed" | "outdated";

/**
 * not assessed → nothing started; draft → an assessment was started, none completed;
 * assessed → the newest completed assessment used the current ruleset; outdated → it
 * used an older ruleset (the law or our reading of it changed since), so re-assess.
 */
export function documentationStatus(input: {
  completedRulesetVersion: string | null;
  hasDraft: boolean;
  currentRulesetVersion?: string;
}): DocumentationStatus {
  const current = input.currentRulesetVersion ?? RULESET_VERSION;
  if (input.completedRulesetVersion === null) return input.hasDraft ? "draft" : "not_assessed";
  return input.completedRulesetVersion === current ? "assessed" : "outdated";
}

const TIERS: readonly RiskTier[] = ["outside", "prohibited", "high_risk", "limited", "minimal"];
const ROLES: readonly Role[] = ["provider", "deployer", "distributor", "importer"];

export function isRiskTier(value: unknown): value is RiskTier {
  return typeof value === "string" && (TIERS as readonly string[]).includes(value);
}

/**
 * A stored result, read defensively: results written under an older ruleset may lack
 * fields, and a register must never fail because of one odd row.
 */
export function readStoredResult(json: unknown): AssessmentResult | null {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return null;
  const r = json as Partial<AssessmentResult>;
  if (!isRiskTier(r.tier)) return null;
  return {
    ...(r as AssessmentResult),
    roles: Array.isArray(r.roles) ? r.roles.filter((x) => ROLES.includes(x)) : [],
    obligations: Array.isArray(r.obligations) ? r.obligations : [],
    obligationAppliesFrom: r.obligationAppliesFrom ?? {},
    judgements: Array.isArray(r.judgements) ? r.judgements : [],
    notices: Array.isArray(r.notices) ? r.notices : [],
    prohibitedPractices: Array.isArray(r.prohibitedPractices) ? r.prohibitedPractices : [],
    prohibitedPracticeStatus: Array.isArray(r.prohibitedPracticeStatus)
      ? r.prohibitedPracticeStatus
      : [],
    dpiaCriteria: Array.isArray(r.dpiaCriteria) ? r.dpiaCriteria : [],
    smeSupport: Array.isArray(r.smeSupport) ? r.smeSupport : [],
    flags: {
      fria: false,
      dpia: false,
      informWorkers: false,
      art22Gate: false,
      processingAgreement: false,
      transferSafeguards: false,
      recheckArt5f: false,
      vendorMayBeController: false,
      ...(r.flags ?? {}),
    },
  };
}

export type RegisterRow = {
  id: string;
  title: string;
  area: string;
  status: string;
  isArchived: boolean;
  ownerName: string | null;
  roadmapTitle: string | null;
  tier: RiskTier | null;
  roles: Role[];
  /** "YYYY-MM-DD" of the newest completed assessment. */
  assessedOn: string | null;
  rulesetVersion: string | null;
  openJudgements: number;
  documentation: DocumentationStatus;
  /** Oversight in the last 30 days, AI literacy of its team, data basis. */
  evidence: GovernanceEvidence;
};

export type RegisterCsvLabels = {
  headers: Record<
    | "title"
    | "area"
    | "status"
    | "tier"
    | "roles"
    | "assessedOn"
    | "rulesetVersion"
    | "openJudgements"
    | "documentation"
    | "reviews30d"
    | "correctionRate30d"
    | "lastIncident"
    | "openHighIncidents"
    | "teamTrained"
    | "teamSize"
    | "dataSources"
    | "dataSourcesChecked"
    | "owner"
    | "roadmap"
    | "archived",
    string
  >;
  area: (code: string) => string;
  status: (code: string) => string;
  tier: (code: RiskTier) => string;
  role: (code: Role) => string;
  documentation: (code: DocumentationStatus) => string;
  severity: (code: "low" | "medium" | "high") => string;
  yes: string;
  no: string;
};

/**
 * The register as CSV in the reader's language (separator, decimal mark, quoting and
 * formula cells are the shared writer's, ~/lib/csv): headers and labels translated,
 * dates as YYYY-MM-DD, counts and rates as numbers. The governance columns carry the
 * evidence: reviews and correction rate (percent, one decimal) of the last 30 days, the
 * last incident, open high incidents, the team's training and the data sources checked.
 */
export function registerToCsv(
  rows: readonly RegisterRow[],
  labels: RegisterCsvLabels,
  locale: Locale,
): string {
  const h = labels.headers;
  const columns: CsvColumn<RegisterRow>[] = [
    { header: h.title, value: (r) => r.title },
    { header: h.area, value: (r) => labels.area(r.area) },
    { header: h.status, value: (r) => labels.status(r.status) },
    { header: h.tier, value: (r) => (r.tier ? labels.tier(r.tier) : null) },
    { header: h.roles, value: (r) => r.roles.map(labels.role).join(", ") },
    { header: h.assessedOn, value: (r) => r.assessedOn },
    { header: h.rulesetVersion, value: (r) => r.rulesetVersion },
    { header: h.openJudgements, value: (r) => r.openJudgements },
    { header: h.documentation, value: (r) => labels.documentation(r.documentation) },
    { header: h.reviews30d, value: (r) => r.evidence.oversight.reviewsLast30Days },
    {
      header: h.correctionRate30d,
      value: (r) => csvPercent(r.evidence.oversight.correctionRateLast30Days),
    },
    {
      header: h.lastIncident,
      value: ({ evidence: { oversight: o } }) =>
        o.lastIncident
          ? `${o.lastIncident.date} (${labels.severity(o.lastIncident.severity)})`
          : null,
    },
    { header: h.openHighIncidents, value: (r) => r.evidence.oversight.openHighIncidents },
    { header: h.teamTrained, value: (r) => r.evidence.literacy.trained },
    { header: h.teamSize, value: (r) => r.evidence.literacy.teamSize },
    { header: h.dataSources, value: (r) => r.evidence.data.sources },
    { header: h.dataSourcesChecked, value: (r) => r.evidence.data.fullyChecked },
    { header: h.owner, value: (r) => r.ownerName },
    { header: h.roadmap, value: (r) => r.roadmapTitle },
    { header: h.archived, value: (r) => (r.isArchived ? labels.yes : labels.no) },
  ];
  return toCsv(rows, columns, locale);
}
