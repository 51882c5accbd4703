// The KPI form's choices, without zod, so components can import them cheaply.
export const KPI_CATEGORIES = ["efficiency", "cost", "quality", "satisfaction", "revenue"] as const;
export type KpiCategory = (typeof KPI_CATEGORIES)[number];

export const KPI_DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;

/** Where values come from: typed in, or derived from a use case's oversight log. */
export const KPI_SOURCES = [
  "manual",
  "oversight_correction_rate",
  "oversight_approval_rate",
] as const;
export type KpiSource = (typeof KPI_SOURCES)[number];

export const KPI_LIMITS = {
  name: 120,
  unit: 20,
  note: 500,
  /** Values far beyond any business KPI are typos, not measurements. */
  absValue: 1e12,
} as const;

/** What a KPI's values may be (see value-rules.ts). */
export const KPI_VALUE_KINDS = ["percent", "non_negative", "any"] as const;
export type KpiValueKind = (typeof KPI_VALUE_KINDS)[number];
