import { describe, expect, it } from "vitest";
import { NextRoadmapSchema } from "./next-roadmap-schema";

const valid = { startDate: "2027-02-06", lengthDays: "90", title: "Skalierung: Angebote" };

/** The fields a parse refuses, as the form shows them beside each field. */
function refused(form: Record<string, string>) {
  const result = NextRoadmapSchema.safeParse(form);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => String(i.path[0])))];
}

describe("the next roadmap's form", () => {
  it("takes the method's 90 days, or no length at all (the default)", () => {
    expect(NextRoadmapSchema.parse(valid).lengthDays).toBe(90);
    expect(NextRoadmapSchema.parse({ ...valid, lengthDays: "" }).lengthDays).toBeNull();
  });

  it.each(["0", "1000", "-90", "90.5", "neunzig"])(
    "refuses a length of %s days beside the length",
    (lengthDays) => {
      expect(refused({ ...valid, lengthDays })).toEqual(["lengthDays"]);
    },
  );

  it("refuses a missing or malformed start date and a missing title beside the fields", () => {
    expect(refused({ ...valid, startDate: "" })).toEqual(["startDate"]);
    expect(refused({ ...valid, startDate: "06.02.2027" })).toEqual(["startDate"]);
    expect(refused({ ...valid, title: "  " })).toEqual(["title"]);
  });
});
