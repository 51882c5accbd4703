// Numbers as people type them into forms, German and English alike, and back into an
// editable text. Pure; the form fields built on them are in fields.ts.

/**
 * KPI values are typed by hand, by German and English users alike: "12,5", "12.5",
 * "1.234,5", "1,234.5", "-3" and "−3" (the typographic minus) all mean what they say.
 *
 * Rule: spaces are ignored; when both "." and "," occur, the last one is the decimal
 * mark and the other groups thousands; when only one kind occurs once, it is the
 * decimal mark ("12,5" = 12.5, "12.5" = 12.5); when it occurs several times it groups
 * thousands ("1.234.567"). Anything else is not a number (null).
 */
export function parseDecimal(input: string): number | null {
  let text = input.replace(/[\s\u00a0\u202f]/g, "").replace(/^\u2212/, "-");
  if (text === "") return null;
  let sign = 1;
  if (text.startsWith("-") || text.startsWith("+")) {
    sign = text.startsWith("-") ? -1 : 1;
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalMark = lastDot > lastComma ? "." : ",";
    const grouping = decimalMark === "." ? "," : ".";
    const [whole = "", fraction = ""] = text.split(decimalMark);
    if (text.split(decimalMark).length > 2 || fraction.includes(grouping)) return null;
    if (!isGrouped(whole, grouping)) return null;
    normalised = `${whole.split(grouping).join("")}.${fraction}`;
  } else {
    const mark = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
    if (mark === null) normalised = text;
    else {
      const parts = text.split(mark);
      if (parts.length === 2) normalised = `${parts[0]}.${parts[1]}`;
      else if (isGrouped(text, mark)) normalised = parts.join("");
      else return null;
    }
  }
  if (!/^\d*\.?\d*$/.test(normalised) || normalised === ".") return null;
  const value = sign * Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** "1.234.567" groups correctly; "12.34.5" does not. */
function isGrouped(text: string, separator: string): boolean {
  const escaped = separator === "." ? "\\." : separator;
  return new RegExp(`^\\d{1,3}(${escaped}\\d{3})*$`).test(text);
}

/** A number as a plain editable value in the user's language ("12,5" / "12.5"), no grouping. */
export function numberToInput(value: number, locale: "de" | "en"): string {
  const text = String(Number(value.toPrecision(12)));
  return locale === "de" ? text.replace(".", ",") : text;
}

/**
 * Parses an amount typed in euros into integer cents, or null when it is not one.
 * People type "1.234,56", "1234,5", "1 234 €", "1,234.56" or "1234": the last
 * separator followed by one or two digits is the decimal mark; other dots, commas,
 * spaces and the euro sign are grouping and decoration. Negative amounts are refused;
 * how large an amount may be is the field's rule (money() in fields.ts).
 */
export function parseEuroToCents(input: string): number | null {
  const cleaned = input.replace(/[\s\u00a0\u202f€]/g, "").replace(/^EUR|EUR$/i, "");
  if (cleaned === "" || !/^[\d.,]+$/.test(cleaned)) return null;
  const decimal = /[.,](\d{1,2})$/.exec(cleaned);
  const integerPart = decimal ? cleaned.slice(0, decimal.index) : cleaned;
  // Grouping separators come in threes: "1.234.567" yes, "12.34.5" no.
  if (integerPart !== "" && !/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(integerPart)) return null;
  const euros = Number(integerPart.replace(/[.,]/g, "") || "0");
  const cents = decimal ? Number(decimal[1]!.padEnd(2, "0")) : 0;
  const total = euros * 100 + cents;
  if (!Number.isSafeInteger(total)) return null;
  return total;
}

/** Cents as a plain editable amount ("1234,56" / "1234.56"), without grouping. */
export function centsToInput(cents: number, locale: "de" | "en"): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  if (rest === 0) return String(euros);
  return `${euros}${locale === "de" ? "," : "."}${String(rest).padStart(2, "0")}`;
}
