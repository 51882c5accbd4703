import { db } from "~/lib/db.server";
import { addBudgetLine, removeBudgetLine, updateBudgetLine } from "../budget/budget.server";
import { addDaysIso } from "../calendar/dates";
import { templateSpan } from "../calendar/phase-dates";
import { createKpi, setKpiArchived, updateKpi } from "../kpis/edit.server";
import {
  deleteMeasurement,
  recordMeasurement,
  updateMeasurement,
} from "../kpis/measurements.server";
import { CreateKpiSchema, MeasurementSchema, UpdateKpiSchema } from "../kpis/schema";
import {
  addCriterion,
  decideGate,
  removeCriterion,
  requestGateApproval,
  setCriterionMet,
} from "../roadmaps/gates.server";
import { addLearning } from "../roadmaps/learnings.server";
import { createRoadmap, updateRoadmap } from "../roadmaps/roadmaps.server";
import { setRoadmapStatus } from "../roadmaps/status.server";
import { CreateRoadmapSchema, EditRoadmapSchema } from "../roadmaps/schema";
import { deleteTask, restoreTask } from "../tasks/deletion.server";
import { createTaskSchema, planTaskSchema, updateTaskSchema } from "../tasks/schema";
import { moveTask, setTaskDone } from "../tasks/status.server";
import { createTask, planTask, updateTask } from "../tasks/tasks.server";
import { asOwner, pilotTask } from "./mutations.test-helpers";
import type { MutationCase, World } from "./mutations.test-helpers";

/** An exit criterion of the analysis phase: its id and version, as the board sends them. */
export async function phaseCriterion(w: World) {
  const { id, version } = await db.exitCriterion.findFirstOrThrow({
    where: { orgId: w.org.id, phase: { roadmapId: w.roadmapId, kind: "analysis" } },
    select: { id: true, version: true },
  });
  return { criterionId: id, version };
}

/** A budget line of the pilot phase: its id and version, as the budget page sends them. */
export async function budgetLine(w: World) {
  await addBudgetLine({
    orgId: w.org.id,
    actorId: w.manager.id,
    roadmapId: w.roadmapId,
    phase: "pilot",
    label: "Lizenzen",
    plannedCents: 100_000,
    actualCents: 0,
  });
  const line = await db.budgetLine.findFirstOrThrow({
    where: { orgId: w.org.id },
    select: { id: true, version: true },
  });
  return { lineId: line.id, version: line.version };
}

export const kpiForm = (w: World) => ({
  name: "Angebote pro Woche",
  category: "efficiency",
  direction: "higher_is_better",
  baseline: "0",
  target: "100",
  baselineDate: w.start,
  targetDate: addDaysIso(w.start, 89),
  roadmapId: w.roadmapId,
});

export async function kpiWithMeasurement(w: World) {
  const created = await createKpi({
    orgId: w.org.id,
    actorId: w.manager.id,
    input: CreateKpiSchema.parse(kpiForm(w)),
  });
  if (!created.ok) throw new Error("KPI not created");
  const recorded = await recordMeasurement({
    orgId: w.org.id,
    actorId: w.manager.id,
    kpiId: created.id,
    input: MeasurementSchema.parse({ value: "3", date: w.start }),
  });
  if (recorded.status !== "recorded")
    throw new Error(`measurement not recorded: ${recorded.status}`);
  return { kpiId: created.id, measurementId: recorded.id };
}

const phaseRef = (w: World, requestId: string) => ({
  ...asOwner(w, requestId),
  roadmapId: w.roadmapId,
  phase: "analysis" as const,
});

