import { z } from "zod";
import { choice, date, id, money, multilineText, optionalId, text, version } from "~/lib/fields";
import { LOCALES } from "~/lib/i18n";
import { PHASE_KINDS } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { ROADMAP_STATUSES } from "./status";

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
});

export const CriterionIdSchema = z.object({ criterionId: id({ message: "validation.reload" }) });

export const LEARNING_KINDS = ["went_well", "to_change", "risk"] as const;
export type LearningKind = (typeof LEARNING_KINDS)[number];

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
});

export const BudgetLineIdSchema = z.object({ lineId: id({ message: "validation.reload" }) });
