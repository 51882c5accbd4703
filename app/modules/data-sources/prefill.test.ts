import { describe, expect, it } from "vitest";
import { getQuestion, isRelevantField } from "../assessments/questions";
import { GDPR_STEP, PREFILL_FIELDS, prefillGdprAnswers, suggestGdprAnswers } from "./prefill";
import type { PrefillSource } from "./prefill";

const tickets: PrefillSource = { kind: "customer", personalData: "ordinary", sentToVendor: true };
const faq: PrefillSource = { kind: "public", personalData: "none", sentToVendor: true };
const sickNotes: PrefillSource = { kind: "employee", personalData: "special", sentToVendor: false };

it("pre-fills only questions of the GDPR step", () => {
  for (const field of PREFILL_FIELDS) expect(getQuestion(field).step).toBe(GDPR_STEP);
});

describe("suggestGdprAnswers", () => {
  it("suggests nothing without data sources", () => {
    expect(suggestGdprAnswers([])).toEqual({});
  });

  it("says 'no personal data' only when no source holds any", () => {
    expect(suggestGdprAnswers([faq, { ...faq, kind: "machine" }])).toEqual({
      q17_personal_data: ["none"],
    });
  });

  it("maps ordinary, special categories and employees' data, in question order", () => {
    expect(suggestGdprAnswers([sickNotes, tickets, faq])).toEqual({
      q17_personal_data: ["ordinary", "special_category", "employees"],
      q20a_vendor_personal_data: true,
    });
  });

  it("says the vendor processes personal data only when a personal-data source goes there", () => {
    expect(suggestGdprAnswers([sickNotes, faq]).q20a_vendor_personal_data).toBeUndefined();
    expect(suggestGdprAnswers([{ ...sickNotes, sentToVendor: true }])).toEqual({
      q17_personal_data: ["special_category", "employees"],
      q20a_vendor_personal_data: true,
    });
  });
});

describe("prefillGdprAnswers", () => {
  it("fills empty questions and says so", () => {
    const result = prefillGdprAnswers({ q1_ai_system: "yes" }, [sickNotes]);
    expect(result.answers).toEqual({
      q1_ai_system: "yes",
      q17_personal_data: ["special_category", "employees"],
    });
    expect(result.notes).toEqual([{ field: "q17_personal_data", kind: "prefilled" }]);
  });

  it("never overwrites a given answer, but flags one that lacks what the sources name", () => {
    const answers = {
      q17_personal_data: ["ordinary" as const],
      q20a_vendor_personal_data: false,
    };
    const result = prefillGdprAnswers(answers, [tickets, sickNotes]);
    expect(result.answers).toEqual(answers);
    expect(result.notes).toEqual([
      { field: "q17_personal_data", kind: "differs", missing: ["special_category", "employees"] },
      { field: "q20a_vendor_personal_data", kind: "differs" },
    ]);
  });

  it("does not flag an answer that names more than the sources", () => {
    const answers = { q17_personal_data: ["ordinary" as const, "children" as const] };
    expect(prefillGdprAnswers(answers, [tickets]).notes).toEqual([
      { field: "q20a_vendor_personal_data", kind: "prefilled" },
    ]);
    // "none" from the sources never contradicts an answer that knows of personal data.
    expect(prefillGdprAnswers(answers, [faq]).notes).toEqual([]);
  });

  it("treats an empty selection as unanswered", () => {
    const result = prefillGdprAnswers({ q17_personal_data: [] }, [tickets]);
    expect(result.answers.q17_personal_data).toEqual(["ordinary"]);
  });

  it("makes the follow-up vendor questions relevant, as a typed answer would", () => {
    const { answers } = prefillGdprAnswers({}, [tickets]);
    expect(isRelevantField("q20a_vendor_personal_data", answers)).toBe(true);
    expect(isRelevantField("q20b_vendor_training", answers)).toBe(true);
  });
});
