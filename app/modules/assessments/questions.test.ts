import { describe, expect, it } from "vitest";
import {
  answersFromFormData,
  AssessmentAnswersSchema,
  getQuestion,
  INVALID_OPTION_MESSAGE,
  isAssessmentComplete,
  isOfferedAnswer,
  isValidAnswer,
  QUESTION_FORMS,
  questionIdsForStep,
  questionViewsForStep,
  pruneAnswers,
  QUESTIONS,
  questionsForStep,
  relevantFields,
  REQUIRED_MESSAGE,
  STEPS,
  validateStep,
} from "./questions";
import type { AnswerField, AssessmentAnswers } from "./questions";

const SCOPE_OK: AssessmentAnswers = {
  q1_ai_system: "yes",
  q2_sourcing: "third_party_as_is",
  q3_use: "internal",
  q4_eu_link: "yes",
  q5_exclusions: ["none"],
  q6_prohibited_practices: ["none"],
};

function relevant(answers: AssessmentAnswers, field: AnswerField): boolean {
  return getQuestion(field).isRelevant(answers);
}

describe("question data", () => {
  it("lists the spec's 20 questions in order, with question 20 in three parts", () => {
    expect(QUESTIONS.map((q) => q.number)).toEqual([
      ...Array.from({ length: 19 }, (_, i) => String(i + 1)),
      "20a",
      "20b",
      "20c",
    ]);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });

  it("groups the questions into five steps: scope, prohibited, high risk, transparency & organisation, GDPR", () => {
    const numbers = (step: 1 | 2 | 3 | 4 | 5) => questionsForStep(step).map((q) => q.number);
    expect(STEPS.map((s) => s.step)).toEqual([1, 2, 3, 4, 5]);
    expect(numbers(1)).toEqual(["1", "2", "3", "4", "5"]);
    expect(numbers(2)).toEqual(["6"]);
    expect(numbers(3)).toEqual(["7", "8", "9", "10", "11"]);
    expect(numbers(4)).toEqual(["12", "13", "14", "15", "16"]);
    expect(numbers(5)).toEqual(["17", "18", "19", "20a", "20b", "20c"]);
  });

  it("has German and English text, an article and distinct options for every question", () => {
    for (const q of QUESTIONS) {
      expect(q.label.de && q.label.en && q.help.de && q.help.en && q.article, q.id).toBeTruthy();
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(2);
      expect(new Set(q.options.map((o) => o.value)).size, q.id).toBe(q.options.length);
      for (const o of q.options)
        expect(o.label.de && o.label.en, `${q.id} ${o.value}`).toBeTruthy();
      if (q.kind === "boolean") expect(q.options.map((o) => o.value)).toEqual([true, false]);
    }
  });

  it("offers 'unsure' exactly where the spec sends the answer to legal judgement", () => {
    const withUnsure = QUESTIONS.filter((q) => q.options.some((o) => o.value === "unsure")).map(
      (q) => q.id,
    );
    expect(withUnsure).toEqual([
      "q1_ai_system",
      "q4_eu_link",
      "q5_exclusions",
      "q6_prohibited_practices",
      "q7_annex_i",
      "q11_value_chain",
      "q16_gpai",
    ]);
  });

  it("accepts every option a question offers, so data and schema cannot drift apart", () => {
    for (const q of QUESTIONS) {
      for (const o of q.options) {
        const value = q.kind === "multi" ? [o.value] : o.value;
        expect(
          AssessmentAnswersSchema.safeParse({ [q.id]: value }).success,
          `${q.id}=${o.value}`,
        ).toBe(true);
      }
    }
  });

  it("gives the browser each question's step and kind as the catalogue has them", () => {
    expect(Object.keys(QUESTION_FORMS)).toEqual(QUESTIONS.map((q) => q.id));
    for (const q of QUESTIONS) expect(QUESTION_FORMS[q.id], q.id).toEqual([q.step, q.kind]);
    for (const { step } of STEPS) {
      expect(questionIdsForStep(step)).toEqual(questionsForStep(step).map((q) => q.id));
      // What a step's page is sent: the step's questions, as plain data.
      const views = questionViewsForStep(step);
      expect(views.map((q) => q.id)).toEqual(questionIdsForStep(step));
      expect(JSON.parse(JSON.stringify(views))).toEqual(views);
    }
  });

  it("checks an answer against the offered options exactly as the schema does", () => {
    const bogus = ["", "maybe", "true", 1, 0, null, {}, true, false, "none", "unsure"];
    for (const q of QUESTIONS) {
      const values = q.options.map((o) => o.value);
      const candidates: unknown[] = [...values, ...bogus];
      if (q.kind === "multi") {
        candidates.push([], bogus, values.slice(0, 1), [values[0], values[0]], values.slice(0, 2));
        for (const a of values) for (const b of values) if (a !== b) candidates.push([a, b]);
        for (const v of [...values, ...bogus]) candidates.push([v]);
      }
      for (const value of candidates) {
        expect(isOfferedAnswer(q, value), `${q.id}=${JSON.stringify(value)}`).toBe(
          isValidAnswer(q.id, value),
        );
      }
    }
  });

  it("groups the Annex III options by area", () => {
    const cv = getQuestion("q8_annex_iii").options.find((o) => o.value === "4_cv_filtering");
    expect(cv?.group?.en).toContain("Employment");
  });
});

