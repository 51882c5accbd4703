import { z } from "zod";
import type { MessageKey } from "~/lib/i18n";
import { IdParamSchema, optionalIdField } from "~/lib/params";
import { isIsoDate } from "../calendar/dates";
import { KPI_CATEGORIES, KPI_DIRECTIONS, KPI_LIMITS, KPI_SOURCES } from "./fields";
import { parseDecimal } from "./numbers";

/**
 * The KPI forms. Every field arrives as text; numbers accept a decimal comma or point
 * (see parseDecimal), dates come from <input type="date"> as "YYYY-MM-DD".
 * Message keys ("kpis.errors.…") are translated by parseForm.
 */

const decimal = z
  .string()
  .trim()
  .min(1)
  .max(40, { message: "kpis.errors.number" })
  .transform((text, ctx) => {
    const value = parseDecimal(text);
    if (value === null || Math.abs(value) > KPI_LIMITS.absValue) {
      ctx.addIssue({ code: "custom", message: "kpis.errors.number" });
      return z.NEVER;
    }
    return value;
  });

const isoDate = z
  .string()
  .trim()
  .min(1)
  .refine((v) => isIsoDate(v), { message: "kpis.errors.date" });

const optionalId = optionalIdField("kpis.errors.choice");

/** What stands beside a roadmap, owner or use case that is not the organisation's. */
export const KPI_REFERENCE_MESSAGES = {
  roadmapId: "kpis.errors.reference",
  ownerId: "kpis.errors.reference",
  useCaseId: "kpis.errors.reference",
} as const satisfies Record<string, MessageKey>;
export type KpiReferenceField = keyof typeof KPI_REFERENCE_MESSAGES;

const KpiFields = z.object({
  name: z.string().trim().min(1).max(KPI_LIMITS.name),
  category: z.enum(KPI_CATEGORIES, { message: "kpis.errors.choice" }),
  unit: z.string().trim().max(KPI_LIMITS.unit).default(""),
  direction: z.enum(KPI_DIRECTIONS, { message: "kpis.errors.choice" }),
  baseline: decimal,
  target: decimal,
  baselineDate: isoDate,
  targetDate: isoDate,
  roadmapId: optionalId,
  ownerId: optionalId,
  useCaseId: optionalId,
  // Absent: manual on creation, unchanged on an edit.
  source: z.enum(KPI_SOURCES, { message: "kpis.errors.choice" }).optional(),
});

/**
 * Cross-field rules: the line must run forwards in time and towards the better side;
 * a KPI derived from an oversight log needs the use case whose log it reads.
 */
function checkLine<T extends z.infer<typeof KpiFields>>(kpi: T, ctx: z.RefinementCtx) {
  if (kpi.targetDate <= kpi.baselineDate) {
    ctx.addIssue({ code: "custom", path: ["targetDate"], message: "kpis.errors.targetDate" });
  }
  const consistent =
    kpi.direction === "higher_is_better" ? kpi.target >= kpi.baseline : kpi.target <= kpi.baseline;
  if (!consistent) {
    ctx.addIssue({
      code: "custom",
      path: ["target"],
      message:
        kpi.direction === "higher_is_better"
          ? "kpis.errors.targetBelowBaseline"
          : "kpis.errors.targetAboveBaseline",
    });
  }
  if (kpi.source && kpi.source !== "manual" && !kpi.useCaseId) {
    ctx.addIssue({ code: "custom", path: ["useCaseId"], message: "oversight.kpi.needsUseCase" });
  }
}

export const CreateKpiSchema = KpiFields.superRefine(checkLine);
export type CreateKpiInput = z.infer<typeof CreateKpiSchema>;

export const UpdateKpiSchema = KpiFields.extend({
  version: z.coerce.number().int().positive(),
}).superRefine(checkLine);
export type UpdateKpiInput = z.infer<typeof UpdateKpiSchema>;

export const MeasurementSchema = z.object({
  value: decimal,
  date: isoDate,
  note: z.string().trim().max(KPI_LIMITS.note).default(""),
});
export type MeasurementInput = z.infer<typeof MeasurementSchema>;

export const MeasurementIdSchema = z.object({ measurementId: IdParamSchema });

export const KPI_INTENTS = [
  "record",
  "update-measurement",
  "delete-measurement",
  "archive",
  "restore",
] as const;
export const IntentSchema = z.object({ intent: z.enum(KPI_INTENTS) });
