import { z } from "zod";
import type { MessageKey } from "~/lib/i18n";
import { optionalIdField } from "~/lib/params";
import { USE_CASE_STATUSES } from "./status";

/**
 * Forms of the use-case screens. Number fields arrive as text: they accept a decimal
 * comma or point ("45,50" and "45.50"), no thousands separators, and an empty field
 * means 0. Money is entered in euros and stored as integer cents.
 */

export const USE_CASE_AREAS = [
  "customer_service",
  "sales",
  "inventory",
  "reporting",
  "documents",
  "hr",
  "other",
] as const;
export type UseCaseArea = (typeof USE_CASE_AREAS)[number];

export const RATING_FIELDS = [
  "ratingValue",
  "ratingDataQuality",
  "ratingDataProtection",
  "ratingTeamReadiness",
  "ratingEffort",
] as const;
export type RatingField = (typeof RATING_FIELDS)[number];

/** Upper bounds: hours in a week; €10,000/h; €20m/year (fits the 32-bit cents column). */
export const LIMITS = {
  hoursPerWeek: 168,
  hourlyCostEur: 10_000,
  extraRevenueEur: 20_000_000,
  percent: 100,
  title: 120,
  description: 4000,
} as const;

function decimal(max: number, digits: number, message: string) {
  const pattern = new RegExp(`^\\d{1,12}(?:[.,]\\d{1,${digits}})?$`);
  return z
    .string()
    .trim()
    .max(32, { message })
    .optional()
    .transform((v) => v ?? "")
    .refine((v) => v === "" || pattern.test(v), { message })
    .transform((v) => (v === "" ? 0 : Number(v.replace(",", "."))))
    .refine((n) => Number.isFinite(n) && n >= 0 && n <= max, { message });
}

function euros(max: number, message: string) {
  return decimal(max, 2, message).transform((eur) => Math.round(eur * 100));
}

const rating = z
  .string()
  .trim()
  .regex(/^[1-5]$/, { message: "useCases.validation.rating" })
  .transform(Number);

/** What stands beside a roadmap or owner that is malformed or not the organisation's. */
export const USE_CASE_REFERENCE_MESSAGES = {
  roadmapId: "useCases.validation.roadmap",
  ownerId: "useCases.validation.owner",
} as const satisfies Record<string, MessageKey>;

export const UseCaseFormSchema = z.object({
  title: z.string().trim().min(1).max(LIMITS.title),
  area: z.enum(USE_CASE_AREAS, { message: "useCases.validation.area" }),
  description: z.string().trim().max(LIMITS.description).default(""),
  hoursSavedPerWeek: decimal(LIMITS.hoursPerWeek, 2, "useCases.validation.hours"),
  hourlyCostCents: euros(LIMITS.hourlyCostEur, "useCases.validation.money"),
  extraRevenueCents: euros(LIMITS.extraRevenueEur, "useCases.validation.money"),
  errorReductionPct: decimal(LIMITS.percent, 1, "useCases.validation.percent"),
  ratingValue: rating,
  ratingDataQuality: rating,
  ratingDataProtection: rating,
  ratingTeamReadiness: rating,
  ratingEffort: rating,
  roadmapId: optionalIdField(USE_CASE_REFERENCE_MESSAGES.roadmapId),
  ownerId: optionalIdField(USE_CASE_REFERENCE_MESSAGES.ownerId),
});
export type UseCaseFormInput = z.infer<typeof UseCaseFormSchema>;

const Version = z
  .string()
  .trim()
  .regex(/^\d{1,9}$/, { message: "useCases.validation.version" })
  .transform(Number);

export const UpdateUseCaseSchema = UseCaseFormSchema.extend({ version: Version });
export type UpdateUseCaseInput = z.infer<typeof UpdateUseCaseSchema>;

export const ChangeStatusSchema = z.object({
  status: z.enum(USE_CASE_STATUSES, { message: "useCases.validation.status" }),
  version: Version,
});

export const ArchiveSchema = z.object({ version: Version });

/** List filters from the URL: unknown values fall back to the defaults, never an error. */
export const UseCaseListQuerySchema = z.object({
  archived: z
    .enum(["0", "1"])
    .catch("0")
    .transform((v) => v === "1"),
  status: z.enum([...USE_CASE_STATUSES, "all"]).catch("all"),
});
