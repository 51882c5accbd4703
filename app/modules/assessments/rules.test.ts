import { describe, expect, it } from "vitest";
import { assess, isObligationInForce, toIsoDay } from "./rules";
import { OBLIGATION_CODES, RULESET_VERSION } from "./ruleset";
import type { AssessmentAnswers } from "./questions";
import {
  AS_OF,
  BASE,
  EU_VENDOR_WITH_PERSONAL_DATA,
  run,
  HIGH_RISK_PROVIDER,
  judgementCodes,
} from "./rules.test-helpers";

describe("worked examples of the domain spec", () => {
  it("support-ticket drafting with a hosted LLM, agent reviews → deployer, minimal, Art 4, processing agreement for personal data", () => {
    const result = run({
      q12_transparency: ["generates_synthetic_content"],
      ...EU_VENDOR_WITH_PERSONAL_DATA,
    });
    expect(result.tier).toBe("minimal");
    expect(result.roles).toEqual(["deployer"]);
    expect(result.obligations).toEqual(["art4-literacy", "gdpr-art28-dpa"]);
    expect(result.flags.processingAgreement).toBe(true);
    expect(result.flags.dpia).toBe(false);
    expect(result.judgements).toEqual([]);
    expect(result.isComplete).toBe(true);
  });

  it("support-ticket drafting without personal data in the tickets → no processing agreement", () => {
    const result = run({ q12_transparency: ["generates_synthetic_content"] });
    expect(result.tier).toBe("minimal");
    expect(result.obligations).toEqual(["art4-literacy"]);
    expect(result.flags.processingAgreement).toBe(false);
  });

  it("website chatbot under the company's name built on an LLM API → provider and deployer, limited, 50(1), Art 4", () => {
    const result = run({
      q2_sourcing: "built_on_third_party_model",
      q3_use: "internal",
      q12_transparency: ["interacts_with_people"],
      ...EU_VENDOR_WITH_PERSONAL_DATA,
    });
    expect(result.tier).toBe("limited");
    expect(result.roles).toEqual(["provider", "deployer"]);
    expect(result.obligations).toEqual(
      expect.arrayContaining(["art4-literacy", "transparency-50-1", "transparency-50-5"]),
    );
    expect(result.obligations).not.toContain("hr-provider-art9-risk-management");
    expect(result.obligationAppliesFrom["transparency-50-1"]).toBe("2026-08-02");
  });

  const cvScreening: AssessmentAnswers = {
    q8_annex_iii: "4_cv_filtering",
    q9_profiling: true,
    q14_workplace: true,
    ...EU_VENDOR_WITH_PERSONAL_DATA,
    q18_decision_effect: "significant_with_human_review",
  };

  it("CV pre-screening that ranks applicants (vendor tool) → Annex III 4, profiling, high-risk without derogation, deployer, workers informed, DPIA", () => {
    const result = run(cvScreening);
    expect(result.tier).toBe("high_risk");
    expect(result.highRiskBasis).toBe("annex_iii");
    expect(result.annexIIIArea).toBe(4);
    expect(result.derogationPossible).toBe(false);
    expect(result.roles).toEqual(["deployer"]);
    expect(result.flags.informWorkers).toBe(true);
    expect(result.flags.dpia).toBe(true);
    expect(result.obligations).toEqual(
      expect.arrayContaining([
        "art4-literacy",
        "art26-7-inform-workers",
        "deployer-art26-human-oversight",
        "gdpr-dpia",
        "deployer-art26-9-dpia-input",
      ]),
    );
    expect(result.obligations).not.toContain("hr-provider-art9-risk-management");
    expect(result.obligationAppliesFrom["deployer-art26-human-oversight"]).toBe("2027-12-02");
  });

  it("CV pre-screening built in-house → provider and deployer with all high-risk provider duties", () => {
    const result = run({ ...cvScreening, q2_sourcing: "developed_in_house" });
    expect(result.tier).toBe("high_risk");
    expect(result.roles).toEqual(["provider", "deployer"]);
    expect(result.obligations).toEqual(expect.arrayContaining(HIGH_RISK_PROVIDER));
    expect(result.flags.informWorkers).toBe(true);
  });

  it("CV pre-screening with a general chatbot repurposed for it (Art 25(1)(c)) → provider as well, judgement", () => {
    const result = run({ ...cvScreening, q11_value_chain: ["repurposed_for_annex_iii"] });
    expect(result.roles).toEqual(["provider", "deployer"]);
    expect(result.obligations).toEqual(expect.arrayContaining(HIGH_RISK_PROVIDER));
    expect(judgementCodes(result)).toContain("value-chain-provider");
  });

  it("emotion detection on employees' webcams during calls → prohibited, Art 5(1)(f), fine tier shown", () => {
    const result = run({
      q6_prohibited_practices: ["f_emotion_recognition"],
      q14_workplace: true,
    });
    expect(result.tier).toBe("prohibited");
    expect(result.roles).toEqual(["deployer"]);
    expect(result.prohibitedPractices).toEqual(["f_emotion_recognition"]);
    expect(result.prohibitedPracticeStatus).toEqual([
      {
        practice: "f_emotion_recognition",
        article: "Art. 5(1)(f) AI Act",
        appliesFrom: "2025-02-02",
        inForce: true,
      },
    ]);
    expect(result.fine).toMatchObject({
      code: "prohibited_practice",
      article: "Art. 99(3) AI Act",
      maxAmountEur: 35_000_000,
      maxTurnoverPercent: 7,
    });
    expect(result.obligations).toEqual([]);
    // The medical/safety exception is for a lawyer, not for the tool.
    expect(judgementCodes(result)).toContain("prohibited-exception");
  });

  it("stock-level alerts from sales forecasts, no personal data → minimal, Art 4 only", () => {
    const result = run({});
    expect(result.tier).toBe("minimal");
    expect(result.roles).toEqual(["deployer"]);
    expect(result.obligations).toEqual(["art4-literacy"]);
    expect(Object.values(result.flags).every((flag) => flag === false)).toBe(true);
    expect(result.isComplete).toBe(true);
  });

  it("credit scoring of private customers by a lender → Annex III 5b, profiling, high-risk, FRIA for the deployer", () => {
    const result = run({
      q8_annex_iii: "5b_creditworthiness",
      q9_profiling: true,
      ...EU_VENDOR_WITH_PERSONAL_DATA,
      q18_decision_effect: "significant_with_human_review",
    });
    expect(result.tier).toBe("high_risk");
    expect(result.annexIIIArea).toBe(5);
    expect(result.roles).toEqual(["deployer"]);
    expect(result.derogationPossible).toBe(false);
    expect(result.flags.fria).toBe(true);
    expect(result.obligations).toContain("art27-fria");
    expect(result.flags.dpia).toBe(true);
  });
});

