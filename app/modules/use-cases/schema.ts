import { z } from "zod";
import {
  choice,
  count,
  money,
  multilineText,
  optionalDecimal,
  optionalId,
  optionalPercent,
  text,
  version,
} from "~/lib/fields";
import type { MessageKey } from "~/lib/i18n";
import { USE_CASE_STATUSES } from "./status";
import { LIMITS, RATING_FIELDS, USE_CASE_AREAS } from "./fields";
import type { RatingField } from "./fields";
export { LIMITS, RATING_FIELDS, USE_CASE_AREAS };
export type { RatingField };

/**
 * Forms of the use-case screens, from the shared field vocabulary. Number fields accept
 * a decimal comma or point ("45,50" and "45.50"), and an empty number field means 0.
 * Money is entered in euros and stored as integer cents.
 */

export type UseCaseArea = (typeof USE_CASE_AREAS)[number];

const rating = count({ min: 1, max: 5, message: "useCases.validation.rating" });

/** What stands beside a roadmap or owner that is malformed or not the organisation's. */
export const USE_CASE_REFERENCE_MESSAGES = {
  roadmapId: "useCases.validation.roadmap",
  ownerId: "useCases.validation.owner",
} as const satisfies Record<string, MessageKey>;

export const UseCaseFormSchema = z.object({
  title: text({ max: LIMITS.title }),
  area: choice(USE_CASE_AREAS, { message: "useCases.validation.area" }),
  description: multilineText({ max: LIMITS.description, optional: true }),
  hoursSavedPerWeek: optionalDecimal({
    min: 0,
    max: LIMITS.hoursPerWeek,
    fractionDigits: 2,
    message: "useCases.validation.hours",
  }).transform((hours) => hours ?? 0),
  hourlyCostCents: money({ maxEuros: LIMITS.hourlyCostEur }),
  extraRevenueCents: money({ maxEuros: LIMITS.extraRevenueEur }),
  errorReductionPct: optionalPercent({ max: LIMITS.percent, fractionDigits: 1 }).transform(
    (pct) => pct ?? 0,
  ),
  ratingValue: rating,
  ratingDataQuality: rating,
  ratingDataProtection: rating,
  ratingTeamReadiness: rating,
  ratingEffort: rating,
  roadmapId: optionalId({ message: USE_CASE_REFERENCE_MESSAGES.roadmapId }),
  ownerId: optionalId({ message: USE_CASE_REFERENCE_MESSAGES.ownerId }),
});
export type UseCaseFormInput = z.infer<typeof UseCaseFormSchema>;

export const UpdateUseCaseSchema = UseCaseFormSchema.extend({ version: version() });
export type UpdateUseCaseInput = z.infer<typeof UpdateUseCaseSchema>;

export const ChangeStatusSchema = z.object({
  status: choice(USE_CASE_STATUSES, { message: "useCases.validation.status" }),
  version: version(),
});

export const ArchiveSchema = z.object({ version: version() });

/** List filters from the URL: unknown values fall back to the defaults, never an error. */
export const UseCaseListQuerySchema = z.object({
  archived: z
    .enum(["0", "1"])
    .catch("0")
    .transform((v) => v === "1"),
  status: z.enum([...USE_CASE_STATUSES, "all"]).catch("all"),
});
