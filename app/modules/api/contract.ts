import { z } from "zod";
import { ROADMAP_STATUSES, GATE_STATUSES } from "../roadmaps/status";
import { PHASE_KINDS } from "../calendar/phase-dates";
import { PRIORITIES } from "../tasks/priorities";
import { KPI_CATEGORIES, KPI_DIRECTIONS } from "../kpis/fields";
import { USE_CASE_STATUSES } from "../use-cases/status";

// The API's wire shapes (v1): what each route takes and answers, as zod schemas. The
// OpenAPI document is generated from them (openapi.server.ts) and the contract tests
// check every answer against them. Rules (lengths, dates inside the roadmap, value
// ranges) are not repeated here: the body is passed on to the app's own form schemas
// and module functions (handler.server.ts parseBody), so a rule lives in one place.

const isoDate = z.iso.date().describe("A calendar day, YYYY-MM-DD");
const isoInstant = z.iso.datetime().describe("An instant, ISO 8601 in UTC");
const id = z.string().describe("An opaque id");
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

export const TASK_STATUS_VALUES = ["todo", "in_progress", "blocked", "done"] as const;

export const Phase = z.object({
  kind: z.enum(PHASE_KINDS as [string, ...string[]]),
  position: z.number().int(),
  startDate: isoDate,
  endDate: isoDate,
  goal: z.string(),
  gate: z.object({
    status: z.enum(GATE_STATUSES),
    requestedAt: nullable(isoInstant),
    decidedAt: nullable(isoInstant),
    comment: z.string(),
  }),
});

export const Roadmap = z
  .object({
    id,
    title: z.string(),
    status: z.enum(ROADMAP_STATUSES),
    ambition: z.string(),
    focusArea: z.string(),
    startDate: isoDate,
    endDate: isoDate,
    lengthDays: z.number().int(),
    plannedBudgetCents: z.number().int(),
    createdAt: isoInstant,
    updatedAt: isoInstant,
  })
  .meta({ id: "Roadmap" });

export const RoadmapDetail = Roadmap.extend({ phases: z.array(Phase) }).meta({
  id: "RoadmapDetail",
});

export const Task = z
  .object({
    id,
    roadmapId: id,
    phase: z.enum(PHASE_KINDS as [string, ...string[]]),
    title: z.string(),
    description: z.string(),
    status: z.enum(TASK_STATUS_VALUES),
    priority: z.enum(PRIORITIES),
    ownerId: nullable(id),
    dueDate: isoDate,
    completedAt: nullable(isoInstant),
    version: z.number().int().describe("Send it back with a change: a stale one gets 409"),
    createdAt: isoInstant,
    updatedAt: isoInstant,
  })
  .meta({ id: "Task" });

const taskFields = {
  title: z.string(),
  description: z.string().optional(),
  ownerId: nullable(id).optional().describe("A member who may own tasks; null: unassigned"),
  dueDate: isoDate.describe("Within the roadmap's days"),
  priority: z.enum(PRIORITIES).optional().describe("Default medium"),
};

export const CreateTask = z
  .object({ roadmapId: id, phase: z.enum(PHASE_KINDS as [string, ...string[]]), ...taskFields })
  .meta({ id: "CreateTask" });

export const UpdateTask = z
  .object({ ...taskFields, status: z.enum(TASK_STATUS_VALUES), version: z.number().int() })
  .meta({ id: "UpdateTask" });

export const Measurement = z
  .object({
    id,
    date: isoDate,
    value: z.number(),
    note: z.string(),
    createdAt: isoInstant,
  })
  .meta({ id: "Measurement" });

export const Kpi = z
  .object({
    id,
    name: z.string(),
    category: z.enum(KPI_CATEGORIES),
    unit: z.string(),
    direction: z.enum(KPI_DIRECTIONS),
    baseline: z.number(),
    baselineDate: isoDate,
    target: z.number(),
    targetDate: isoDate,
    source: z
      .enum(["manual", "oversight_correction_rate", "oversight_approval_rate"])
      .describe("manual takes measurements; the others are derived from oversight reviews"),
    roadmapId: nullable(id),
    useCaseId: nullable(id),
    ownerId: nullable(id),
    archived: z.boolean(),
  })
  .meta({ id: "Kpi" });

export const KpiDetail = Kpi.extend({
  measurements: z.array(Measurement).describe("The newest 500, newest first"),
}).meta({ id: "KpiDetail" });

export const NewMeasurement = z
  .object({
    date: isoDate,
    value: z.number(),
    note: z.string().optional(),
    sameDay: z
      .enum(["replace", "correction"])
      .optional()
      .describe("A day that has a value: replace it (default) or add a correction"),
  })
  .meta({ id: "NewMeasurement" });

export const MEASUREMENT_BATCH_MAX = 500;
export const MeasurementBatch = z
  .object({ measurements: z.array(NewMeasurement).min(1).max(MEASUREMENT_BATCH_MAX) })
  .meta({ id: "MeasurementBatch" });

export const MeasurementBatchResult = z
  .object({ kpiId: id, recorded: z.number().int(), measurements: z.array(Measurement) })
  .meta({ id: "MeasurementBatchResult" });

export const UseCase = z
  .object({
    id,
    title: z.string(),
    area: z.string(),
    status: z.enum(USE_CASE_STATUSES),
    description: z.string(),
    roadmapId: nullable(id),
    ownerId: nullable(id),
    archived: z.boolean(),
    priorityScore: z.number(),
    annualHoursValueCents: z.number().int(),
    assessment: nullable(
      z.object({
        tier: z.string().describe("outside, prohibited, high_risk, limited or minimal"),
        roles: z.array(z.string()),
        completedOn: isoDate,
        rulesetVersion: z.string(),
      }),
    ).describe("The newest completed EU AI Act assessment"),
  })
  .meta({ id: "UseCase" });

export const RegisterEntry = z
  .object({
    id,
    title: z.string(),
    area: z.string(),
    status: z.string(),
    archived: z.boolean(),
    ownerName: nullable(z.string()),
    roadmapTitle: nullable(z.string()),
    tier: nullable(z.string()),
    roles: z.array(z.string()),
    assessedOn: nullable(isoDate),
    rulesetVersion: nullable(z.string()),
    openJudgements: z.number().int(),
    documentation: z.string(),
  })
  .meta({ id: "RegisterEntry" });

/** A page of a list: `next` is the cursor of the next page, null on the last. */
export function page<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: z.array(item), next: nullable(z.string()) }).meta({ id: name });
}

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    current: z.unknown().optional().describe("409: the record as it is now"),
  })
  .meta({ id: "Problem" });
