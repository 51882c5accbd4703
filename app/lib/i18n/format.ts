import { format as formatDateFns, parseISO } from "date-fns";
import { de as deLocale, enGB } from "date-fns/locale";
import type { Locale } from "./core";

// English users of a German product are mostly in Europe: British date order.
const dateLocales = { de: deLocale, en: enGB } as const;
const intlTags: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

export type DateStyle = "short" | "medium" | "long" | "weekday" | "dayMonth";
const patterns: Record<DateStyle, string> = {
  short: "P",
  medium: "PP",
  long: "PPP",
  weekday: "EEE, P",
  dayMonth: "d. MMM",
};

/** Formats a calendar date ("YYYY-MM-DD") or a Date in the user's locale. */
export function formatDate(
  value: string | Date,
  locale: Locale,
  style: DateStyle = "medium",
): string {
  const date = typeof value === "string" ? parseISO(value) : value;
  const pattern = style === "dayMonth" && locale === "en" ? "d MMM" : patterns[style];
  return formatDateFns(date, pattern, { locale: dateLocales[locale] });
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(intlTags[locale], options).format(value);
}

// Formatters are costly to create and cheap to use: keep one per locale and style.
const formatters = new Map<string, Intl.NumberFormat>();
function cached(key: string, create: () => Intl.NumberFormat) {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter;
}

export function formatPercent(value: number, locale: Locale) {
  return cached(
    `percent:${locale}`,
    () => new Intl.NumberFormat(intlTags[locale], { style: "percent", maximumFractionDigits: 0 }),
  ).format(value / 100);
}

export function formatCents(cents: number, locale: Locale, currency = "EUR") {
  return cached(
    `currency:${locale}:${currency}`,
    () => new Intl.NumberFormat(intlTags[locale], { style: "currency", currency }),
  ).format(cents / 100);
}
