import { describe, expect, it } from "vitest";
import { CV_SCREENING } from "./assessments.test-helpers";
import {
  checkStep,
  firstOpenStep,
  mergeStepAnswers,
  nextStep,
  previousStep,
  stepStates,
} from "./wizard";
import { getQuestion, isOfferedAnswer, isValidAnswer, readStoredAnswers } from "./questions";
import type { AnswerField } from "./questions";

// The server checks a step with the schema, the browser with the options it was sent.
const CHECKS = {
  schema: isValidAnswer,
  offeredOptions: (field: AnswerField, value: unknown) =>
    isOfferedAnswer(getQuestion(field), value),
};

describe.each(Object.entries(CHECKS))("merging a wizard step (%s)", (_name, accepts) => {
  it("applies valid answers of the shown questions and leaves other steps alone", () => {
    const previous = { q17_personal_data: ["ordinary" as const] };
    const { answers, invalid } = mergeStepAnswers(
      previous,
      1,
      ["q1_ai_system", "q2_sourcing"],
      {
        q1_ai_system: "yes",
        q2_sourcing: "developed_in_house",
        q17_personal_data: ["none"],
      },
      accepts,
    );
    expect(invalid).toEqual([]);
    expect(answers).toEqual({
      q1_ai_system: "yes",
      q2_sourcing: "developed_in_house",
      q17_personal_data: ["ordinary"],
    });
  });

  it("keeps the previous answer when the new value is not one of the options", () => {
    const { answers, invalid } = mergeStepAnswers(
      { q1_ai_system: "yes" },
      1,
      ["q1_ai_system"],
      {
        q1_ai_system: "maybe",
      },
      accepts,
    );
    expect(invalid).toEqual(["q1_ai_system"]);
    expect(answers.q1_ai_system).toBe("yes");
  });

  it("rejects 'none' combined with a real option", () => {
    const { invalid } = mergeStepAnswers(
      {},
      1,
      ["q5_exclusions"],
      {
        q5_exclusions: ["none", "military_defence"],
      },
      accepts,
    );
    expect(invalid).toEqual(["q5_exclusions"]);
  });

  it("clears a shown question that came back empty (all boxes unticked)", () => {
    const { answers } = mergeStepAnswers(
      { q12_transparency: ["interacts_with_people"] },
      4,
      ["q12_transparency"],
      {},
      accepts,
    );
    expect(answers.q12_transparency).toBeUndefined();
  });

  it("does not touch a question that was not on screen", () => {
    const { answers } = mergeStepAnswers(
      { q10_decision_role: "preparatory_task" },
      3,
      ["q7_annex_i"],
      {
        q7_annex_i: "no",
      },
      accepts,
    );
    expect(answers.q10_decision_role).toBe("preparatory_task");
  });
});

describe("checking a wizard step", () => {
  it("asks for every relevant shown question that is unanswered", () => {
    const check = checkStep(1, { q1_ai_system: "yes" }, ["q1_ai_system", "q2_sourcing"], []);
    expect(check.errors).toEqual({ q2_sourcing: "required" });
  });

  it("does not ask for questions that an earlier answer made irrelevant", () => {
    const check = checkStep(
      1,
      { q1_ai_system: "no" },
      ["q1_ai_system", "q2_sourcing", "q3_use", "q4_eu_link", "q5_exclusions"],
      [],
    );
    expect(check.errors).toEqual({});
  });

  it("reports a question that became relevant but was not on screen (no JavaScript)", () => {
    const answers = { ...CV_SCREENING, q9_profiling: false, q10_decision_role: undefined };
    const check = checkStep(3, answers, ["q7_annex_i", "q8_annex_iii", "q9_profiling"], []);
    expect(check.errors).toEqual({});
    expect(check.newlyRelevant).toEqual(["q10_decision_role"]);
  });
});

describe("wizard navigation", () => {
  it("skips the steps that do not apply after a prohibited practice", () => {
    const answers = {
      ...CV_SCREENING,
      q6_prohibited_practices: ["f_emotion_recognition" as const],
    };
    expect(nextStep(2, answers)).toBe("review");
    expect(stepStates(answers).map((s) => s.state)).toEqual([
      "done",
      "done",
      "skipped",
      "skipped",
      "skipped",
    ]);
  });

  it("goes back to the previous step that applies", () => {
    expect(previousStep(5, { q1_ai_system: "no" })).toBe(1);
    expect(previousStep(1, {})).toBeNull();
  });

  it("resumes at the first step with an open question", () => {
    expect(firstOpenStep({})).toBe(1);
    expect(firstOpenStep({ ...CV_SCREENING, q13_organisation_type: undefined })).toBe(4);
    expect(firstOpenStep(CV_SCREENING)).toBeNull();
  });

  it("reads stored answers leniently, dropping what no longer parses", () => {
    expect(readStoredAnswers({ q1_ai_system: "yes", q2_sourcing: "gone", junk: 1 })).toEqual({
      q1_ai_system: "yes",
    });
    expect(readStoredAnswers(null)).toEqual({});
  });
});
