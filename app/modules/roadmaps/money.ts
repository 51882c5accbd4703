/** The largest amount a budget line accepts: 100 million euros, far above any SME pilot. */
export const MAX_CENTS = 10_000_000_000;

/**
 * Parses an amount typed in euros into integer cents, or null when it is not one.
 * People type "1.234,56", "1234,5", "1 234 €", "1,234.56" or "1234": the last
 * separator followed by one or two digits is the decimal mark; other dots, commas,
 * spaces and the euro sign are grouping and decoration. Negative amounts are refused.
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
  if (!Number.isSafeInteger(total) || total > MAX_CENTS) return null;
  return total;
}

/** Cents as a plain editable amount ("1234,56" / "1234.56"), without grouping. */
export function centsToInput(cents: number, locale: "de" | "en"): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  if (rest === 0) return String(euros);
  return `${euros}${locale === "de" ? "," : "."}${String(rest).padStart(2, "0")}`;
}
