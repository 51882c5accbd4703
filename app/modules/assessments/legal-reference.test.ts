import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { de } from "~/lib/i18n/messages/de";
import * as literacyCatalogue from "../literacy/catalogue-defaults";
import * as template from "../roadmaps/template";
import { legalReference } from "./legal-reference";
import * as questions from "./questions";
import * as ruleTexts from "./rule-texts";
import * as ruleset from "./ruleset";

describe("legalReference", () => {
  it("cites the way German lawyers do", () => {
    const cases: [string, string][] = [
      ["Art. 6(1) and Annex I AI Act", "Art. 6 Abs. 1 und Anhang I KI-VO"],
      ["Art. 28 GDPR", "Art. 28 DSGVO"],
      ["Art. 3(39) AI Act", "Art. 3 Nr. 39 KI-VO"],
      ["Art. 5(1)(f) AI Act", "Art. 5 Abs. 1 Buchst. f KI-VO"],
      ["Art. 16(b) AI Act", "Art. 16 Buchst. b KI-VO"],
      ["Art. 99(3)–(5) AI Act", "Art. 99 Abs. 3 bis 5 KI-VO"],
      ["Art. 3(9)–(11) AI Act", "Art. 3 Nr. 9 bis 11 KI-VO"],
      ["Art. 44–46 GDPR", "Art. 44 bis 46 DSGVO"],
      ["Art. 99(6), 62, 63 AI Act", "Art. 99 Abs. 6, Art. 62, 63 KI-VO"],
      ["Art. 4(7), 26 and 28 GDPR", "Art. 4 Nr. 7, Art. 26 und 28 DSGVO"],
      ["Art. 11 and Annex IV AI Act", "Art. 11 und Anhang IV KI-VO"],
      ["Art. 6(3) AI Act, Art. 4(4) GDPR", "Art. 6 Abs. 3 KI-VO, Art. 4 Nr. 4 DSGVO"],
      ["Art. 35 GDPR; WP248", "Art. 35 DSGVO; WP248"],
      [
        "Art. 17 AI Act (Art. 63 for microenterprises)",
        "Art. 17 KI-VO (für Kleinstunternehmen Art. 63 KI-VO)",
      ],
      [
        "Art. 113 AI Act as amended by the Digital Omnibus on AI",
        "Art. 113 KI-VO in der Fassung des Digital-Omnibus zur KI",
      ],
    ];
    for (const [en, de] of cases) {
      expect(legalReference(en, "de"), en).toBe(de);
      expect(legalReference(en, "en")).toBe(en);
    }
  });

  it("leaves nothing English in any reference of the ruleset and the questionnaire", () => {
    const sources = ["ruleset.ts", "question-texts.ts"].map((file) =>
      readFileSync(new URL(`./${file}`, import.meta.url), "utf8"),
    );
    const references = sources.flatMap((source) =>
      [...source.matchAll(/(?:article|Article): "([^"]+)"/g)].map((m) => m[1]!),
    );
    expect(references.length).toBeGreaterThan(80);
    for (const reference of references) {
      expect(legalReference(reference, "de"), reference).not.toMatch(
        /AI Act|GDPR|Annex|\band\b|\(\d|\([a-z]\)|–|\bfor\b/,
      );
    }
  });
});

/** Every German text in a tree: the values of `de` keys, or all strings of a German catalogue. */
function germanTexts(value: unknown, isGerman: boolean, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (isGerman) out.push(value);
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value))
      germanTexts(child, isGerman || key === "de", out);
  }
  return out;
}

describe("German texts", () => {
  it("cite the law the German way, and name it", () => {
    const texts = [
      ...germanTexts([ruleset, ruleTexts, questions, template, literacyCatalogue], false),
      ...germanTexts(de, true),
    ];
    expect(texts.length).toBeGreaterThan(1000);
    // English style, or an article without its law ("Art. 50)" instead of "Art. 50 KI-VO)").
    const english = /\bArt\.? ?\d+ ?\(|\bAnnex\b|\bGDPR\b|\bAI Act\b|\blit\. /;
    const unnamed = /\bArt\. \d+(?!\d| (?:Abs\.|Nr\.|Buchst\.|bis|und|KI-VO|DSGVO|der )|,)/;
    const offenders = texts.filter((text) => english.test(text) || unnamed.test(text));
    expect(offenders).toEqual([]);
  });
});
