import { describe, expect, it } from "vitest";
import { documentationStatus, readStoredResult, registerToCsv } from "./register";
import type { RegisterCsvLabels, RegisterRow } from "./register";
import { assess } from "./rules";
import { NO_EVIDENCE } from "../governance/evidence";
import type { GovernanceEvidence } from "../governance/evidence";
import { RULESET_VERSION } from "./ruleset";
import { CV_SCREENING } from "./assessments.test-helpers";

describe("documentation status", () => {
  it("is not assessed, draft, assessed or outdated", () => {
    expect(documentationStatus({ completedRulesetVersion: null, hasDraft: false })).toBe(
      "not_assessed",
    );
    expect(documentationStatus({ completedRulesetVersion: null, hasDraft: true })).toBe("draft");
    expect(documentationStatus({ completedRulesetVersion: RULESET_VERSION, hasDraft: true })).toBe(
      "assessed",
    );
    expect(documentationStatus({ completedRulesetVersion: "2025-01-old", hasDraft: false })).toBe(
      "outdated",
    );
  });
});

describe("stored results", () => {
  it("round-trips a result through JSON", () => {
    const result = assess(CV_SCREENING, { asOf: "2026-07-15" });
    const read = readStoredResult(JSON.parse(JSON.stringify(result)));
    expect(read?.tier).toBe("high_risk");
    expect(read?.obligations).toEqual(result.obligations);
  });

  it("fills in what an older result lacks and rejects what is not a result", () => {
    expect(readStoredResult({ tier: "minimal" })).toMatchObject({
      tier: "minimal",
      roles: [],
      obligations: [],
      judgements: [],
      flags: { dpia: false },
    });
    expect(readStoredResult({ tier: "apocalyptic" })).toBeNull();
    expect(readStoredResult("high_risk")).toBeNull();
  });
});

const labels: RegisterCsvLabels = {
  headers: {
    title: "Use case",
    area: "Area",
    status: "Status",
    tier: "Tier",
    roles: "Roles",
    assessedOn: "Assessed on",
    rulesetVersion: "Ruleset",
    openJudgements: "Open judgements",
    documentation: "Documentation",
    reviews30d: "Reviews",
    correctionRate30d: "Correction rate",
    lastIncident: "Last incident",
    openHighIncidents: "Open high",
    teamTrained: "Trained",
    teamSize: "Team",
    dataSources: "Sources",
    dataSourcesChecked: "Checked",
    owner: "Owner",
    roadmap: "Roadmap",
    archived: "Archived",
  },
  area: (c) => c,
  status: (c) => c,
  tier: (c) => c,
  role: (c) => c,
  documentation: (c) => c,
  severity: (c) => `severity:${c}`,
  yes: "yes",
  no: "no",
};

const row: RegisterRow = {
  id: "x",
  title: 'Bewerbungen, "vorsortiert"',
  area: "hr",
  status: "candidate",
  isArchived: false,
  ownerName: "Jonas Becker",
  roadmapTitle: null,
  tier: "high_risk",
  roles: ["provider", "deployer"],
  assessedOn: "2026-07-15",
  rulesetVersion: RULESET_VERSION,
  openJudgements: 12,
  documentation: "assessed",
  evidence: NO_EVIDENCE,
};

describe("register CSV", () => {
  it("writes a header and one line per use case, with the reader's separator", () => {
    const csv = registerToCsv([row], labels, "en");
    expect(csv.startsWith("\uFEFFUse case,Area,Status,Tier")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      `"Bewerbungen, ""vorsortiert""",hr,candidate,high_risk,"provider, deployer",2026-07-15,${RULESET_VERSION},12,assessed,0,,,0,0,0,0,0,Jonas Becker,,no`,
    );
    const de = registerToCsv([row], labels, "de").slice(1).trimEnd().split("\r\n");
    expect(de[0]!.startsWith("Use case;Area;Status;Tier;")).toBe(true);
    expect(de[1]!.startsWith(`"Bewerbungen, ""vorsortiert""";hr;candidate;`)).toBe(true);
  });

  it("carries the governance evidence: reviews and rate, last incident, training, data sources", () => {
    const evidence: GovernanceEvidence = {
      oversight: {
        reviewsLast30Days: 6,
        outputsReviewedLast30Days: 240,
        correctionRateLast30Days: 100 / 12,
        lastIncident: { date: "2026-11-28", severity: "high" },
        openHighIncidents: 1,
      },
      literacy: { trained: 4, teamSize: 6, missing: ["A", "B"] },
      data: { sources: 2, fullyChecked: 1, openChecks: 3, openQuestions: 1, state: "checks_open" },
    };
    const lines = registerToCsv([{ ...row, evidence }], labels, "en")
      .slice(1)
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toContain(
      "Documentation,Reviews,Correction rate,Last incident,Open high,Trained,Team,Sources,Checked,Owner",
    );
    // 8.333… % as a number with one decimal, in the reader's decimal mark.
    expect(lines[1]).toContain(
      ",assessed,6,8.3,2026-11-28 (severity:high),1,4,6,2,1,Jonas Becker,",
    );
    expect(registerToCsv([{ ...row, evidence }], labels, "de")).toContain(
      ";assessed;6;8,3;2026-11-28 (severity:high);1;4;6;2;1;Jonas Becker;",
    );
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    const csv = registerToCsv(
      [{ ...row, title: "@SUM(A1)", ownerName: "+49 30", roadmapTitle: "x;=cmd|' /C calc'!A0" }],
      labels,
      "de",
    );
    expect(csv).toContain("\r\n'@SUM(A1);");
    expect(csv).toContain(`;'+49 30;"x;=cmd|' /C calc'!A0";no\r\n`);
  });
});
