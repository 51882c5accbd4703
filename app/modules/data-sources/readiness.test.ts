import { describe, expect, it } from "vitest";
import { isFullyChecked, missingAspects, summariseDataReadiness } from "./readiness";
import type { SourceFacts } from "./readiness";

const ALL = ["completeness", "accuracy", "timeliness", "representativeness"];

function source(overrides: Partial<SourceFacts> = {}): SourceFacts {
  return {
    id: overrides.name ?? "s1",
    name: "Ticketsystem",
    kind: "customer",
    personalData: "none",
    legalBasis: null,
    sentToVendor: false,
    checkedAspects: ALL,
    ...overrides,
  };
}

describe("missingAspects", () => {
  it("lists the unchecked aspects in display order and ignores unknown ones", () => {
    expect(missingAspects(["timeliness", "bogus", "timeliness"])).toEqual([
      "completeness",
      "accuracy",
      "representativeness",
    ]);
    expect(isFullyChecked(ALL)).toBe(true);
    expect(isFullyChecked(ALL.slice(1))).toBe(false);
  });
});

describe("summariseDataReadiness", () => {
  it("says when nothing is recorded yet", () => {
    expect(summariseDataReadiness([])).toEqual({
      sources: 0,
      fullyChecked: 0,
      openChecks: 0,
      openQuestions: [],
      state: "no_sources",
    });
  });

  it("counts fully checked sources and the checks still missing", () => {
    const summary = summariseDataReadiness([
      source({ name: "Tickets" }),
      source({ name: "FAQ", checkedAspects: ["completeness", "accuracy"] }),
      source({ name: "Handbuch", checkedAspects: [] }),
    ]);
    expect(summary).toMatchObject({
      sources: 3,
      fullyChecked: 1,
      openChecks: 6,
      state: "checks_open",
    });
  });

  it("is ready when every source is checked and no personal-data question is open", () => {
    const summary = summariseDataReadiness([
      source({ personalData: "ordinary", legalBasis: "b", sentToVendor: true }),
      source({ name: "FAQ", kind: "public" }),
    ]);
    expect(summary.state).toBe("ready");
    expect(summary.openQuestions).toEqual([]);
  });

  it("asks for the legal basis of personal data, more urgently when it goes to the vendor", () => {
    const summary = summariseDataReadiness([
      source({ id: "a", name: "Anfragen", personalData: "ordinary", legalBasis: null }),
      source({ id: "b", name: "Bewerbungen", personalData: "ordinary", sentToVendor: true }),
      // No personal data: a missing legal basis is no question at all.
      source({ id: "c", name: "Maschinendaten", kind: "machine", personalData: "none" }),
    ]);
    expect(summary.openQuestions).toEqual([
      { code: "vendor_without_legal_basis", sourceId: "b", sourceName: "Bewerbungen" },
      { code: "no_legal_basis", sourceId: "a", sourceName: "Anfragen" },
    ]);
    expect(summary.state).toBe("questions_open");
  });

  it("keeps special categories open even with a legal basis (Art. 9(2) is a legal judgement)", () => {
    const summary = summariseDataReadiness([
      source({ id: "k", name: "Krankmeldungen", personalData: "special", legalBasis: "c" }),
      source({ id: "g", name: "Gesundheitsdaten", personalData: "special", legalBasis: null }),
    ]);
    expect(summary.openQuestions.map((q) => [q.code, q.sourceName])).toEqual([
      ["no_legal_basis", "Gesundheitsdaten"],
      ["special_category", "Gesundheitsdaten"],
      ["special_category", "Krankmeldungen"],
    ]);
  });

  it("reports open checks before open questions", () => {
    const summary = summariseDataReadiness([
      source({ personalData: "special", legalBasis: "a", checkedAspects: ["accuracy"] }),
    ]);
    expect(summary.state).toBe("checks_open");
    expect(summary.openQuestions).toHaveLength(1);
  });
});