describe("result shape", () => {
  it("carries the ruleset version and only catalogue obligations, each with a date", () => {
    const result = run({
      q2_sourcing: "developed_in_house",
      q8_annex_iii: "4_cv_filtering",
      q9_profiling: true,
      q12_transparency: ["interacts_with_people", "generates_synthetic_content"],
      q16_gpai: "yes",
      ...EU_VENDOR_WITH_PERSONAL_DATA,
    });
    expect(result.rulesetVersion).toBe(RULESET_VERSION);
    for (const code of result.obligations) {
      expect(OBLIGATION_CODES).toContain(code);
      expect(result.obligationAppliesFrom[code]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(isObligationInForce(result, "art4-literacy")).toBe(true);
    expect(isObligationInForce(result, "hr-provider-art9-risk-management")).toBe(false);
    // Stored as JSON: must survive a round trip unchanged.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("an empty draft is incomplete and claims nothing is outside or prohibited", () => {
    const result = assess({}, { asOf: AS_OF });
    expect(result.isComplete).toBe(false);
    expect(result.tier).toBe("minimal");
  });

  it("defaults asOf to today in Germany", () => {
    expect(assess(BASE).asOf).toBe(toIsoDay(new Date()));
  });

  it("rejects a malformed asOf instead of comparing garbage dates", () => {
    expect(() => assess(BASE, { asOf: "15.07.2026" })).toThrow(RangeError);
  });
});
