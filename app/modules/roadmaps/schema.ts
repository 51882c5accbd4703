import { z } from "zod";
import { IdParamSchema } from "~/lib/params";
import { isIsoDate } from "../calendar/dates";
import { MAX_CENTS, parseEuroToCents } from "./money";
import { PHASE_KINDS } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { ROADMAP_STATUSES } from "./status";

/**
 * A calendar date from a date input ("YYYY-MM-DD"). Plans are made for this century;
 * a typo like "0202-03-01" gets a clear message instead of a roadmap in year 202.
 */
export const IsoDateField = z
  .string()
  .trim()
  .min(1, "validation.required")
  .refine(isIsoDate, "roadmaps.errors.invalidDate")
  .refine(
    (d) => !isIsoDate(d) || (d >= "2000-01-01" && d <= "2099-12-31"),
    "roadmaps.errors.dateOutOfRange",
  );

/** An amount in euros as typed ("1.234,56"), stored as integer cents. Empty is 0. */
export const EuroField = z
  .string()
  .trim()
  .max(20, "roadmaps.errors.invalidAmount")
  .transform((value, ctx) => {
    if (value === "") return 0;
    const cents = parseEuroToCents(value);
    if (cents === null || cents > MAX_CENTS) {
      ctx.addIssue({ code: "custom", message: "roadmaps.errors.invalidAmount" });
      return z.NEVER;
    }
    return cents;
  });

/** The version a form was loaded with, for the optimistic concurrency check. */
export const VersionField = z.coerce.number().int().min(1).max(2_147_483_647);

export const PhaseKindField = z.enum(PHASE_KINDS as [PhaseKind, ...PhaseKind[]]);

export const CreateRoadmapSchema = z
  .object({
    mode: z.enum(["template", "blank"]),
    title: z.string().trim().min(1).max(120),
    ambition: z.string().trim().max(1000).default(""),
    focusArea: z.string().trim().max(120).default(""),
    startDate: IsoDateField,
    locale: z.enum(["de", "en"]),
    /** Owner of the template's tasks; empty leaves them unassigned. */
    ownerId: z.union([z.literal(""), IdParamSchema]).default(""),
  })
  .superRefine((value, ctx) => {
    // The method starts with one process: the template needs to know which one.
    if (value.mode === "template" && value.focusArea === "") {
      ctx.addIssue({
        code: "custom",
        path: ["focusArea"],
        message: "roadmaps.errors.focusRequired",
      });
    }
  });
export type CreateRoadmapInput = z.infer<typeof CreateRoadmapSchema>;

export const EditRoadmapSchema = z.object({
  title: z.string().trim().min(1).max(120),
  ambition: z.string().trim().max(1000).default(""),
  focusArea: z.string().trim().max(120).default(""),
  startDate: IsoDateField,
  plannedBudget: EuroField.default(0),
  version: VersionField,
});
export type EditRoadmapInput = z.infer<typeof EditRoadmapSchema>;

export const RoadmapStatusSchema = z.object({
  status: z.enum(ROADMAP_STATUSES),
});

export const DecideGateSchema = z
  .object({
    decision: z.enum(["approve", "reject"]),
    comment: z.string().trim().max(1000).default(""),
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
  text: z.string().trim().min(1).max(300),
});

export const ToggleCriterionSchema = z.object({
  criterionId: IdParamSchema,
  isMet: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const CriterionIdSchema = z.object({ criterionId: IdParamSchema });

export const LEARNING_KINDS = ["went_well", "to_change", "risk"] as const;
export type LearningKind = (typeof LEARNING_KINDS)[number];

export const AddLearningSchema = z.object({
  phase: PhaseKindField,
  kind: z.enum(LEARNING_KINDS),
  text: z.string().trim().min(1).max(2000),
});

export const BudgetLineSchema = z.object({
  phase: PhaseKindField,
  label: z.string().trim().min(1).max(120),
  planned: EuroField,
  actual: EuroField,
});

export const UpdateBudgetLineSchema = z.object({
  lineId: IdParamSchema,
  label: z.string().trim().min(1).max(120),
  planned: EuroField,
  actual: EuroField,
});

export const BudgetLineIdSchema = z.object({ lineId: IdParamSchema });
