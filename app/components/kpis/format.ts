import { formatNumber } from "~/lib/i18n";
import type { Locale } from "~/lib/i18n";

const KPI_NUMBER: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };

/** A KPI value in the user's locale with its unit: "12,5 Min.", "4.2 of 5". */
export function formatKpiValue(value: number, unit: string, locale: Locale): string {
  const number = formatNumber(value, locale, KPI_NUMBER);
  return unit ? `${number}\u00a0${unit}` : number;
}