describe("progressive disclosure", () => {
  it("asks Q10 only after an Annex III area was picked", () => {
    expect(relevant({ ...SCOPE_OK }, "q10_decision_role")).toBe(false);
    expect(relevant({ ...SCOPE_OK, q8_annex_iii: "none" }, "q10_decision_role")).toBe(false);
    expect(relevant({ ...SCOPE_OK, q8_annex_iii: "3_grading" }, "q10_decision_role")).toBe(true);
  });

  it("skips Q10 when the system profiles people, because profiling never gets the derogation", () => {
    expect(
      relevant({ ...SCOPE_OK, q8_annex_iii: "3_grading", q9_profiling: true }, "q10_decision_role"),
    ).toBe(false);
  });

  it("after a prohibited practice nothing else is asked", () => {
    const answers = { ...SCOPE_OK, q6_prohibited_practices: ["e_facial_scraping" as const] };
    expect(relevantFields(answers)).toEqual([
      "q1_ai_system",
      "q2_sourcing",
      "q3_use",
      "q4_eu_link",
      "q5_exclusions",
      "q6_prohibited_practices",
    ]);
  });

  it("after an exclusion the AI Act questions stop, but research still gets the GDPR questions", () => {
    const answers = { ...SCOPE_OK, q5_exclusions: ["scientific_research" as const] };
    expect(relevant(answers, "q6_prohibited_practices")).toBe(false);
    expect(relevant(answers, "q16_gpai")).toBe(false);
    expect(relevant(answers, "q17_personal_data")).toBe(true);
  });

  it("purely personal or military use is outside the GDPR too, so nothing after Q5 is asked", () => {
    const answers = { ...SCOPE_OK, q5_exclusions: ["military_defence" as const] };
    expect(relevantFields(answers).at(-1)).toBe("q5_exclusions");
  });

  it("when it is no AI system, only the GDPR questions follow Q1", () => {
    const fields = relevantFields({ q1_ai_system: "no" });
    expect(fields[0]).toBe("q1_ai_system");
    expect(fields[1]).toBe("q17_personal_data");
  });

  it("'unsure' about the AI system keeps every question in play", () => {
    expect(relevant({ q1_ai_system: "unsure" }, "q2_sourcing")).toBe(true);
  });

  it("asks Q18–Q20a only with personal data, and Q20b/c only when the vendor processes it", () => {
    const none = { ...SCOPE_OK, q17_personal_data: ["none" as const] };
    expect(relevant(none, "q18_decision_effect")).toBe(false);
    expect(relevant(none, "q20a_vendor_personal_data")).toBe(false);
    const some = { ...SCOPE_OK, q17_personal_data: ["ordinary" as const] };
    expect(relevant(some, "q19_dpia_criteria")).toBe(true);
    expect(relevant(some, "q20b_vendor_training")).toBe(false);
    expect(relevant({ ...some, q20a_vendor_personal_data: true }, "q20c_vendor_location")).toBe(
      true,
    );
  });

  it("prunes stale answers to questions that no longer apply", () => {
    const pruned = pruneAnswers({
      ...SCOPE_OK,
      q8_annex_iii: "none",
      q10_decision_role: "preparatory_task",
      q17_personal_data: ["none"],
      q20a_vendor_personal_data: true,
    });
    expect(pruned.q10_decision_role).toBeUndefined();
    expect(pruned.q20a_vendor_personal_data).toBeUndefined();
    expect(pruned.q8_annex_iii).toBe("none");
  });

  it("is complete once every relevant question is answered", () => {
    const answers: AssessmentAnswers = { ...SCOPE_OK, q5_exclusions: ["pre_market_testing"] };
    expect(isAssessmentComplete(answers)).toBe(false);
    expect(isAssessmentComplete({ ...answers, q17_personal_data: ["none"] })).toBe(true);
  });
});

