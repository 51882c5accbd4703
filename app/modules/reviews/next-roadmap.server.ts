import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { isUniqueViolation } from "~/lib/db-errors";
import { recordAudit, recordAuditMany } from "../audit/audit.server";
import { isoToUtcDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { PHASES } from "../calendar/phase-dates";
import { createRoadmapWithGates } from "../roadmaps/create.server";
import { CREATED_TASK_SELECT, taskCreatedEvent } from "../tasks/audit-state";
import { planNextRoadmap } from "./next-roadmap";
import type { FieldProblem, NextRoadmapOptions, NextRoadmapPlan } from "./next-roadmap";
import { readNextRoadmapInput } from "./next-roadmap-input.server";

// Generating the next roadmap from a completed closing review, and the roadmap chain
// (1 → 2 → 3). Scoped: every function takes the organisation id and puts it into every
// WHERE; the generation runs in one transaction with its audit events.

type Tx = Prisma.TransactionClient;
type Scope = { orgId: string; roadmapId: string; orgSlug: string };

export type GenerateResult =
  | { status: "not_found" }
  | { status: "not_ready" }
  | { status: "invalid"; fieldErrors: Record<string, FieldProblem> }
  | { status: "created" | "exists"; id: string };

/**
 * Generates the next roadmap of a roadmap whose closing review is completed, as a draft
 * with predecessorId = the old roadmap. Idempotent: when a successor exists (also one
 * created a moment ago by a second click or a colleague: the unique predecessorId
 * refuses the second), its id comes back and nothing is created.
 */
export async function generateNextRoadmap(
  actor: Actor & Scope & { options: NextRoadmapOptions; today: IsoDate },
): Promise<GenerateResult> {
  const read = await readNextRoadmapInput(actor);
  if (!read) return { status: "not_found" };
  if (read.successor) return { status: "exists", id: read.successor.id };
  if (!read.isReviewCompleted) return { status: "not_ready" };
  const planned = planNextRoadmap({ ...read.input, options: actor.options, today: actor.today });
  if (!planned.ok) return { status: "invalid", fieldErrors: planned.fieldErrors };
  try {
    const id = await db.$transaction((tx) => storePlan(tx, actor, read.input.locale, planned.plan));
    return { status: "created", id };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const successor = await db.roadmap.findFirst({
      where: { orgId: actor.orgId, predecessorId: actor.roadmapId },
      select: { id: true },
    });
    if (!successor) throw error;
    return { status: "exists", id: successor.id };
  }
}

async function storePlan(
  tx: Tx,
  actor: Actor & Scope,
  locale: "de" | "en",
  plan: NextRoadmapPlan,
): Promise<string> {
  const { orgId, actorId, requestId } = actor;
  const roadmap = await createRoadmapWithGates(tx, {
    orgId,
    actorId,
    title: plan.title,
    startDate: plan.startDate,
    locale,
    status: "draft",
    predecessorId: actor.roadmapId,
    lengthDays: plan.lengthDays,
    exitCriteria: plan.exitCriteria,
  });
  const phaseId = roadmap.phaseIds;

  const positions = new Map<string, number>();
  const tasks = await tx.task.createManyAndReturn({
    data: plan.tasks.map(({ phase, dueDate, ...task }) => {
      const position = positions.get(phase) ?? 0;
      positions.set(phase, position + 1);
      return {
        ...task,
        orgId,
        roadmapId: roadmap.id,
        phaseId: phaseId[phase],
        dueDate: isoToUtcDate(dueDate),
        position,
      };
    }),
    select: CREATED_TASK_SELECT,
  });
  await recordAuditMany(
    tx,
    tasks.map((task) => taskCreatedEvent(task, actor)),
  );

  const kpis = await tx.kpi.createManyAndReturn({
    data: plan.kpis.map(({ baselineFromLast: _b, baselineDate, targetDate, ...kpi }) => ({
      ...kpi,
      orgId,
      roadmapId: roadmap.id,
      baselineDate: isoToUtcDate(baselineDate),
      targetDate: isoToUtcDate(targetDate),
    })),
    select: {
      id: true,
      name: true,
      baseline: true,
      target: true,
      ownerId: true,
      carriedFromId: true,
    },
  });
  await recordAuditMany(
    tx,
    kpis.map(({ id, ...after }) => ({
      orgId,
      actorId,
      entity: "kpi",
      entityId: id,
      action: "create",
      after: { ...after, roadmapId: roadmap.id },
      requestId,
    })),
  );

  const lines = await tx.budgetLine.createManyAndReturn({
    data: plan.budgetLines.map(({ phase, ...line }) => ({
      ...line,
      orgId,
      roadmapId: roadmap.id,
      phaseId: phaseId[phase],
      suggested: true,
    })),
    select: { id: true, label: true, plannedCents: true, phaseId: true },
  });
  const kindOf = new Map(PHASES.map(({ kind }) => [phaseId[kind], kind]));
  await recordAuditMany(
    tx,
    lines.map(({ id, phaseId: linePhase, ...line }) => ({
      orgId,
      actorId,
      entity: "budget_line",
      entityId: id,
      action: "create",
      after: { ...line, phase: kindOf.get(linePhase) ?? null, actualCents: 0, suggested: true },
      requestId,
    })),
  );

  // The use cases to scale or adjust go on in the new roadmap; stopped ones stay behind.
  const moving = await tx.useCase.findMany({
    where: { orgId, id: { in: plan.carriedUseCaseIds }, roadmapId: actor.roadmapId },
    select: { id: true },
  });
  await tx.useCase.updateMany({
    where: { orgId, id: { in: moving.map((u) => u.id) }, roadmapId: actor.roadmapId },
    data: { roadmapId: roadmap.id, version: { increment: 1 } },
  });
  await recordAuditMany(
    tx,
    moving.map((useCase) => ({
      orgId,
      actorId,
      entity: "use_case",
      entityId: useCase.id,
      action: "move",
      before: { roadmapId: actor.roadmapId },
      after: { roadmapId: roadmap.id },
      requestId,
    })),
  );

  await recordAudit(tx, {
    orgId,
    actorId,
    entity: "roadmap",
    entityId: roadmap.id,
    action: "create_next",
    after: {
      title: plan.title,
      predecessorId: actor.roadmapId,
      startDate: plan.startDate,
      lengthDays: plan.lengthDays,
      tasks: tasks.length,
      kpis: kpis.length,
      budgetLines: lines.length,
      useCases: moving.map((u) => u.id),
    },
    requestId,
  });
  return roadmap.id;
}
