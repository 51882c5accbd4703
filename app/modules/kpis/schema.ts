import { z } from "zod";
import {
  checkbox,
  choice,
  date,
  decimal,
  id,
  optionalChoice,
  optionalId,
  text,
  version,
} from "~/lib/fields";
import type { MessageKey } from "~/lib/i18n";
import { KPI_CATEGORIES, KPI_DIRECTIONS, KPI_LIMITS, KPI_SOURCES, KPI_VALUE_KINDS } from "./fields";
import { defaultValueKind, valueKindProblem } from "./value-rules";

/**
 * The KPI forms, from the shared field vocabulary: numbers accept a decimal comma or
 * point, dates come from <input type="date"> as "YYYY-MM-DD" (2000–2099).
 * Message keys ("kpis.errors.…") are translated by parseForm.
 */

const value = decimal({ min: -KPI_LIMITS.absValue, max: KPI_LIMITS.absValue });
const reference = optionalId({ message: "kpis.errors.choice" });

/** What stands beside a roadmap, owner or use case that is not the organisation's. */
export const KPI_REFERENCE_MESSAGES = {
  roadmapId: "kpis.errors.reference",
  ownerId: "kpis.errors.reference",
  useCaseId: "kpis.errors.reference",
} as const satisfies Record<string, MessageKey>;
export type KpiReferenceField = keyof typeof KPI_REFERENCE_MESSAGES;

const KpiFields = z.object({
  name: text({ max: KPI_LIMITS.name }),
  category: choice(KPI_CATEGORIES, { message: "kpis.errors.choice" }),
  unit: text({ max: KPI_LIMITS.unit, optional: true }),
  direction: choice(KPI_DIRECTIONS, { message: "kpis.errors.choice" }),
  // Absent (null): from the unit on creation ("%" → percent), unchanged on an edit.
  valueKind: optionalChoice(KPI_VALUE_KINDS, { message: "kpis.errors.choice" }).optional(),
  baseline: value,
  target: value,
  baselineDate: date(),
  targetDate: date(),
  roadmapId: reference,
  ownerId: reference,
  useCaseId: reference,
  // Absent (null): manual on creation, unchanged on an edit.
  source: optionalChoice(KPI_SOURCES, { message: "kpis.errors.choice" }).optional(),
});

/**
 * Cross-field rules: baseline and target fit the kind of value; the line must run
 * forwards in time and towards the better side; a KPI derived from an oversight log
 * needs the use case whose log it reads.
 */
function checkLine<T extends z.infer<typeof KpiFields>>(kpi: T, ctx: z.RefinementCtx) {
  // Without a kind named, an edit keeps the stored one (checked where it is known).
  const kind = kpi.valueKind ?? ("version" in kpi ? null : defaultValueKind(kpi.unit));
  for (const field of ["baseline", "target"] as const) {
    const problem = kind ? valueKindProblem(kind, kpi[field]) : null;
    if (problem) ctx.addIssue({ code: "custom", path: [field], message: problem });
  }
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

export const UpdateKpiSchema = KpiFields.extend({ version: version() }).superRefine(checkLine);
export type UpdateKpiInput = z.infer<typeof UpdateKpiSchema>;

export const MeasurementSchema = z.object({
  value,
  date: date(),
  note: text({ max: KPI_LIMITS.note, optional: true }),
});
export type MeasurementInput = z.infer<typeof MeasurementSchema>;

/** What to do with a second value for a day that already has one. */
export const SAME_DAY_CHOICES = ["replace", "correction"] as const;
export type SameDayChoice = (typeof SAME_DAY_CHOICES)[number];

/**
 * Recording a new value: the measurement, plus the answers to the two questions the
 * form may ask first (a value far outside the KPI's history; a day that has a value).
 */
export const RecordMeasurementSchema = MeasurementSchema.extend({
  confirmOutlier: checkbox(),
  sameDay: optionalChoice(SAME_DAY_CHOICES, { message: "kpis.errors.choice" }).optional(),
});
export type RecordMeasurementInput = z.infer<typeof RecordMeasurementSchema>;

/** Which measurement a correction or delete is for, and the version the page showed. */
export const MeasurementIdSchema = z.object({
  measurementId: id({ message: "validation.reload" }),
  version: version(),
});

export const KPI_INTENTS = [
  "record",
  "update-measurement",
  "delete-measurement",
  "archive",
  "restore",
] as const;
export const IntentSchema = z.object({ intent: choice(KPI_INTENTS) });
