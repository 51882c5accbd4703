import type { Locale } from "~/lib/i18n";

const intlTags: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

// Creating an Intl.NumberFormat costs far more than using one; KPI pages format
// hundreds of values per render, so one formatter per locale is kept.
const formatters = new Map<Locale, Intl.NumberFormat>();
function formatter(locale: Locale) {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(intlTags[locale], { maximumFractionDigits: 2 });
    formatters.set(locale, f);
  }
  return f;
}

/** A KPI value in the user's locale with its unit: "12,5 Min.", "4.2 of 5". */
export function formatKpiValue(value: number, unit: string, locale: Locale): string {
  const number = formatter(locale).format(value);
  return unit ? `${number}\u00a0${unit}` : number;
}
