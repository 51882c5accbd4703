import { describe, expect, it } from "vitest";
import { fieldName, reviewSchema } from "./schema";

const A = "usecaseaaaaaaaaaaaaa";
const B = "usecasebbbbbbbbbbbbb";

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]),
  );
}

describe("the closing review's form", () => {
  it("refuses adjust and stop without a reason, beside the reason", () => {
    const result = reviewSchema([A, B], "save").safeParse({
      version: "1",
      [fieldName.decision(A)]: "adjust",
      [fieldName.decision(B)]: "stop",
      [fieldName.reason(B)]: "  ",
    });
    expect(result.success).toBe(false);
    expect(issues(result)).toEqual({
      [fieldName.reason(A)]: "reviews.errors.reasonRequired",
      [fieldName.reason(B)]: "reviews.errors.reasonRequired",
    });
  });

  it("saves a draft with undecided use cases; completing needs a decision for each", () => {
    const form = { version: "2", [fieldName.decision(A)]: "scale" };
    const draft = reviewSchema([A, B], "save").safeParse(form);
    expect(draft.success && draft.data.decisions).toEqual([
      { useCaseId: A, decision: "scale", reason: "", rolloutUnits: 1 },
    ]);
    const complete = reviewSchema([A, B], "complete").safeParse(form);
    expect(issues(complete)).toEqual({
      [fieldName.decision(B)]: "reviews.errors.decisionRequired",
    });
  });

  it("takes 1 to 100 more teams or sites for scale, and ignores the number otherwise", () => {
    const parse = (decision: string, units: string) =>
      reviewSchema([A], "complete").safeParse({
        version: "1",
        [fieldName.decision(A)]: decision,
        [fieldName.reason(A)]: "weil",
        [fieldName.units(A)]: units,
      });
    const scaled = parse("scale", "12");
    expect(scaled.success && scaled.data.decisions[0]?.rolloutUnits).toBe(12);
    expect(issues(parse("scale", "0"))).toEqual({
      [fieldName.units(A)]: "reviews.errors.rolloutUnits",
    });
    expect(issues(parse("scale", "101"))).toEqual({
      [fieldName.units(A)]: "reviews.errors.rolloutUnits",
    });
    const adjusted = parse("adjust", "5");
    expect(adjusted.success && adjusted.data.decisions[0]?.rolloutUnits).toBe(1);
  });

  it("ignores decisions for use cases the roadmap does not have", () => {
    const result = reviewSchema([A], "save").safeParse({
      version: "1",
      summary: "  Kurz  ",
      [fieldName.decision(B)]: "stop",
    });
    expect(result.success && result.data).toEqual({ summary: "Kurz", version: 1, decisions: [] });
  });
});
