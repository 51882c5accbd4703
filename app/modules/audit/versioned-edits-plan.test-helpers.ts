import { db } from "~/lib/db.server";
import { updateBudgetLine } from "../budget/budget.server";
import { addDaysIso, utcDateToIso } from "../calendar/dates";
import { templateSpan } from "../calendar/phase-dates";
import { updateKpi } from "../kpis/edit.server";
import { updateMeasurement } from "../kpis/measurements.server";
import { MeasurementSchema, UpdateKpiSchema } from "../kpis/schema";
import { setCriterionMet } from "../roadmaps/gates.server";
import { updateRoadmap } from "../roadmaps/roadmaps.server";
import { EditRoadmapSchema } from "../roadmaps/schema";
import { saveReviewDraft } from "../reviews/review.server";
import { planTaskSchema, updateTaskSchema } from "../tasks/schema";
import { planTask, updateTask } from "../tasks/tasks.server";
import {
  budgetLine,
  kpiForm,
  kpiWithMeasurement,
  phaseCriterion,
} from "./mutations-plan.test-helpers";
import { asOwner, pilotTask } from "./mutations.test-helpers";
import { answer } from "./versioned-edits.test-helpers";
import type { VersionedCase } from "./versioned-edits.test-helpers";

/** The plan's editable records (tasks, roadmap, KPIs, measurements, budget, exit criteria). */
export const VERSIONED_PLAN_CASES: VersionedCase[] = [
  {
    model: "Task",
    name: "updateTask",
    prepare: async (w) => {
      const { id } = await pilotTask(w);
      const form = (i: number, version: number) =>
        updateTaskSchema(templateSpan(w.start)).parse({
          title: `Aufgabe ${i}`,
          dueDate: addDaysIso(w.today, 7),
          status: "in_progress",
          version: String(version),
        });
      return {
        save: async (i, version, requestId) => {
          const r = await updateTask({
            ...asOwner(w, requestId),
            roadmapId: w.roadmapId,
            taskId: id,
            data: form(i, version),
          });
          const current = r.status === "conflict" ? r.current : undefined;
          return answer(
            r.status === "ok",
            current && { value: current.title, version: current.version },
            r,
          );
        },
        stored: async () => {
          const t = await db.task.findUniqueOrThrow({
            where: { id },
            select: { title: true, version: true },
          });
          return { value: t.title, version: t.version };
        },
        expected: (i) => `Aufgabe ${i}`,
      };
    },
  },
  {
    model: "Task",
    name: "planTask",
    prepare: async (w) => {
      const { id } = await pilotTask(w);
      return {
        save: async (i, version, requestId) => {
          const r = await planTask({
            ...asOwner(w, requestId),
            roadmapId: w.roadmapId,
            data: planTaskSchema(templateSpan(w.start)).parse({
              taskId: id,
              ownerId: w.member.id,
              dueDate: addDaysIso(w.today, i + 1),
              priority: "high",
              version: String(version),
            }),
          });
          const current = r.status === "conflict" ? r.current : undefined;
          return answer(
            r.status === "ok",
            current && { value: current.dueDate, version: current.version },
            r,
          );
        },
        stored: async () => {
          const t = await db.task.findUniqueOrThrow({
            where: { id },
            select: { dueDate: true, version: true },
          });
          return { value: utcDateToIso(t.dueDate), version: t.version };
        },
        expected: (i) => addDaysIso(w.today, i + 1),
      };
    },
  },
  {
    model: "Roadmap",
    name: "updateRoadmap",
    prepare: async (w) => ({
      save: async (i, version, requestId) => {
        const r = await updateRoadmap({
          ...asOwner(w, requestId),
          roadmapId: w.roadmapId,
          data: EditRoadmapSchema.parse({
            title: `Fahrplan ${i}`,
            startDate: w.start,
            plannedBudget: "25.000",
            version: String(version),
          }),
        });
        const current = r.status === "conflict" ? r.current : undefined;
        return answer(
          r.status === "ok",
          current && { value: current.title, version: current.version },
          r,
        );
      },
      stored: async () => {
        const r = await db.roadmap.findUniqueOrThrow({
          where: { id: w.roadmapId },
          select: { title: true, version: true },
        });
        return { value: r.title, version: r.version };
      },
      expected: (i) => `Fahrplan ${i}`,
    }),
  },
  {
    model: "Kpi",
    name: "updateKpi",
    prepare: async (w) => {
      const { kpiId } = await kpiWithMeasurement(w);
      return {
        save: async (i, version, requestId) => {
          const r = await updateKpi({
            ...asOwner(w, requestId),
            kpiId,
            input: UpdateKpiSchema.parse({
              ...kpiForm(w),
              name: `Kennzahl ${i}`,
              version: String(version),
            }),
          });
          const current = !r.ok && r.reason === "stale" ? r.current : undefined;
          return answer(r.ok, current && { value: current.name, version: current.version }, r);
        },
        stored: async () => {
          const k = await db.kpi.findUniqueOrThrow({
            where: { id: kpiId },
            select: { name: true, version: true },
          });
          return { value: k.name, version: k.version };
        },
        expected: (i) => `Kennzahl ${i}`,
      };
    },
  },
  {
    model: "KpiMeasurement",
    name: "updateMeasurement",
    prepare: async (w) => {
      const ref = await kpiWithMeasurement(w);
      return {
        save: async (i, version, requestId) => {
          const r = await updateMeasurement({
            ...asOwner(w, requestId),
            ...ref,
            version,
            canChangeAll: true,
            input: MeasurementSchema.parse({ value: "3", date: w.start, note: `Korrektur ${i}` }),
          });
          const current = r.status === "conflict" ? r.current : undefined;
          return answer(
            r.status === "ok",
            current && { value: current.note, version: current.version },
            r,
          );
        },
        stored: async () => {
          const m = await db.kpiMeasurement.findUniqueOrThrow({
            where: { id: ref.measurementId },
            select: { note: true, version: true },
          });
          return { value: m.note, version: m.version };
        },
        expected: (i) => `Korrektur ${i}`,
      };
    },
  },
  {
    model: "BudgetLine",
    name: "updateBudgetLine",
    prepare: async (w) => {
      const { lineId } = await budgetLine(w);
      return {
        save: async (i, version, requestId) => {
          const r = await updateBudgetLine({
            ...asOwner(w, requestId),
            roadmapId: w.roadmapId,
            lineId,
            version,
            label: `Position ${i}`,
            plannedCents: 100_000,
            actualCents: 0,
          });
          const current = r.status === "conflict" ? r.current : undefined;
          return answer(
            r.status === "ok",
            current && { value: current.label, version: current.version },
            r,
          );
        },
        stored: async () => {
          const l = await db.budgetLine.findUniqueOrThrow({
            where: { id: lineId },
            select: { label: true, version: true },
          });
          return { value: l.label, version: l.version };
        },
        expected: (i) => `Position ${i}`,
      };
    },
  },
  {
    model: "ExitCriterion",
    name: "setCriterionMet",
    prepare: async (w) => {
      const { criterionId } = await phaseCriterion(w);
      return {
        // A tick has two values: every save ticks it, and only the first may.
        save: async (_i, version, requestId) => {
          const r = await setCriterionMet({
            ...asOwner(w, requestId),
            roadmapId: w.roadmapId,
            phase: "analysis",
            criterionId,
            isMet: true,
            version,
          });
          const current = r.status === "conflict" ? r.current : undefined;
          return answer(
            r.status === "ok",
            current && { value: current.isMet, version: current.version },
            r,
          );
        },
        stored: async () => {
          const c = await db.exitCriterion.findUniqueOrThrow({
            where: { id: criterionId },
            select: { isMet: true, version: true },
          });
          return { value: c.isMet, version: c.version };
        },
        expected: () => true,
      };
    },
  },
  {
    model: "RoadmapReview",
    name: "saveReviewDraft",
    prepare: async (w) => {
      const stored = async () => {
        const r = await db.roadmapReview.findFirst({
          where: { roadmapId: w.roadmapId },
          select: { summary: true, version: true },
        });
        // Before its first save a review reads as empty, at version 1.
        return { value: r?.summary ?? "", version: r?.version ?? 1 };
      };
      return {
        save: async (i, version, requestId) => {
          const r = await saveReviewDraft({
            ...asOwner(w, requestId),
            roadmapId: w.roadmapId,
            input: { summary: `Fazit ${i}`, version, decisions: [] },
          });
          const current = r.status === "conflict" ? r.current : undefined;
          return answer(
            r.status === "ok",
            current && { value: current.summary, version: current.version },
            r,
          );
        },
        stored,
        expected: (i) => `Fazit ${i}`,
      };
    },
  },
];
