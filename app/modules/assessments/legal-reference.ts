import type { Locale } from "~/lib/i18n";

/*
 * Legal references as a reader of each language expects them. The ruleset stores them
 * the English way ("Art. 6(1) and Annex I AI Act"), which is also what the EUR-Lex
 * links are built from; a German reader sees them the way German lawyers cite:
 *
 *   Art. 6(1) and Annex I AI Act   → Art. 6 Abs. 1 und Anhang I KI-VO
 *   Art. 5(1)(f) AI Act            → Art. 5 Abs. 1 Buchst. f KI-VO
 *   Art. 3(39) AI Act              → Art. 3 Nr. 39 KI-VO  (definitions are numbered points)
 *   Art. 99(3)–(5) AI Act          → Art. 99 Abs. 3 bis 5 KI-VO
 *   Art. 28 GDPR                   → Art. 28 DSGVO
 *
 * The same style is used in every German text of the app: "Abs." for paragraphs,
 * "Nr." for points of a definitions article and of an annex, "Buchst." for lettered
 * points, and the law named after the reference (KI-VO, DSGVO).
 */

const LAWS = { "AI Act": "KI-VO", GDPR: "DSGVO" } as const;
type Law = keyof typeof LAWS;

/** The articles whose numbered points are definitions: Art. 3 AI Act, Art. 4 GDPR. */
const DEFINITIONS: Record<Law, string> = { "AI Act": "3", GDPR: "4" };

/** Remarks after a reference, in German. */
const REMARKS: readonly [string, string][] = [
  [" (inserted by the Digital Omnibus on AI)", " (eingefügt durch den Digital-Omnibus zur KI)"],
  [" (transition under the Digital Omnibus on AI)", " (Übergangsregel des Digital-Omnibus zur KI)"],
  [" as amended by the Digital Omnibus on AI", " in der Fassung des Digital-Omnibus zur KI"],
  [" (Art. 63 for microenterprises)", " (für Kleinstunternehmen Art. 63 KI-VO)"],
];

const PART = String.raw`\((?:\d+|[a-z])\)`;
const ITEM = String.raw`(?:Annex [IVX]+|\d+(?:–\d+)?(?:${PART})*(?:–${PART})?)`;
const CITATION = new RegExp(String.raw`Art\. (${ITEM}(?:(?:, | and )${ITEM})*) (AI Act|GDPR)`, "g");

function germanItem(item: string, law: Law): { text: string; hasParts: boolean } {
  const annex = /^Annex ([IVX]+)$/.exec(item);
  if (annex) return { text: `Anhang ${annex[1]}`, hasParts: false };
  const [, article = "", range, parts = "", partRange] =
    /^(\d+)(?:–(\d+))?((?:\((?:\d+|[a-z])\))*)(?:–\((\d+|[a-z])\))?$/.exec(item) ?? [];
  let text = range ? `${article} bis ${range}` : article;
  let numbered = 0;
  for (const [, part = ""] of parts.matchAll(/\((\d+|[a-z])\)/g)) {
    if (/^[a-z]$/.test(part)) text += ` Buchst. ${part}`;
    else
      text += `${article === DEFINITIONS[law] ? " Nr." : numbered > 0 ? " UAbs." : " Abs."} ${part}`;
    numbered += /^\d+$/.test(part) ? 1 : 0;
  }
  if (partRange) text += ` bis ${partRange}`;
  return { text, hasParts: parts !== "" };
}

function germanCitation(items: string, law: Law): string {
  let text = "Art.";
  let previousHasParts = false;
  for (const [, separator = "", item = ""] of `, ${items}`.matchAll(
    new RegExp(String.raw`(, | and )(${ITEM})`, "g"),
  )) {
    const german = germanItem(item, law);
    const isFirst = text === "Art.";
    const joint = isFirst ? " " : separator === " and " ? " und " : ", ";
    // "Art. 99 Abs. 6, Art. 62, 63": after a paragraph, a bare number would read as one too.
    const repeat = !isFirst && previousHasParts && !item.startsWith("Annex") ? "Art. " : "";
    text += `${joint}${repeat}${german.text}`;
    previousHasParts = german.hasParts;
  }
  return `${text} ${LAWS[law]}`;
}

/** A stored reference ("Art. 6(1) and Annex I AI Act") in the reader's language. */
export function legalReference(reference: string, locale: Locale): string {
  if (locale === "en") return reference;
  let text = reference;
  for (const [en, de] of REMARKS) text = text.replace(en, de);
  return text.replace(CITATION, (_match, items: string, law: Law) => germanCitation(items, law));
}
