import { describe, expect, it } from "vitest";
import {
  AssessmentAnswersSchema,
  getQuestion,
  isAssessmentComplete,
  relevantFields,
} from "./questions";
import type { AssessmentAnswers } from "./questions";
import { BASE, EU_VENDOR_WITH_PERSONAL_DATA, judgementCodes, run } from "./rules.test-helpers";

// Annex III point 1 and Art. 3(39) AI Act, Art. 9 GDPR (domain/eu-ai-act.md, Q8): the
// questionnaire tells verification, remote identification, categorisation and emotion
// recognition apart, and each has its own consequences.

/** A staff entrance that opens for an enrolled employee's face (1:1). */
const STAFF_ENTRANCE: AssessmentAnswers = {
  q8_annex_iii: "1_biometric_verification",
  q14_workplace: true,
  ...EU_VENDOR_WITH_PERSONAL_DATA,
  q17_personal_data: ["employees"],
};

describe("the questionnaire distinguishes the biometric uses", () => {
  it("offers verification, remote identification, categorisation and emotion recognition under area 1", () => {
    const biometrics = getQuestion("q8_annex_iii").options.filter((o) =>
      o.group?.en.startsWith("1 "),
    );
    expect(biometrics.map((o) => o.value)).toEqual([
      "1_remote_biometric_identification",
      "1_biometric_categorisation",
      "1_emotion_recognition",
      "1_biometric_verification",
    ]);
    const verification = biometrics.find((o) => o.value === "1_biometric_verification");
    expect(verification?.label.de).toContain("biometrische Verifizierung (1:1");
    expect(verification?.label.en).toContain("biometric verification (1:1");
  });

  it("does not ask for the Art 6(3) decision role after verification: there is no Annex III use to derogate from", () => {
    const answers = { ...BASE, ...STAFF_ENTRANCE, q9_profiling: false };
    expect(relevantFields(answers)).not.toContain("q10_decision_role");
    expect(isAssessmentComplete(answers)).toBe(true);
  });

  it("answers stored before verification was offered still parse and evaluate as before", () => {
    const stored = { ...BASE, q8_annex_iii: "1_remote_biometric_identification" };
    expect(AssessmentAnswersSchema.safeParse(stored).success).toBe(true);
    expect(run({ q8_annex_iii: "1_remote_biometric_identification" }).tier).toBe("high_risk");
  });
});

describe("biometric verification (1:1) — excluded from Annex III 1(a)", () => {
  it("staff entrance by face → not high-risk, judgement flag, Art 9 GDPR legal basis and DPIA", () => {
    const result = run(STAFF_ENTRANCE);
    expect(result.tier).toBe("minimal");
    expect(result.highRiskBasis).toBeUndefined();
    expect(result.annexIIIArea).toBeUndefined();
    expect(result.annexIIIUse).toBeUndefined();
    expect(result.derogationPossible).toBe(false);
    expect(judgementCodes(result)).toEqual(["biometric-verification"]);
    expect(result.judgements[0]?.questionId).toBe("q8_annex_iii");
    expect(result.dpiaCriteria).toContain("sensitive_data");
    expect(result.flags.dpia).toBe(true);
    expect(result.obligations).toEqual([
      "art4-literacy",
      "gdpr-art28-dpa",
      "gdpr-art9-legal-basis",
      "gdpr-dpia",
    ]);
    // Not an emotion-recognition or categorisation system: no Art 50(3), no Art 5(f) re-check.
    expect(result.flags.recheckArt5f).toBe(false);
    expect(result.flags.informWorkers).toBe(false);
  });

  it("the judgement names Annex III 1(a) and Art 9 GDPR in both languages", () => {
    const reason = run(STAFF_ENTRANCE).judgements[0]?.reason;
    expect(reason?.en).toContain("Annex III point 1(a)");
    expect(reason?.en).toContain("Art. 9(2) GDPR");
    expect(reason?.de).toContain("Anhang III Nr. 1 Buchst. a KI-VO");
    expect(reason?.de).toContain("Art. 9 Abs. 2 DSGVO");
  });

  it("biometric data is personal data even when Q17 says none: the GDPR questions are asked and the duties stay", () => {
    const answers = { ...BASE, q8_annex_iii: "1_biometric_verification" as const };
    expect(relevantFields(answers)).toEqual(
      expect.arrayContaining(["q18_decision_effect", "q19_dpia_criteria"]),
    );
    const result = run({ q8_annex_iii: "1_biometric_verification" });
    expect(result.flags.dpia).toBe(true);
    expect(result.obligations).toEqual(
      expect.arrayContaining(["gdpr-art9-legal-basis", "gdpr-dpia"]),
    );
  });
});

/** A deployed Annex III area-1 use with ordinary personal data at an EU vendor. */
function area1(use: AssessmentAnswers["q8_annex_iii"], overrides: AssessmentAnswers = {}) {
  return run({
    q8_annex_iii: use,
    q10_decision_role: "none",
    ...EU_VENDOR_WITH_PERSONAL_DATA,
    ...overrides,
  });
}

describe("remote identification, categorisation, emotion recognition — Annex III 1(a)–(c)", () => {
  it("remote biometric identification → high-risk area 1, Art 9 legal basis, no verification or emotion judgement", () => {
    const result = area1("1_remote_biometric_identification");
    expect(result.tier).toBe("high_risk");
    expect(result.annexIIIArea).toBe(1);
    expect(result.obligations).toEqual(
      expect.arrayContaining(["gdpr-art9-legal-basis", "gdpr-dpia"]),
    );
    expect(judgementCodes(result)).not.toContain("biometric-verification");
    expect(judgementCodes(result)).not.toContain("emotion-recognition-biometric");
  });

  it("biometric categorisation by sensitive attributes → high-risk, Art 50(3) for the deployer, Art 9 legal basis", () => {
    const result = area1("1_biometric_categorisation");
    expect(result.tier).toBe("high_risk");
    expect(result.obligations).toEqual(
      expect.arrayContaining(["transparency-50-3", "gdpr-art9-legal-basis"]),
    );
    expect(judgementCodes(result)).not.toContain("emotion-recognition-biometric");
  });

  it("emotion recognition → judgement on whether the inference rests on biometric data (Art 3(39)), planned as high-risk", () => {
    const result = area1("1_emotion_recognition");
    expect(result.tier).toBe("high_risk");
    expect(result.annexIIIUse).toBe("1_emotion_recognition");
    expect(judgementCodes(result)).toEqual(["emotion-recognition-biometric"]);
    const reason = result.judgements[0]?.reason;
    expect(reason?.en).toContain("Art. 3(39)");
    expect(reason?.de).toContain("Art. 3 Nr. 39 KI-VO");
    expect(result.obligations).toContain("transparency-50-3");
    // Emotion recognition need not identify anyone: no Art 9 duty unless Q17 says so.
    expect(result.obligations).not.toContain("gdpr-art9-legal-basis");
    expect(
      area1("1_emotion_recognition", { q17_personal_data: ["special_category"] }).obligations,
    ).toContain("gdpr-art9-legal-basis");
  });

  it("emotion recognition affecting employees → both the biometric-basis judgement and the Art 5(1)(f) re-check", () => {
    const result = area1("1_emotion_recognition", { q14_workplace: true });
    expect(judgementCodes(result)).toEqual(["emotion-recognition-biometric", "recheck-art5f"]);
  });
});
