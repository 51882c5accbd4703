import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { spanOf } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { LEARNING_SOURCE_PREFIX, learningIdOf } from "./learning-source";
import { findPhaseId } from "./phases.server";
import type { LearningKind } from "./schema";

/**
 * The roadmap with its phases' learnings (newest first) and budget lines. Scoped by
 * orgId; null when the roadmap is not the organisation's. Five round trips.
 */
export async function getRoadmapLedger({ orgId, roadmapId }: { orgId: string; roadmapId: string }) {
  const [roadmap, learnings, budgetLines] = await Promise.all([
    db.roadmap.findFirst({
      where: { id: roadmapId, orgId },
      select: {
        id: true,
        title: true,
        status: true,
        startDate: true,
        lengthDays: true,
        plannedBudgetCents: true,
        phases: { where: { orgId }, select: { id: true, kind: true, gateStatus: true } },
      },
    }),
    db.learning.findMany({
      where: { orgId, roadmapId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        phaseId: true,
        kind: true,
        text: true,
        createdAt: true,
        author: { select: { name: true } },
      },
    }),
    db.budgetLine.findMany({
      where: { orgId, roadmapId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        phaseId: true,
        label: true,
        plannedCents: true,
        actualCents: true,
        suggested: true,
        version: true,
      },
    }),
  ]);
  if (!roadmap) return null;
  const kindOf = new Map(roadmap.phases.map((p) => [p.id, p.kind]));
  return {
    roadmap: {
      id: roadmap.id,
      title: roadmap.title,
      status: roadmap.status,
      ...spanOf(roadmap),
      plannedBudgetCents: roadmap.plannedBudgetCents,
    },
    learnings: learnings.map((l) => ({
      id: l.id,
      phase: kindOf.get(l.phaseId) ?? "analysis",
      kind: l.kind,
      text: l.text,
      createdAt: l.createdAt.toISOString(),
      authorName: l.author?.name ?? null,
    })),
    budgetLines: budgetLines.map((b) => ({
      id: b.id,
      phase: kindOf.get(b.phaseId) ?? "analysis",
      label: b.label,
      plannedCents: b.plannedCents,
      actualCents: b.actualCents,
      suggested: b.suggested,
      version: b.version,
    })),
  };
}

/**
 * Where the roadmap's learnings went: the roadmap that follows it (generated from its
 * closing review, Roadmap.predecessorId) and, by learning id, the task made there from
 * each carried learning (not deleted). Null while no roadmap follows. Scoped by orgId;
 * one query (Prisma reads the tasks with a second statement).
 */
export async function getLearningCarryOver({
  orgId,
  roadmapId,
}: {
  orgId: string;
  roadmapId: string;
}) {
  const successor = await db.roadmap.findFirst({
    where: { orgId, predecessorId: roadmapId },
    select: {
      id: true,
      title: true,
      tasks: {
        where: { orgId, deletedAt: null, sourceKey: { startsWith: LEARNING_SOURCE_PREFIX } },
        select: { id: true, title: true, sourceKey: true },
      },
    },
  });
  if (!successor) return null;
  const tasks: Record<string, { id: string; title: string }> = {};
  for (const task of successor.tasks) {
    const learningId = learningIdOf(task.sourceKey);
    if (learningId) tasks[learningId] = { id: task.id, title: task.title };
  }
  return { successor: { id: successor.id, title: successor.title }, tasks };
}

export async function addLearning(
  actor: Actor & { roadmapId: string; phase: PhaseKind; kind: LearningKind; text: string },
) {
  const { orgId } = actor;
  const phaseId = await findPhaseId(actor);
  if (!phaseId) return { status: "not_found" as const };
  await db.$transaction(async (tx) => {
    const learning = await tx.learning.create({
      data: {
        orgId,
        roadmapId: actor.roadmapId,
        phaseId,
        kind: actor.kind,
        text: actor.text,
        authorId: actor.actorId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "learning",
      entityId: learning.id,
      action: "create",
      after: { phase: actor.phase, kind: actor.kind, text: actor.text },
      requestId: actor.requestId,
    });
  });
  return { status: "ok" as const };
}