describe("validateStep", () => {
  it("requires every scope question of an empty draft", () => {
    expect(Object.keys(validateStep(1, {}))).toEqual([
      "q1_ai_system",
      "q2_sourcing",
      "q3_use",
      "q4_eu_link",
      "q5_exclusions",
    ]);
    expect(validateStep(1, {}).q1_ai_system).toEqual(REQUIRED_MESSAGE);
  });

  it("does not require questions made irrelevant by an earlier answer", () => {
    expect(validateStep(1, { q1_ai_system: "no" })).toEqual({});
    expect(validateStep(2, { ...SCOPE_OK, q5_exclusions: ["pre_market_testing"] })).toEqual({});
  });

  it("requires Q10 only when an Annex III area was picked in the same step", () => {
    const step3 = { q7_annex_i: "no", q9_profiling: false, q11_value_chain: ["none"] };
    expect(validateStep(3, { ...SCOPE_OK, ...step3, q8_annex_iii: "none" })).toEqual({});
    expect(
      Object.keys(validateStep(3, { ...SCOPE_OK, ...step3, q8_annex_iii: "4_cv_filtering" })),
    ).toEqual(["q10_decision_role"]);
  });

  it("treats an empty multi-select as unanswered", () => {
    expect(Object.keys(validateStep(2, { ...SCOPE_OK, q6_prohibited_practices: [] }))).toEqual([
      "q6_prohibited_practices",
    ]);
  });

  it("reports a value outside the options on its field and keeps the valid answers", () => {
    const errors = validateStep(1, { ...SCOPE_OK, q2_sourcing: "stolen" });
    expect(errors).toEqual({ q2_sourcing: INVALID_OPTION_MESSAGE });
  });

  it("ignores errors in other steps", () => {
    expect(validateStep(1, { ...SCOPE_OK, q15_size: "gigantic" })).toEqual({});
  });
});

describe("AssessmentAnswersSchema", () => {
  it("accepts an empty draft and a partial one", () => {
    expect(AssessmentAnswersSchema.safeParse({}).success).toBe(true);
    expect(AssessmentAnswersSchema.safeParse({ q1_ai_system: "yes" }).success).toBe(true);
  });

  it("rejects unknown option values", () => {
    expect(AssessmentAnswersSchema.safeParse({ q1_ai_system: "maybe" }).success).toBe(false);
    expect(AssessmentAnswersSchema.safeParse({ q8_annex_iii: "9_space" }).success).toBe(false);
    expect(
      AssessmentAnswersSchema.safeParse({ q6_prohibited_practices: ["j_mind_reading"] }).success,
    ).toBe(false);
    expect(AssessmentAnswersSchema.safeParse({ q9_profiling: "yes" }).success).toBe(false);
  });

  it("rejects 'none' or 'unsure' combined with another option, and duplicates", () => {
    expect(
      AssessmentAnswersSchema.safeParse({ q17_personal_data: ["none", "ordinary"] }).success,
    ).toBe(false);
    expect(
      AssessmentAnswersSchema.safeParse({ q5_exclusions: ["unsure", "military_defence"] }).success,
    ).toBe(false);
    expect(
      AssessmentAnswersSchema.safeParse({
        q12_transparency: ["publishes_deepfakes", "publishes_deepfakes"],
      }).success,
    ).toBe(false);
  });

  it("drops keys it does not know, so answers from an older ruleset still load", () => {
    const parsed = AssessmentAnswersSchema.parse({ q1_ai_system: "yes", q99_retired: "x" });
    expect(parsed).toEqual({ q1_ai_system: "yes" });
  });
});

describe("answersFromFormData", () => {
  it("turns radio, checkbox and yes/no fields of a no-JS form into valid answers", () => {
    const form = new FormData();
    form.append("q1_ai_system", "yes");
    form.append("q12_transparency", "interacts_with_people");
    form.append("q12_transparency", "generates_synthetic_content");
    form.append("q9_profiling", "false");
    form.append("q3_use", "");
    const answers = AssessmentAnswersSchema.parse(answersFromFormData(form));
    expect(answers).toEqual({
      q1_ai_system: "yes",
      q12_transparency: ["interacts_with_people", "generates_synthetic_content"],
      q9_profiling: false,
    });
  });

  it("counts only the first value of a single answer, as every form does", () => {
    const raw = answersFromFormData(
      new URLSearchParams("q1_ai_system=&q1_ai_system=yes&q3_use=bogus&q3_use=internal"),
    );
    expect(raw.q1_ai_system).toBeUndefined();
    expect(raw.q3_use).toBe("bogus");
  });

  it("passes odd values through so the schema rejects them", () => {
    const raw = answersFromFormData(new URLSearchParams("q14_workplace=perhaps"));
    expect(AssessmentAnswersSchema.safeParse(raw).success).toBe(false);
  });
});
