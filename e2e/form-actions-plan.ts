// The form actions of roadmaps, tasks, gates, learnings, budget and KPIs, for
// form-actions.spec.ts.
import { addDaysIso, todayIso } from "../app/modules/calendar/dates";
import { createCompletedReview, e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import type { Ctx, FormAction } from "./form-actions-harness";
import type { Fields } from "./form-actions-payloads";
import { createKpi, roadmapStart } from "./kpis-helpers";
import { taskOf } from "./roadmap-helpers";

const roadmap = ({ org }: Ctx) => `/o/${org.org.slug}/roadmaps/${org.roadmapId}`;
const INTENT = { intent: { kind: "intent" } } as const;

const TASK_FIELDS: Fields = {
  title: { kind: "text", max: 200 },
  description: { kind: "multiline", max: 5000, optional: true },
  ownerId: { kind: "id", optional: true },
  dueDate: { kind: "date" },
  priority: { kind: "choice", optional: true },
};

/** A pilot task owned by the manager, by its id and version. */
async function pilotTask(o: TestOrg, changes: { deleted?: boolean } = {}) {
  const task = await taskOf(o.roadmapId!, o.users.manager.id, "pilot");
  if (changes.deleted) {
    await e2eDb().task.update({ where: { id: task.id }, data: { deletedAt: new Date() } });
  }
  return { taskId: task.id, version: String(task.version) };
}

const BUDGET_FIELDS: Fields = {
  label: { kind: "text", max: 120 },
  planned: { kind: "money", maxEuros: 20_000_000 },
  actual: { kind: "money", maxEuros: 20_000_000 },
};

async function budgetLine(o: TestOrg) {
  const db = e2eDb();
  const phase = await db.phase.findFirstOrThrow({
    where: { roadmapId: o.roadmapId!, kind: "pilot" },
    select: { id: true },
  });
  const line = await db.budgetLine.create({
    data: {
      orgId: o.org.id,
      roadmapId: o.roadmapId!,
      phaseId: phase.id,
      label: "Lizenzen",
      plannedCents: 100_000,
    },
    select: { id: true },
  });
  return { lineId: line.id };
}

async function criterion(o: TestOrg) {
  const found = await e2eDb().exitCriterion.findFirstOrThrow({
    where: { orgId: o.org.id, phase: { roadmapId: o.roadmapId!, kind: "analysis" } },
    select: { id: true },
  });
  return { criterionId: found.id };
}

const KPI_FIELDS: Fields = {
  name: { kind: "text", max: 120 },
  category: { kind: "choice" },
  unit: { kind: "text", max: 20, optional: true },
  direction: { kind: "choice" },
  valueKind: { kind: "choice", optional: true },
  baseline: { kind: "decimal", min: -1e12, max: 1e12 },
  target: { kind: "decimal", min: -1e12, max: 1e12 },
  baselineDate: { kind: "date" },
  targetDate: { kind: "date" },
  roadmapId: { kind: "id", optional: true },
  ownerId: { kind: "id", optional: true },
  useCaseId: { kind: "id", optional: true },
  source: { kind: "choice", optional: true },
};

const kpiForm = ({ org }: Ctx) => ({
  name: "Angebote pro Woche",
  category: "efficiency",
  unit: "Stk.",
  direction: "higher_is_better",
  baseline: "0",
  target: "100",
  baselineDate: roadmapStart(),
  targetDate: addDaysIso(roadmapStart(), 89),
  roadmapId: org.roadmapId!,
  ownerId: "",
  useCaseId: "",
});

const MEASUREMENT_FIELDS: Fields = {
  value: { kind: "decimal", min: -1e12, max: 1e12 },
  date: { kind: "date" },
  note: { kind: "text", max: 500, optional: true },
};

async function kpiWithMeasurement(o: TestOrg, archived = false) {
  const kpi = await createKpi(o);
  const db = e2eDb();
  if (archived) await db.kpi.update({ where: { id: kpi.id }, data: { archivedAt: new Date() } });
  const measurement = await db.kpiMeasurement.findFirstOrThrow({
    where: { kpiId: kpi.id },
    select: { id: true },
  });
  return { kpiId: kpi.id, measurementId: measurement.id };
}
const kpiPath = ({ org, ids }: Ctx) => `/o/${org.org.slug}/kpis/${ids.kpiId}`;

export const PLAN_FORMS: FormAction[] = [
  {
    route: "routes/org/roadmaps/new.tsx",
    intent: null,
    path: ({ org }) => `/o/${org.org.slug}/roadmaps/new`,
    form: () => ({
      mode: "blank",
      title: "Zweiter Pilot",
      ambition: "Angebote schneller",
      focusArea: "Angebote",
      startDate: todayIso(),
      locale: "de",
      ownerId: "",
    }),
    fields: {
      mode: { kind: "choice" },
      title: { kind: "text", max: 120 },
      ambition: { kind: "multiline", max: 1000, optional: true },
      focusArea: { kind: "text", max: 120, optional: true },
      startDate: { kind: "date" },
      locale: { kind: "choice" },
      ownerId: { kind: "id", optional: true },
    },
    audit: { entity: "roadmap", action: "create" },
  },
  {
    route: "routes/org/roadmaps/overview.tsx",
    intent: null,
    path: roadmap,
    form: () => ({ status: "draft" }),
    fields: { status: { kind: "choice" } },
    refusal: "status",
    audit: { entity: "roadmap", action: "status" },
  },
  {
    route: "routes/org/roadmaps/edit.tsx",
    intent: null,
    path: (ctx) => `${roadmap(ctx)}/edit`,
    form: () => ({
      title: "Umbenannt",
      ambition: "Mehr Angebote",
      focusArea: "Angebote",
      startDate: roadmapStart(),
      plannedBudget: "25.000",
      version: "1",
    }),
    fields: {
      title: { kind: "text", max: 120 },
      ambition: { kind: "multiline", max: 1000, optional: true },
      focusArea: { kind: "text", max: 120, optional: true },
      startDate: { kind: "date" },
      plannedBudget: { kind: "money", maxEuros: 20_000_000 },
      version: { kind: "version" },
    },
    audit: { entity: "roadmap", action: "update" },
  },
  {
    route: "routes/org/roadmaps/board.tsx",
    intent: "create",
    path: (ctx) => `${roadmap(ctx)}/phases/pilot`,
    form: ({ org }) => ({
      title: "Prompt-Vorlagen sammeln",
      description: "Aus dem Vertrieb",
      ownerId: org.users.member.id,
      dueDate: addDaysIso(todayIso(), 14),
      priority: "high",
    }),
    fields: { ...INTENT, ...TASK_FIELDS },
    audit: { entity: "task", action: "create" },
  },
  {
    route: "routes/org/roadmaps/board.tsx",
    intent: "plan",
    setup: (o) => pilotTask(o),
    path: (ctx) => `${roadmap(ctx)}/phases/pilot`,
    form: ({ org, ids }) => ({
      taskId: ids.taskId!,
      ownerId: org.users.member.id,
      dueDate: addDaysIso(todayIso(), 10),
      priority: "low",
      version: ids.version!,
    }),
    fields: {
      ...INTENT,
      taskId: { kind: "id" },
      ownerId: TASK_FIELDS.ownerId!,
      dueDate: TASK_FIELDS.dueDate!,
      priority: TASK_FIELDS.priority!,
      version: { kind: "version" },
    },
    // The card's quick plan answers a fetcher with one message.
    refusal: "status",
    audit: { entity: "task", action: "update" },
  },
  {
    route: "routes/org/roadmaps/board.tsx",
    intent: "delete",
    setup: (o) => pilotTask(o),
    path: (ctx) => `${roadmap(ctx)}/phases/pilot`,
    form: ({ ids }) => ({ taskId: ids.taskId! }),
    fields: { ...INTENT, taskId: { kind: "id" } },
    refusal: "status",
    audit: { entity: "task", action: "delete" },
  },
  {
    route: "routes/org/roadmaps/board.tsx",
    intent: "restore",
    setup: (o) => pilotTask(o, { deleted: true }),
    path: (ctx) => `${roadmap(ctx)}/phases/pilot`,
    form: ({ ids }) => ({ taskId: ids.taskId! }),
    fields: { ...INTENT, taskId: { kind: "id" } },
    refusal: "status",
    audit: { entity: "task", action: "restore" },
  },
  {
    route: "routes/org/roadmaps/gate.tsx",
    intent: "gate-request",
    path: (ctx) => `${roadmap(ctx)}/phases/analysis/gate`,
    form: () => ({}),
    fields: INTENT,
    refusal: "status",
    audit: { entity: "gate", action: "request" },
  },
  {
    route: "routes/org/roadmaps/gate.tsx",
    intent: "gate-decide",
    setup: async (o) => {
      await e2eDb().phase.updateMany({
        where: { roadmapId: o.roadmapId!, kind: "analysis" },
        data: { gateStatus: "requested", gateRequestedAt: new Date() },
      });
      return {};
    },
    path: (ctx) => `${roadmap(ctx)}/phases/analysis/gate`,
    form: () => ({ decision: "approve", comment: "Passt." }),
    fields: {
      ...INTENT,
      decision: { kind: "choice" },
      comment: { kind: "multiline", max: 1000, optional: true },
    },
    audit: { entity: "gate", action: "approve" },
  },
  {
    route: "routes/org/roadmaps/gate.tsx",
    intent: "criterion-add",
    path: (ctx) => `${roadmap(ctx)}/phases/analysis/gate`,
    form: () => ({ text: "Datenschutz geklärt" }),
    fields: { ...INTENT, text: { kind: "text", max: 300 } },
    audit: { entity: "exit_criterion", action: "create" },
  },
  {
    route: "routes/org/roadmaps/gate.tsx",
    intent: "criterion-toggle",
    setup: criterion,
    path: (ctx) => `${roadmap(ctx)}/phases/analysis/gate`,
    form: ({ ids }) => ({ criterionId: ids.criterionId!, isMet: "true", version: "1" }),
    fields: {
      ...INTENT,
      criterionId: { kind: "id" },
      isMet: { kind: "choice" },
      version: { kind: "version" },
    },
    refusal: "status",
    audit: { entity: "exit_criterion", action: "met" },
  },
  {
    route: "routes/org/roadmaps/gate.tsx",
    intent: "criterion-remove",
    setup: criterion,
    path: (ctx) => `${roadmap(ctx)}/phases/analysis/gate`,
    form: ({ ids }) => ({ criterionId: ids.criterionId!, version: "1" }),
    fields: { ...INTENT, criterionId: { kind: "id" }, version: { kind: "version" } },
    refusal: "status",
    audit: { entity: "exit_criterion", action: "delete" },
  },
  {
    route: "routes/org/roadmaps/task-status.ts",
    intent: "complete",
    setup: (o) => pilotTask(o),
    path: (ctx) => `${roadmap(ctx)}/tasks/${ctx.ids.taskId}/status`,
    form: () => ({ done: "true" }),
    fields: { ...INTENT, done: { kind: "choice" } },
    refusal: "status",
    audit: { entity: "task", action: "complete" },
  },
  {
    route: "routes/org/roadmaps/task-status.ts",
    intent: "place",
    setup: (o) => pilotTask(o),
    path: (ctx) => `${roadmap(ctx)}/tasks/${ctx.ids.taskId}/status`,
    form: () => ({ status: "in_progress", beforeId: "" }),
    fields: { ...INTENT, status: { kind: "choice" }, beforeId: { kind: "id", optional: true } },
    refusal: "status",
    audit: { entity: "task", action: "move" },
  },
  {
    route: "routes/org/roadmaps/task-status.ts",
    intent: "move",
    setup: (o) => pilotTask(o),
    path: (ctx) => `${roadmap(ctx)}/tasks/${ctx.ids.taskId}/status`,
    form: () => ({ move: "status:blocked" }),
    fields: { ...INTENT, move: { kind: "text", max: 40 } },
    refusal: "status",
    audit: { entity: "task", action: "move" },
  },
  {
    route: "routes/org/roadmaps/task.tsx",
    intent: "save",
    setup: (o) => pilotTask(o),
    path: (ctx) => `${roadmap(ctx)}/tasks/${ctx.ids.taskId}`,
    form: ({ org, ids }) => ({
      title: "Geänderte Aufgabe",
      description: "Mit Beschreibung",
      ownerId: org.users.member.id,
      dueDate: addDaysIso(todayIso(), 20),
      priority: "medium",
      status: "in_progress",
      version: ids.version!,
    }),
    fields: { ...INTENT, ...TASK_FIELDS, status: { kind: "choice" }, version: { kind: "version" } },
    audit: { entity: "task", action: "update" },
  },
  {
    route: "routes/org/roadmaps/task.tsx",
    intent: "delete",
    setup: (o) => pilotTask(o),
    path: (ctx) => `${roadmap(ctx)}/tasks/${ctx.ids.taskId}`,
    form: () => ({}),
    fields: INTENT,
    refusal: "status",
    audit: { entity: "task", action: "delete" },
  },
  {
    route: "routes/org/roadmaps/task.tsx",
    intent: "restore",
    setup: (o) => pilotTask(o, { deleted: true }),
    path: (ctx) => `${roadmap(ctx)}/tasks/${ctx.ids.taskId}`,
    form: () => ({}),
    fields: INTENT,
    refusal: "status",
    audit: { entity: "task", action: "restore" },
  },
  {
    route: "routes/org/roadmaps/learnings.tsx",
    intent: null,
    path: (ctx) => `${roadmap(ctx)}/learnings`,
    form: () => ({ phase: "analysis", kind: "went_well", text: "Früh die Daten prüfen." }),
    fields: {
      phase: { kind: "choice" },
      kind: { kind: "choice" },
      text: { kind: "multiline", max: 2000 },
    },
    audit: { entity: "learning", action: "create" },
  },
  {
    // The next roadmap from a completed closing review (made in the database).
    route: "routes/org/roadmaps/next.tsx",
    intent: null,
    setup: async (o) => ({ kpiId: (await createCompletedReview(o)).kpiId }),
    path: (ctx) => `${roadmap(ctx)}/next`,
    form: ({ ids }) => ({
      startDate: addDaysIso(todayIso(), 90),
      lengthDays: "90",
      title: "Skalierung: Angebote",
      [`target.${ids.kpiId!}`]: "7",
    }),
    fields: {
      startDate: { kind: "date" },
      lengthDays: { kind: "count", min: 30, max: 365, optional: true },
      title: { kind: "text", max: 120 },
    },
    audit: {
      entity: "roadmap",
      action: "create_next",
      also: [
        ["task", "create"],
        ["kpi", "create"],
        ["use_case", "move"],
      ],
    },
  },
  {
    route: "routes/org/roadmaps/budget.tsx",
    intent: "add",
    path: (ctx) => `${roadmap(ctx)}/budget`,
    form: () => ({ phase: "pilot", label: "Beratung", planned: "12.500", actual: "0" }),
    fields: { ...INTENT, phase: { kind: "choice" }, ...BUDGET_FIELDS },
    audit: { entity: "budget_line", action: "create" },
  },
  {
    route: "routes/org/roadmaps/budget.tsx",
    intent: "update",
    setup: budgetLine,
    path: (ctx) => `${roadmap(ctx)}/budget`,
    form: ({ ids }) => ({
      lineId: ids.lineId!,
      label: "Lizenzen",
      planned: "2.000",
      actual: "150,50",
      version: "1",
    }),
    fields: { ...INTENT, lineId: { kind: "id" }, ...BUDGET_FIELDS, version: { kind: "version" } },
    audit: { entity: "budget_line", action: "update" },
  },
  {
    route: "routes/org/roadmaps/budget.tsx",
    intent: "remove",
    setup: budgetLine,
    path: (ctx) => `${roadmap(ctx)}/budget`,
    form: ({ ids }) => ({ lineId: ids.lineId!, version: "1" }),
    fields: { ...INTENT, lineId: { kind: "id" }, version: { kind: "version" } },
    refusal: "status",
    audit: { entity: "budget_line", action: "delete" },
  },
  {
    route: "routes/org/kpis/new.tsx",
    intent: null,
    path: ({ org }) => `/o/${org.org.slug}/kpis/new`,
    form: kpiForm,
    fields: KPI_FIELDS,
    audit: { entity: "kpi", action: "create" },
  },
  {
    route: "routes/org/kpis/edit.tsx",
    intent: null,
    setup: (o) => kpiWithMeasurement(o),
    path: (ctx) => `${kpiPath(ctx)}/edit`,
    form: (ctx) => ({ ...kpiForm(ctx), name: "Angebote je Woche", version: "1" }),
    fields: { ...KPI_FIELDS, version: { kind: "version" } },
    audit: { entity: "kpi", action: "update" },
  },
  {
    route: "routes/org/kpis/detail.tsx",
    intent: "record",
    setup: (o) => kpiWithMeasurement(o),
    path: kpiPath,
    form: () => ({ value: "12,5", date: todayIso(), note: "Woche 3" }),
    fields: {
      ...INTENT,
      ...MEASUREMENT_FIELDS,
      confirmOutlier: { kind: "checkbox" },
      sameDay: { kind: "choice", optional: true },
    },
    audit: { entity: "kpi_measurement", action: "record" },
  },
  {
    route: "routes/org/kpis/detail.tsx",
    intent: "update-measurement",
    setup: (o) => kpiWithMeasurement(o),
    path: kpiPath,
    form: ({ ids }) => ({
      measurementId: ids.measurementId!,
      value: "3",
      date: roadmapStart(),
      note: "korrigiert",
      version: "1",
    }),
    fields: {
      ...INTENT,
      measurementId: { kind: "id" },
      ...MEASUREMENT_FIELDS,
      version: { kind: "version" },
    },
    // Which measurement (and its version) is not a field the person fills in: a tampered one is a 404.
    statusOnly: ["measurementId", "version"],
    audit: { entity: "kpi_measurement", action: "update" },
  },
  {
    route: "routes/org/kpis/detail.tsx",
    intent: "delete-measurement",
    setup: (o) => kpiWithMeasurement(o),
    path: kpiPath,
    form: ({ ids }) => ({ measurementId: ids.measurementId!, version: "1" }),
    fields: { ...INTENT, measurementId: { kind: "id" }, version: { kind: "version" } },
    refusal: "status",
    audit: { entity: "kpi_measurement", action: "delete" },
  },
  {
    route: "routes/org/kpis/detail.tsx",
    intent: "archive",
    setup: (o) => kpiWithMeasurement(o),
    path: kpiPath,
    form: () => ({}),
    fields: INTENT,
    refusal: "status",
    audit: { entity: "kpi", action: "archive" },
  },
  {
    route: "routes/org/kpis/detail.tsx",
    intent: "restore",
    setup: (o) => kpiWithMeasurement(o, true),
    path: kpiPath,
    form: () => ({}),
    fields: INTENT,
    refusal: "status",
    audit: { entity: "kpi", action: "restore" },
  },
];
