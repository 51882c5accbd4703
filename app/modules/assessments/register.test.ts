import { describe, expect, it } from "vitest";
import {
  documentationStatus,
  neutraliseFormula,
  readStoredResult,
  registerToCsv,
} from "./register";
import type { RegisterCsvLabels, RegisterRow } from "./register";
import { assess } from "./rules";
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
    owner: "Owner",
    roadmap: "Roadmap",
    archived: "Archived",
  },
  area: (c) => c,
  status: (c) => c,
  tier: (c) => c,
  role: (c) => c,
  documentation: (c) => c,
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
};

describe("register CSV", () => {
  it("writes a header and one quoted, comma-separated line per use case", () => {
    const csv = registerToCsv([row], labels);
    expect(csv.startsWith("\uFEFFUse case,Area,Status,Tier")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      `"Bewerbungen, ""vorsortiert""",hr,candidate,high_risk,provider; deployer,2026-07-15,${RULESET_VERSION},12,assessed,Jonas Becker,,no`,
    );
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula("+49 30")).toBe("'+49 30");
    expect(neutraliseFormula("Lager")).toBe("Lager");
    const csv = registerToCsv([{ ...row, title: "@SUM(A1)" }], labels);
    expect(csv).toContain("'@SUM(A1)");
  });
});