export const PLAN_CASES: MutationCase[] = [
  // Roadmaps, phases and gates
  {
    permission: "roadmap:create",
    name: "createRoadmap (blank)",
    writes: ["roadmap", "create"],
    run: (w, requestId) =>
      createRoadmap({
        ...asOwner(w, requestId),
        data: CreateRoadmapSchema.parse({
          mode: "blank",
          title: "Zweiter Pilot",
          startDate: w.today,
          locale: "de",
        }),
      }),
  },
  {
    permission: "roadmap:create",
    name: "createRoadmap (template)",
    writes: ["roadmap", "create_from_template"],
    also: [["task", "create"]],
    run: (w, requestId) =>
      createRoadmap({
        ...asOwner(w, requestId),
        data: CreateRoadmapSchema.parse({
          mode: "template",
          title: "Zweiter Pilot",
          focusArea: "Angebote",
          startDate: w.today,
          locale: "de",
        }),
      }),
  },
  {
    permission: "roadmap:update",
    name: "updateRoadmap",
    writes: ["roadmap", "update"],
    run: (w, requestId) =>
      updateRoadmap({
        ...asOwner(w, requestId),
        roadmapId: w.roadmapId,
        data: EditRoadmapSchema.parse({
          title: "Umbenannt",
          startDate: w.start,
          plannedBudget: "25.000",
          version: "1",
        }),
      }),
  },
  {
    permission: "roadmap:update",
    name: "setRoadmapStatus",
    writes: ["roadmap", "status"],
    run: (w, requestId) =>
      setRoadmapStatus({ ...asOwner(w, requestId), roadmapId: w.roadmapId, to: "draft" }),
  },
  {
    permission: "phase:update",
    name: "addCriterion",
    writes: ["exit_criterion", "create"],
    run: (w, requestId) => addCriterion({ ...phaseRef(w, requestId), text: "Daten geprüft" }),
  },
  {
    permission: "phase:update",
    name: "setCriterionMet",
    writes: ["exit_criterion", "met"],
    run: async (w, requestId) =>
      setCriterionMet({
        ...phaseRef(w, requestId),
        ...(await phaseCriterion(w)),
        isMet: true,
      }),
  },
  {
    permission: "phase:update",
    name: "removeCriterion",
    writes: ["exit_criterion", "delete"],
    run: async (w, requestId) =>
      removeCriterion({ ...phaseRef(w, requestId), ...(await phaseCriterion(w)) }),
  },
  {
    permission: "gate:request",
    name: "requestGateApproval",
    writes: ["gate", "request"],
    run: (w, requestId) => requestGateApproval(phaseRef(w, requestId)),
  },
  {
    permission: "gate:approve",
    name: "decideGate",
    writes: ["gate", "approve"],
    run: async (w, requestId) => {
      await requestGateApproval(phaseRef(w, ""));
      return decideGate({ ...phaseRef(w, requestId), decision: "approve", comment: "" });
    },
  },
  {
    permission: "learning:create",
    name: "addLearning",
    writes: ["learning", "create"],
    run: (w, requestId) =>
      addLearning({
        ...asOwner(w, requestId),
        roadmapId: w.roadmapId,
        phase: "analysis",
        kind: "went_well",
        text: "Früh die Daten prüfen",
      }),
  },
  {
    permission: "budget:update",
    name: "addBudgetLine",
    writes: ["budget_line", "create"],
    run: (w, requestId) =>
      addBudgetLine({
        ...asOwner(w, requestId),
        roadmapId: w.roadmapId,
        phase: "pilot",
        label: "Beratung",
        plannedCents: 1_250_000,
        actualCents: 0,
      }),
  },
  {
    permission: "budget:update",
    name: "updateBudgetLine",
    writes: ["budget_line", "update"],
    run: async (w, requestId) =>
      updateBudgetLine({
        ...asOwner(w, requestId),
        roadmapId: w.roadmapId,
        ...(await budgetLine(w)),
        label: "Lizenzen",
        plannedCents: 200_000,
        actualCents: 15_050,
      }),
  },
  {
    permission: "budget:update",
    name: "removeBudgetLine",
    writes: ["budget_line", "delete"],
    run: async (w, requestId) =>
      removeBudgetLine({
        ...asOwner(w, requestId),
        roadmapId: w.roadmapId,
        ...(await budgetLine(w)),
      }),
  },
  // Tasks
  {
    permission: "task:create",
    name: "createTask",
    writes: ["task", "create"],
    run: (w, requestId) =>
      createTask({
        ...asOwner(w, requestId),
        roadmapId: w.roadmapId,
        phase: "pilot",
        data: createTaskSchema(templateSpan(w.start)).parse({
          title: "Neu",
          dueDate: addDaysIso(w.today, 7),
        }),
      }),
  },
  {
    permission: "task:update",
    name: "updateTask",
    writes: ["task", "update"],
    run: async (w, requestId) => {
      const task = await pilotTask(w);
      return updateTask({
        ...asOwner(w, requestId),
        roadmapId: w.roadmapId,
        taskId: task.id,
        data: updateTaskSchema(templateSpan(w.start)).parse({
          title: "Geändert",
          dueDate: addDaysIso(w.today, 7),
          status: "in_progress",
          version: String(task.version),
        }),
      });
    },
  },
  {
    permission: "task:update",
    name: "planTask",
    writes: ["task", "update"],
    run: async (w, requestId) => {
      const task = await pilotTask(w);
      return planTask({
        ...asOwner(w, requestId),
        roadmapId: w.roadmapId,
        data: planTaskSchema(templateSpan(w.start)).parse({
          taskId: task.id,
          ownerId: w.member.id,
          dueDate: addDaysIso(w.today, 5),
          priority: "high",
          version: String(task.version),
        }),
      });
    },
  },
  {
    permission: "task:update",
    name: "moveTask",
    writes: ["task", "move"],
    run: async (w, requestId) =>
      moveTask({
        ...asOwner(w, requestId),
        taskId: (await pilotTask(w)).id,
        move: { status: "blocked" },
      }),
  },
  {
    permission: "task:complete",
    name: "setTaskDone",
    writes: ["task", "complete"],
    run: async (w, requestId) =>
      setTaskDone({ ...asOwner(w, requestId), taskId: (await pilotTask(w)).id, done: true }),
  },
  {
    permission: "task:delete",
    name: "deleteTask",
    writes: ["task", "delete"],
    run: async (w, requestId) =>
      deleteTask({ ...asOwner(w, requestId), taskId: (await pilotTask(w)).id }),
  },
  {
    permission: "task:delete",
    name: "restoreTask",
    writes: ["task", "restore"],
    run: async (w, requestId) => {
      const { id } = await pilotTask(w);
      await deleteTask({ ...asOwner(w, ""), taskId: id });
      return restoreTask({ ...asOwner(w, requestId), taskId: id });
    },
  },
  // KPIs and their measurements
  {
    permission: "kpi:create",
    name: "createKpi",
    writes: ["kpi", "create"],
    run: (w, requestId) =>
      createKpi({ ...asOwner(w, requestId), input: CreateKpiSchema.parse(kpiForm(w)) }),
  },
  {
    permission: "kpi:update",
    name: "updateKpi",
    writes: ["kpi", "update"],
    run: async (w, requestId) =>
      updateKpi({
        ...asOwner(w, requestId),
        kpiId: (await kpiWithMeasurement(w)).kpiId,
        input: UpdateKpiSchema.parse({ ...kpiForm(w), name: "Angebote je Woche", version: "1" }),
      }),
  },
  {
    permission: "kpi:update",
    name: "setKpiArchived",
    writes: ["kpi", "archive"],
    run: async (w, requestId) =>
      setKpiArchived({
        ...asOwner(w, requestId),
        kpiId: (await kpiWithMeasurement(w)).kpiId,
        archived: true,
      }),
  },
  {
    permission: "measurement:record",
    name: "recordMeasurement",
    writes: ["kpi_measurement", "record"],
    run: async (w, requestId) =>
      recordMeasurement({
        ...asOwner(w, requestId),
        kpiId: (await kpiWithMeasurement(w)).kpiId,
        input: MeasurementSchema.parse({ value: "12,5", date: w.today }),
      }),
  },
  {
    permission: "measurement:record",
    name: "updateMeasurement",
    writes: ["kpi_measurement", "update"],
    run: async (w, requestId) =>
      updateMeasurement({
        ...asOwner(w, requestId),
        ...(await kpiWithMeasurement(w)),
        version: 1,
        canChangeAll: true,
        input: MeasurementSchema.parse({ value: "4", date: w.start }),
      }),
  },
  {
    permission: "measurement:record",
    name: "deleteMeasurement",
    writes: ["kpi_measurement", "delete"],
    run: async (w, requestId) =>
      deleteMeasurement({
        ...asOwner(w, requestId),
        ...(await kpiWithMeasurement(w)),
        version: 1,
        canChangeAll: true,
      }),
  },
];
