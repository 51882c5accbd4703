import { stringify } from "csv-stringify/sync";
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
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab/CR) as a formula;
 * use-case titles are user input, so such cells get a leading apostrophe.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The register as CSV: comma-separated, UTF-8 with a byte-order mark (so spreadsheet
 * programs detect the umlauts), dates as YYYY-MM-DD, counts as plain digits and rates
 * as percent with a dot whatever the user's language; only the headers and labels are
 * translated. The governance columns carry the evidence: reviews and correction rate
 * of the last 30 days, the last incident, open high incidents, the team's training and
 * the data sources checked.
 */
export function registerToCsv(rows: readonly RegisterRow[], labels: RegisterCsvLabels): string {
  const h = labels.headers;
  const records = rows.map((r) => [
    neutraliseFormula(r.title),
    labels.area(r.area),
    labels.status(r.status),
    r.tier ? labels.tier(r.tier) : "",
    r.roles.map(labels.role).join("; "),
    r.assessedOn ?? "",
    r.rulesetVersion ?? "",
    String(r.openJudgements),
    labels.documentation(r.documentation),
    String(r.evidence.oversight.reviewsLast30Days),
    csvPercent(r.evidence.oversight.correctionRateLast30Days),
    r.evidence.oversight.lastIncident
      ? `${r.evidence.oversight.lastIncident.date} (${labels.severity(r.evidence.oversight.lastIncident.severity)})`
      : "",
    String(r.evidence.oversight.openHighIncidents),
    String(r.evidence.literacy.trained),
    String(r.evidence.literacy.teamSize),
    String(r.evidence.data.sources),
    String(r.evidence.data.fullyChecked),
    neutraliseFormula(r.ownerName ?? ""),
    neutraliseFormula(r.roadmapTitle ?? ""),
    r.isArchived ? labels.yes : labels.no,
  ]);
  const header = [
    h.title,
    h.area,
    h.status,
    h.tier,
    h.roles,
    h.assessedOn,
    h.rulesetVersion,
    h.openJudgements,
    h.documentation,
    h.reviews30d,
    h.correctionRate30d,
    h.lastIncident,
    h.openHighIncidents,
    h.teamTrained,
    h.teamSize,
    h.dataSources,
    h.dataSourcesChecked,
    h.owner,
    h.roadmap,
    h.archived,
  ];
  return `\uFEFF${stringify([header, ...records], { record_delimiter: "\r\n" })}`;
}
