import { describe, expect, it } from "vitest";
import { assess } from "./rules";
import { maxFineEur, obligationsInGroup } from "./ruleset";
import {
  AS_OF,
  BASE,
  EU_VENDOR_WITH_PERSONAL_DATA,
  run,
  HIGH_RISK_PROVIDER,
  judgementCodes,
} from "./rules.test-helpers";

describe("derived from the regulation's text", () => {
  it("Art 6(3): invoice routing in the HR area as a narrow procedural task without profiling → derogation possible, judgement, planned as high-risk", () => {
    const result = run({
      q8_annex_iii: "4_task_allocation",
      q9_profiling: false,
      q10_decision_role: "narrow_procedural_task",
    });
    expect(result.derogationPossible).toBe(true);
    expect(result.tier).toBe("high_risk");
    expect(judgementCodes(result)).toContain("art6-3-derogation");
    expect(result.obligations).toContain("deployer-art26-human-oversight");
  });

  it("Art 6(3) last subparagraph: profiling in an Annex III area never gets the derogation, even with a stale 'preparatory task' answer", () => {
    const result = run({
      q8_annex_iii: "4_performance_monitoring",
      q9_profiling: true,
      q10_decision_role: "preparatory_task",
    });
    expect(result.derogationPossible).toBe(false);
    expect(result.tier).toBe("high_risk");
    expect(judgementCodes(result)).not.toContain("art6-3-derogation");
  });

  it("Art 6(2): Annex III area with 'none of these' as decision role → high-risk, no derogation", () => {
    const result = run({ q8_annex_iii: "3_grading", q10_decision_role: "none" });
    expect(result.tier).toBe("high_risk");
    expect(result.derogationPossible).toBe(false);
  });

  it("Art 6(2): Annex III area with the decision role still open → planned as high-risk, assessment incomplete", () => {
    const result = run({ q8_annex_iii: "3_grading" });
    expect(result.tier).toBe("high_risk");
    expect(result.derogationPossible).toBe(false);
    expect(result.isComplete).toBe(false);
  });

  it("Art 6(1): AI safety component of a medical device → high-risk on the Annex I basis, applying from 2028-08-02", () => {
    const result = run({ q2_sourcing: "developed_in_house", q7_annex_i: "yes" });
    expect(result.tier).toBe("high_risk");
    expect(result.highRiskBasis).toBe("annex_i");
    expect(result.annexIIIArea).toBeUndefined();
    expect(result.obligationAppliesFrom["hr-provider-art43-conformity-assessment"]).toBe(
      "2028-08-02",
    );
  });

  it("Art 6(1) unsure: unclear whether the machine needs third-party assessment → judgement, planned as high-risk", () => {
    const result = run({ q7_annex_i: "unsure" });
    expect(result.tier).toBe("high_risk");
    expect(judgementCodes(result)).toContain("annex-i-unsure");
  });

  it("Art 5(1)(i) before 2 Dec 2026: generating intimate imagery → prohibited, but reported as not yet in force", () => {
    const result = run({ q6_prohibited_practices: ["i_intimate_imagery"] }, "2026-07-15");
    expect(result.tier).toBe("prohibited");
    expect(result.prohibitedPracticeStatus[0]?.inForce).toBe(false);
    expect(result.prohibitedPracticeStatus[0]?.appliesFrom).toBe("2026-12-02");
    expect(result.notices.map((n) => n.code)).toContain("prohibition-not-yet-in-force");
  });

  it("Art 5(1)(i) from 2 Dec 2026 (Berlin time, 00:30 local) → in force, no notice", () => {
    const result = assess(
      { ...BASE, q6_prohibited_practices: ["i_intimate_imagery"] },
      { asOf: new Date("2026-12-01T23:30:00Z") },
    );
    expect(result.asOf).toBe("2026-12-02");
    expect(result.prohibitedPracticeStatus[0]?.inForce).toBe(true);
    expect(result.notices).toEqual([]);
  });

  it("Art 5: 'unsure' about prohibited practices → not a stop, but a judgement and the Art 5 screen stays open", () => {
    const result = run({ q6_prohibited_practices: ["unsure"] });
    expect(result.tier).toBe("minimal");
    expect(judgementCodes(result)).toContain("prohibited-unsure");
    expect(result.obligations).toContain("art5-screen");
  });

  it("Art 99(6): prohibited practice of a micro company → lower of €35m and 7 %; a large company → higher of", () => {
    // Q15 is not asked after the stop, so the organisation's size is passed in.
    const unknownSize = assess(
      { ...BASE, q15_size: undefined, q6_prohibited_practices: ["c_social_scoring"] },
      { asOf: AS_OF },
    );
    expect(unknownSize.fine).toMatchObject({ cap: "higher_of", sizeKnown: false });
    const sme = assess(
      { ...BASE, q15_size: undefined, q6_prohibited_practices: ["c_social_scoring"] },
      { asOf: AS_OF, companySize: "micro" },
    );
    expect(sme.fine?.cap).toBe("lower_of");
    expect(sme.fine && maxFineEur(sme.fine, 2_000_000)).toBe(140_000);
    const large = assess(
      { ...BASE, q6_prohibited_practices: ["c_social_scoring"] },
      { asOf: AS_OF, companySize: "large" },
    );
    expect(large.fine?.cap).toBe("higher_of");
    expect(large.fine && maxFineEur(large.fine, 1_000_000_000)).toBe(70_000_000);
  });

  it("Art 99(6) names SMEs only: a small mid-cap gets the general 'higher of' cap (conservative)", () => {
    const result = assess(
      { ...BASE, q6_prohibited_practices: ["a_manipulation"] },
      { asOf: AS_OF, companySize: "small_mid_cap" },
    );
    expect(result.fine?.cap).toBe("higher_of");
  });

  it("Art 2(6): a system developed solely for scientific research → outside the AI Act, GDPR duties remain", () => {
    const result = run({
      q5_exclusions: ["scientific_research"],
      ...EU_VENDOR_WITH_PERSONAL_DATA,
    });
    expect(result.tier).toBe("outside");
    expect(result.roles).toEqual([]);
    expect(result.obligations).toEqual(["gdpr-art28-dpa"]);
    expect(result.notices.map((n) => n.code)).toContain("outside-gdpr-may-apply");
  });

  it("Art 3(1): a fixed rule-based macro is no AI system → outside, even with stale answers to later AI Act questions", () => {
    const result = run({
      q1_ai_system: "no",
      q6_prohibited_practices: ["a_manipulation"],
      q8_annex_iii: "4_cv_filtering",
    });
    expect(result.tier).toBe("outside");
    expect(result.prohibitedPractices).toEqual([]);
    expect(result.obligations).toEqual([]);
  });

  it("Art 3(1) unsure → legal judgement, assessed as AI system rather than outside", () => {
    const result = run({ q1_ai_system: "unsure" });
    expect(result.tier).toBe("minimal");
    expect(result.obligations).toContain("art4-literacy");
    expect(judgementCodes(result)).toContain("ai-system-unsure");
  });

  it("Art 2(1): no establishment and no output used in the EU → outside; unclear → judgement, not outside", () => {
    expect(run({ q4_eu_link: "no" }).tier).toBe("outside");
    const unclear = run({ q4_eu_link: "unsure" });
    expect(unclear.tier).toBe("minimal");
    expect(judgementCodes(unclear)).toContain("eu-link-unclear");
  });

  it("Art 27(1): a public body deploying a high-risk system for grading → FRIA", () => {
    const result = run({
      q8_annex_iii: "3_grading",
      q10_decision_role: "none",
      q13_organisation_type: "public_body",
    });
    expect(result.flags.fria).toBe(true);
    expect(result.obligations).toContain("art27-fria");
  });

  it("Art 27(1): critical infrastructure (Annex III area 2) run by a public utility → no FRIA", () => {
    const result = run({
      q8_annex_iii: "2_water_supply",
      q10_decision_role: "none",
      q13_organisation_type: "public_body",
    });
    expect(result.tier).toBe("high_risk");
    expect(result.flags.fria).toBe(false);
    expect(result.obligations).not.toContain("art27-fria");
  });

  it("Art 27(1): a private company providing public services → FRIA planned, with a judgement on 'public services'", () => {
    const result = run({
      q8_annex_iii: "5a_public_benefits",
      q10_decision_role: "none",
      q13_organisation_type: "private_public_services",
    });
    expect(result.flags.fria).toBe(true);
    expect(judgementCodes(result)).toContain("public-services");
  });

  it("Art 27(1) is a deployer duty: a provider that only sells credit scoring to banks → no FRIA", () => {
    const result = run({
      q2_sourcing: "developed_in_house",
      q3_use: "offered_to_others",
      q8_annex_iii: "5b_creditworthiness",
      q9_profiling: true,
    });
    expect(result.roles).toEqual(["provider"]);
    expect(result.flags.fria).toBe(false);
    expect(result.obligations).toEqual(expect.arrayContaining(HIGH_RISK_PROVIDER));
    expect(result.obligations).not.toContain("deployer-art26-human-oversight");
  });

  it("Art 50(1) is a provider duty: a vendor's chat widget used as is → no 50(1) for the deployer, minimal", () => {
    const result = run({ q12_transparency: ["interacts_with_people"] });
    expect(result.tier).toBe("minimal");
    expect(result.obligations).not.toContain("transparency-50-1");
  });

  it("Art 50(2)+(4): own image generator whose deepfakes we publish → limited, marking and disclosure", () => {
    const result = run({
      q2_sourcing: "built_on_third_party_model",
      q12_transparency: ["generates_synthetic_content", "publishes_deepfakes"],
    });
    expect(result.tier).toBe("limited");
    expect(result.obligations).toEqual(
      expect.arrayContaining(["transparency-50-2", "transparency-50-4", "transparency-50-5"]),
    );
  });

  it("Art 50 on top of high risk: an in-house recruiting chatbot keeps tier high-risk and adds 50(1)", () => {
    const result = run({
      q2_sourcing: "developed_in_house",
      q8_annex_iii: "4_candidate_evaluation",
      q9_profiling: true,
      q12_transparency: ["interacts_with_people"],
    });
    expect(result.tier).toBe("high_risk");
    expect(result.obligations).toContain("transparency-50-1");
  });

  it("Art 26(7) + Art 5(1)(f): stress detection for call-centre agents → re-check Art 5(f), 50(3), workers informed", () => {
    const result = run({
      q8_annex_iii: "1_emotion_recognition",
      q10_decision_role: "none",
      q12_transparency: ["emotion_or_biometric_categorisation"],
      q14_workplace: true,
    });
    expect(result.flags.recheckArt5f).toBe(true);
    expect(judgementCodes(result)).toContain("recheck-art5f");
    expect(result.flags.informWorkers).toBe(true);
    expect(result.obligations).toEqual(
      expect.arrayContaining(["transparency-50-3", "art26-7-inform-workers"]),
    );
  });

  it("Art 26(7) only for high-risk: a minimal-risk tool used by employees → no duty to inform under the AI Act", () => {
    const result = run({ q14_workplace: true });
    expect(result.flags.informWorkers).toBe(false);
    expect(result.obligations).not.toContain("art26-7-inform-workers");
  });

  it("Art 23: importing a high-risk non-EU system for resale → importer duties, no provider duties", () => {
    const result = run({
      q2_sourcing: "import_non_eu",
      q3_use: "offered_to_others",
      q8_annex_iii: "4_cv_filtering",
      q9_profiling: true,
    });
    expect(result.roles).toEqual(["importer"]);
    expect(result.obligations).toEqual(expect.arrayContaining(obligationsInGroup("importer")));
    expect(result.obligations).not.toContain("hr-provider-art9-risk-management");
  });

  it("Art 25(1)(a): a reseller that puts its own name on the high-risk system → provider as well as distributor", () => {
    const result = run({
      q2_sourcing: "resell",
      q3_use: "offered_to_others",
      q8_annex_iii: "4_cv_filtering",
      q9_profiling: true,
      q11_value_chain: ["our_name_on_high_risk"],
    });
    expect(result.roles).toEqual(["provider", "distributor"]);
    expect(result.obligations).toEqual(
      expect.arrayContaining([...HIGH_RISK_PROVIDER, ...obligationsInGroup("distributor")]),
    );
  });

  it("Art 24 applies to high-risk systems only: reselling a minimal-risk tool → no distributor checklist", () => {
    const result = run({ q2_sourcing: "resell", q3_use: "offered_to_others" });
    expect(result.roles).toEqual(["distributor"]);
    expect(result.obligations).toEqual(["art4-literacy"]);
  });

  it("Art 53: fine-tuning and publishing a general-purpose model → GPAI flag, Art 53 duties, systemic-risk note, no automatic Art 55", () => {
    const result = run({ q2_sourcing: "developed_in_house", q16_gpai: "yes" });
    expect(result.gpaiFlag).toBe(true);
    expect(result.systemicRiskNote?.en).toContain("10^25");
    expect(result.obligations).toEqual(
      expect.arrayContaining([
        "gpai-art53-documentation",
        "gpai-art53-downstream-information",
        "gpai-art53-copyright-policy",
        "gpai-art53-training-summary",
      ]),
    );
    expect(result.obligations).not.toContain("gpai-art55-systemic-risk");
    expect(result.tier).toBe("minimal");
  });

  it("Art 35 GDPR: a minimal-risk AI processing employee data meets two WP248 criteria (vulnerable subjects, innovative technology) → DPIA", () => {
    const result = run({
      ...EU_VENDOR_WITH_PERSONAL_DATA,
      q17_personal_data: ["employees"],
    });
    expect(result.tier).toBe("minimal");
    expect(result.dpiaCriteria).toEqual(["vulnerable_subjects", "innovative_technology"]);
    expect(result.flags.dpia).toBe(true);
    expect(result.obligations).toContain("gdpr-dpia");
  });

  it("Art 35 GDPR: ordinary customer data and AI as the only criterion → no DPIA", () => {
    const result = run(EU_VENDOR_WITH_PERSONAL_DATA);
    expect(result.dpiaCriteria).toEqual(["innovative_technology"]);
    expect(result.flags.dpia).toBe(false);
  });

  it("Art 22 GDPR: outputs decide loan offers without meaningful human review → Art 22 gate, judgement", () => {
    const result = run({
      ...EU_VENDOR_WITH_PERSONAL_DATA,
      q18_decision_effect: "significant_without_human_review",
    });
    expect(result.flags.art22Gate).toBe(true);
    expect(judgementCodes(result)).toContain("art22-gate");
    expect(result.dpiaCriteria).toContain("automated_decision");
  });

  it("Art 28 + 44–46 GDPR: a vendor outside the EU without DPF that trains on inputs → processing agreement, SCC + TIA, controller judgement", () => {
    const result = run({
      ...EU_VENDOR_WITH_PERSONAL_DATA,
      q20b_vendor_training: "yes",
      q20c_vendor_location: "other",
    });
    expect(result.flags).toMatchObject({
      processingAgreement: true,
      transferSafeguards: true,
      vendorMayBeController: true,
    });
    expect(result.obligations).toEqual(
      expect.arrayContaining([
        "gdpr-art28-dpa",
        "gdpr-transfer-safeguards",
        "gdpr-vendor-role-check",
      ]),
    );
    expect(judgementCodes(result)).toContain("vendor-controller");
  });

  it("Art 45 GDPR / DPF: a US vendor certified under the Data Privacy Framework → no extra transfer safeguards", () => {
    const result = run({ ...EU_VENDOR_WITH_PERSONAL_DATA, q20c_vendor_location: "us_dpf" });
    expect(result.flags.transferSafeguards).toBe(false);
    expect(result.obligations).not.toContain("gdpr-transfer-safeguards");
  });

  it("Art 3(3): offering a third-party tool to other companies under our own name → provider planned, judgement", () => {
    const result = run({ q3_use: "both" });
    expect(result.roles).toEqual(["provider", "deployer"]);
    expect(judgementCodes(result)).toContain("offered-under-own-name");
  });

  it("Art 11(1) and 63: a micro provider of a high-risk system gets the SME simplifications", () => {
    const result = run({
      q2_sourcing: "developed_in_house",
      q15_size: "micro",
      q7_annex_i: "yes",
    });
    expect(result.smeSupport).toEqual([
      "art62-sme-support",
      "art11-simplified-documentation",
      "art63-simplified-qms",
    ]);
  });
});
