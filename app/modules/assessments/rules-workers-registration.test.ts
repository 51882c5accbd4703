import { describe, expect, it } from "vitest";
import type { AssessmentAnswers } from "./questions";
import { HIGH_RISK_PROVIDER, judgementCodes, run } from "./rules.test-helpers";
import { CV_SCREENING } from "./assessments.test-helpers";

// Art. 26(7) AI Act (inform workers) and Art. 49 AI Act (EU database registration), as
// domain/eu-ai-act.md states them.

const REGISTRATION = "hr-provider-art49-registration";

describe("Art 26(7): inform workers only when workers are affected", () => {
  it("worked example: CV pre-screening that also ranks internal applicants (Q14 yes) → workers informed", () => {
    const result = run(CV_SCREENING);
    expect(result.tier).toBe("high_risk");
    expect(result.flags.informWorkers).toBe(true);
    expect(result.obligations).toContain("art26-7-inform-workers");
  });

  it("CV pre-screening of external applicants only (Q14 no) → high-risk and DPIA, but applicants are not workers: no Art 26(7)", () => {
    const result = run({ ...CV_SCREENING, q14_workplace: false });
    expect(result.tier).toBe("high_risk");
    expect(result.annexIIIArea).toBe(4);
    expect(result.roles).toEqual(["deployer"]);
    expect(result.flags.dpia).toBe(true);
    expect(result.flags.informWorkers).toBe(false);
    expect(result.obligations).not.toContain("art26-7-inform-workers");
    // The applicants themselves are informed as affected persons (Art 26(11)).
    expect(result.obligations).toContain("deployer-art26-11-inform-affected-persons");
  });

  it("evaluating candidates in-house for external hires (Q14 no) → provider and deployer, still no Art 26(7)", () => {
    const result = run({
      ...CV_SCREENING,
      q2_sourcing: "developed_in_house",
      q8_annex_iii: "4_candidate_evaluation",
      q14_workplace: false,
    });
    expect(result.roles).toEqual(["provider", "deployer"]);
    expect(result.flags.informWorkers).toBe(false);
  });

  it("performance monitoring of employees (Annex III 4, Q14 yes) → workers informed", () => {
    const result = run({
      q8_annex_iii: "4_performance_monitoring",
      q9_profiling: true,
      q14_workplace: true,
    });
    expect(result.flags.informWorkers).toBe(true);
    expect(result.obligations).toContain("art26-7-inform-workers");
  });

  it("Art 26(7) is a deployer duty: a provider that only sells CV screening, even to employers → no Art 26(7)", () => {
    const result = run({
      ...CV_SCREENING,
      q2_sourcing: "developed_in_house",
      q3_use: "offered_to_others",
    });
    expect(result.roles).toEqual(["provider"]);
    expect(result.flags.informWorkers).toBe(false);
  });
});

describe("Art 49: EU database registration only for Annex III systems (and Art 6(3) exemptions)", () => {
  const inHouse: AssessmentAnswers = { q2_sourcing: "developed_in_house" };

  it("Annex I product (AI safety component of a medical device) → high-risk provider duties without registration", () => {
    const result = run({ ...inHouse, q7_annex_i: "yes" });
    expect(result.tier).toBe("high_risk");
    expect(result.highRiskBasis).toBe("annex_i");
    expect(result.obligations).toEqual(
      expect.arrayContaining(HIGH_RISK_PROVIDER.filter((code) => code !== REGISTRATION)),
    );
    expect(result.obligations).not.toContain(REGISTRATION);
  });

  it("Annex I unsure, no Annex III area → planned as high-risk, still no registration", () => {
    const result = run({ ...inHouse, q7_annex_i: "unsure" });
    expect(judgementCodes(result)).toContain("annex-i-unsure");
    expect(result.obligations).toContain("hr-provider-art43-conformity-assessment");
    expect(result.obligations).not.toContain(REGISTRATION);
  });

  it("Annex III system (CV screening built in-house) → registration (Art 49(1))", () => {
    const result = run({ ...CV_SCREENING, ...inHouse });
    expect(result.highRiskBasis).toBe("annex_iii");
    expect(result.obligations).toContain(REGISTRATION);
    expect(result.obligationAppliesFrom[REGISTRATION]).toBe("2027-12-02");
  });

  it("Art 6(3) exemption claimed for an Annex III system → registration under Art 49(2) stays on the plan", () => {
    const result = run({
      ...inHouse,
      q8_annex_iii: "4_task_allocation",
      q9_profiling: false,
      q10_decision_role: "preparatory_task",
    });
    expect(result.derogationPossible).toBe(true);
    expect(judgementCodes(result)).toContain("art6-3-derogation");
    expect(result.obligations).toContain(REGISTRATION);
  });

  it("both an Annex I product and an Annex III use → registration for the Annex III use", () => {
    const result = run({
      ...inHouse,
      q7_annex_i: "yes",
      q8_annex_iii: "2_electricity_supply",
      q10_decision_role: "none",
    });
    expect(result.obligations).toContain(REGISTRATION);
  });

  it("registration is the provider's: a deployer of an Annex III system does not register it", () => {
    expect(run(CV_SCREENING).obligations).not.toContain(REGISTRATION);
  });
});
