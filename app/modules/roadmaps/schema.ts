import { z } from "zod";
import {
  checkbox,
  choice,
  date,
  id,
  money,
  multilineText,
  optionalDecimal,
  optionalId,
  text,
  version,
} from "~/lib/fields";
import { LOCALES } from "~/lib/i18n";
import { PHASE_KINDS } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { KPI_LIMITS } from "../kpis/fields";
import { defaultValueKind, valueKindProblem } from "../kpis/value-rules";
import { ROADMAP_STATUSES } from "./status";
import { ROADMAP_TEMPLATE } from "./template";
import { LEARNING_KINDS } from "./learning-kinds";
import { PHASE_OWNER_FIELDS, templateKpiField } from "./form-fields";
export { PHASE_OWNER_FIELDS, templateKpiField };

const templateKpiFields = Object.fromEntries(
  ROADMAP_TEMPLATE.kpis.flatMap((kpi) => {
    const value = optionalDecimal({ min: -KPI_LIMITS.absValue, max: KPI_LIMITS.absValue });
    return [
      [templateKpiField(kpi.key), checkbox()],
      [templateKpiField(kpi.key, "baseline"), value],
      [templateKpiField(kpi.key, "target"), value],
    ];
  }),
) as Record<string, ReturnType<typeof checkbox> | ReturnType<typeof optionalDecimal>>;

/** The ticked template KPIs with the baseline and target typed in place. */
export function chosenTemplateKpis(
  values: Record<string, unknown>,
): { key: string; baseline: number; target: number }[] {
  return ROADMAP_TEMPLATE.kpis.flatMap((kpi) => {
    const baseline = values[templateKpiField(kpi.key, "baseline")];
    const target = values[templateKpiField(kpi.key, "target")];
    if (values[templateKpiField(kpi.key)] !== true) return [];
    if (typeof baseline !== "number" || typeof target !== "number") return [];
    return [{ key: kpi.key, baseline, target }];
  });
}

/**
 * A ticked template KPI needs its baseline and target, fitting its unit ("%": 0–100,
 * otherwise not negative) and pointing to the better side.
 */
function checkTemplateKpis(values: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const kpi of ROADMAP_TEMPLATE.kpis) {
    if (values[templateKpiField(kpi.key)] !== true) continue;
    const kind = defaultValueKind(kpi.unit.de);
    const figures: Partial<Record<"baseline" | "target", number>> = {};
    for (const part of ["baseline", "target"] as const) {
      const path = [templateKpiField(kpi.key, part)];
      const value = values[path[0]!];
      if (value === null) {
        ctx.addIssue({ code: "custom", path, message: "validation.required" });
      } else if (typeof value === "number") {
        const problem = valueKindProblem(kind, value);
        if (problem) ctx.addIssue({ code: "custom", path, message: problem });
        else figures[part] = value;
      }
    }
    const { baseline, target } = figures;
    if (baseline === undefined || target === undefined) continue;
    const better = kpi.direction === "higher_is_better" ? target >= baseline : target <= baseline;
    if (!better) {
      ctx.addIssue({
        code: "custom",
        path: [templateKpiField(kpi.key, "target")],
        message:
          kpi.direction === "higher_is_better"
            ? "kpis.errors.targetBelowBaseline"
            : "kpis.errors.targetAboveBaseline",
      });
    }
  }
}

/** Which phase a form names (a budget line's, a learning's). */
export const PhaseKindField = choice(PHASE_KINDS as [PhaseKind, ...PhaseKind[]]);

export const CreateRoadmapSchema = z
  .object({
    mode: choice(["template", "blank"]),
    title: text({ max: 120 }),
    ambition: multilineText({ max: 1000, optional: true }),
    focusArea: text({ max: 120, optional: true }),
    startDate: date(),
    locale: choice(LOCALES),
    /** Owner of the template's tasks; empty leaves them unassigned. */
    ownerId: optionalId(),
    /** One owner per phase (overrides ownerId for that phase's tasks). */
    [PHASE_OWNER_FIELDS.analysis]: optionalId().optional(),
    [PHASE_OWNER_FIELDS.pilot]: optionalId().optional(),
    [PHASE_OWNER_FIELDS.scale]: optionalId().optional(),
    ...templateKpiFields,
  })
  // The method starts with one process: the template needs to know which one. Checked
  // even when another field failed, so the form names every missing field at once.
  .refine((value) => value.mode !== "template" || value.focusArea.trim() !== "", {
    path: ["focusArea"],
    message: "roadmaps.errors.focusRequired",
    when: ({ value }) => {
      const raw = value as { mode?: unknown; focusArea?: unknown } | null;
      return typeof raw?.mode === "string" && typeof raw.focusArea === "string";
    },
  })
  // Checked even when another field failed (a missing focus), like the focus itself.
  .superRefine((value, ctx) => checkTemplateKpis(value as Record<string, unknown>, ctx), {
    when: () => true,
  });
export type CreateRoadmapInput = z.infer<typeof CreateRoadmapSchema>;

export const EditRoadmapSchema = z.object({
  title: text({ max: 120 }),
  ambition: multilineText({ max: 1000, optional: true }),
  focusArea: text({ max: 120, optional: true }),
  startDate: date(),
  plannedBudget: money(),
  version: version(),
});
export type EditRoadmapInput = z.infer<typeof EditRoadmapSchema>;

export const RoadmapStatusSchema = z.object({
  status: choice(ROADMAP_STATUSES),
});

export const DecideGateSchema = z
  .object({
    decision: choice(["approve", "reject"]),
    comment: multilineText({ max: 1000, optional: true }),
  })
  .superRefine((value, ctx) => {
    // A rejection without a reason leaves the team guessing what to fix.
    if (value.decision === "reject" && value.comment === "") {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: "roadmaps.errors.reasonRequired",
      });
    }
  });

export const AddCriterionSchema = z.object({
  text: text({ max: 300 }),
});

export const ToggleCriterionSchema = z.object({
  criterionId: id({ message: "validation.reload" }),
  isMet: choice(["true", "false"]).transform((v) => v === "true"),
  version: version(),
});

/** Removing a criterion: which one, and the version the board showed. */
export const RemoveCriterionSchema = z.object({
  criterionId: id({ message: "validation.reload" }),
  version: version(),
});

export { LEARNING_KINDS };
export type { LearningKind } from "./learning-kinds";

export const AddLearningSchema = z.object({
  phase: PhaseKindField,
  kind: choice(LEARNING_KINDS),
  text: multilineText({ max: 2000 }),
});

export const BudgetLineSchema = z.object({
  phase: PhaseKindField,
  label: text({ max: 120 }),
  planned: money(),
  actual: money(),
});

export const UpdateBudgetLineSchema = z.object({
  lineId: id({ message: "validation.reload" }),
  label: text({ max: 120 }),
  planned: money(),
  actual: money(),
  version: version(),
});

/** Removing a line: which one, and the version the page showed. */
export const RemoveBudgetLineSchema = z.object({
  lineId: id({ message: "validation.reload" }),
  version: version(),
});
