import { describe, expect, it } from "vitest";
import {
  AI_ACT_EUR_LEX,
  APPLICATION_DATE_LIST,
  APPLICATION_DATES,
  fineFor,
  GDPR_EUR_LEX,
  maxFineEur,
  OBLIGATIONS,
  obligationAppliesFrom,
  PROHIBITED_PRACTICES,
  RULESET_VERSION,
} from "./ruleset";

describe("ruleset data", () => {
  it("is versioned", () => {
    expect(RULESET_VERSION).toMatch(/^\d{4}-\d{2}-[a-z]+\.\d+$/);
  });

  it("has the spec's application dates, each with an article and both languages", () => {
    expect(APPLICATION_DATE_LIST.map((d) => d.date)).toEqual([
      "2018-05-25",
      "2025-02-02",
      "2025-08-02",
      "2026-08-02",
      "2026-12-02",
      "2026-12-02",
      "2027-12-02",
      "2028-08-02",
    ]);
    for (const d of APPLICATION_DATE_LIST) {
      expect(d.article && d.description.de && d.description.en, d.key).toBeTruthy();
    }
  });

  it("has unique obligation codes with text, a phase and a EUR-Lex link to the article", () => {
    expect(new Set(OBLIGATIONS.map((o) => o.code)).size).toBe(OBLIGATIONS.length);
    for (const o of OBLIGATIONS) {
      expect(o.title.de && o.title.en && o.explanation.de && o.explanation.en, o.code).toBeTruthy();
      const base = o.group === "gdpr" ? GDPR_EUR_LEX : AI_ACT_EUR_LEX;
      expect(o.eurLexUrl, o.code).toMatch(new RegExp(`^${base}#art_\\d+$`));
      expect(o.article, o.code).toMatch(o.group === "gdpr" ? /GDPR$/ : /AI Act/);
    }
  });

  it("takes every date of an obligation from the date table", () => {
    const known = new Set<string>(Object.values(APPLICATION_DATES).map((d) => d.date));
    for (const o of OBLIGATIONS) {
      if (o.appliesFrom !== null) expect(known.has(o.appliesFrom), o.code).toBe(true);
    }
  });

  it("dates high-risk duties by basis: Annex III 2027-12-02, Annex I 2028-08-02", () => {
    expect(obligationAppliesFrom("deployer-art26-human-oversight", "annex_iii")).toBe("2027-12-02");
    expect(obligationAppliesFrom("hr-provider-art48-ce-marking", "annex_i")).toBe("2028-08-02");
    expect(obligationAppliesFrom("art4-literacy", "annex_i")).toBe("2025-02-02");
  });

  it("suggests the roadmap phases the product describes", () => {
    const phase = (code: string) => OBLIGATIONS.find((o) => o.code === code)?.suggestedPhase;
    expect(phase("art4-literacy")).toBe("scale");
    expect(phase("gdpr-art28-dpa")).toBe("analysis");
    expect(phase("deployer-art26-human-oversight")).toBe("pilot");
  });

  it("dates the new intimate-imagery prohibition later than the other prohibitions", () => {
    expect(PROHIBITED_PRACTICES.i_intimate_imagery.appliesFrom).toBe("2026-12-02");
    expect(PROHIBITED_PRACTICES.a_manipulation.appliesFrom).toBe("2025-02-02");
  });
});

describe("fines (Art 99)", () => {
  it("has the three tiers of the spec", () => {
    expect(fineFor("prohibited_practice", "large")).toMatchObject({
      maxAmountEur: 35e6,
      maxTurnoverPercent: 7,
    });
    expect(fineFor("other_obligation", "large")).toMatchObject({
      maxAmountEur: 15e6,
      maxTurnoverPercent: 3,
    });
    expect(fineFor("misleading_information", "large")).toMatchObject({
      maxAmountEur: 7.5e6,
      maxTurnoverPercent: 1,
    });
  });

  it("caps SMEs at the lower of the two amounts and everyone else at the higher", () => {
    const turnover = 100_000_000; // 3 % = €3m, below the €15m amount
    expect(maxFineEur(fineFor("other_obligation", "medium"), turnover)).toBe(3_000_000);
    expect(maxFineEur(fineFor("other_obligation", "large"), turnover)).toBe(15_000_000);
    expect(fineFor("other_obligation", undefined)).toMatchObject({
      cap: "higher_of",
      sizeKnown: false,
    });
  });
});
