/* A use case's form fields as plain lists and bounds (no zod): the form shows them, schema.ts checks them. */

export const USE_CASE_AREAS = [
  "customer_service",
  "sales",
  "inventory",
  "reporting",
  "documents",
  "hr",
  "other",
] as const;

export const RATING_FIELDS = [
  "ratingValue",
  "ratingDataQuality",
  "ratingDataProtection",
  "ratingTeamReadiness",
  "ratingEffort",
] as const;

export type RatingField = (typeof RATING_FIELDS)[number];

/** Upper bounds: hours in a week; €10,000/h; €20m/year (the most a money field takes). */
export const LIMITS = {
  hoursPerWeek: 168,
  hourlyCostEur: 10_000,
  extraRevenueEur: 20_000_000,
  percent: 100,
  title: 120,
  description: 4000,
} as const;
