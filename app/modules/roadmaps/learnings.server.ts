import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { utcDateToIso } from "../calendar/dates";
import type { PhaseKind } from "../calendar/phase-dates";
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
      select: { id: true, phaseId: true, label: true, plannedCents: true, actualCents: true },
    }),
  ]);
  if (!roadmap) return null;
  const kindOf = new Map(roadmap.phases.map((p) => [p.id, p.kind]));
  return {
    roadmap: {
      id: roadmap.id,
      title: roadmap.title,
      status: roadmap.status,
      startDate: utcDateToIso(roadmap.startDate),
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
    })),
  };
}

export async function addLearning(
  actor: Actor & { roadmapId: string; phase: PhaseKind; kind: LearningKind; text: string },
) {
  const { orgId } = actor;
  const phase = await db.phase.findFirst({
    where: { orgId, roadmapId: actor.roadmapId, kind: actor.phase },
    select: { id: true },
  });
  if (!phase) return { status: "not_found" as const };
  await db.$transaction(async (tx) => {
    const learning = await tx.learning.create({
      data: {
        orgId,
        roadmapId: actor.roadmapId,
        phaseId: phase.id,
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

type Amounts = { label: string; plannedCents: number; actualCents: number };

export async function addBudgetLine(
  actor: Actor & { roadmapId: string; phase: PhaseKind } & Amounts,
) {
  const { orgId } = actor;
  const phase = await db.phase.findFirst({
    where: { orgId, roadmapId: actor.roadmapId, kind: actor.phase },
    select: { id: true },
  });
  if (!phase) return { status: "not_found" as const };
  await db.$transaction(async (tx) => {
    const line = await tx.budgetLine.create({
      data: {
        orgId,
        roadmapId: actor.roadmapId,
        phaseId: phase.id,
        label: actor.label,
        plannedCents: actor.plannedCents,
        actualCents: actor.actualCents,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "budget_line",
      entityId: line.id,
      action: "create",
      after: {
        phase: actor.phase,
        label: actor.label,
        plannedCents: actor.plannedCents,
        actualCents: actor.actualCents,
      },
      requestId: actor.requestId,
    });
  });
  return { status: "ok" as const };
}

export async function updateBudgetLine(
  actor: Actor & { roadmapId: string; lineId: string } & Amounts,
) {
  const { orgId } = actor;
  return db.$transaction(async (tx) => {
    const before = await tx.budgetLine.findFirst({
      where: { id: actor.lineId, orgId, roadmapId: actor.roadmapId },
      select: { label: true, plannedCents: true, actualCents: true },
    });
    if (!before) return { status: "not_found" as const };
    const after = {
      label: actor.label,
      plannedCents: actor.plannedCents,
      actualCents: actor.actualCents,
    };
    await tx.budgetLine.updateMany({ where: { id: actor.lineId, orgId }, data: after });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "budget_line",
      entityId: actor.lineId,
      action: "update",
      before,
      after,
      requestId: actor.requestId,
    });
    return { status: "ok" as const };
  });
}

export async function removeBudgetLine(actor: Actor & { roadmapId: string; lineId: string }) {
  const { orgId } = actor;
  return db.$transaction(async (tx) => {
    const before = await tx.budgetLine.findFirst({
      where: { id: actor.lineId, orgId, roadmapId: actor.roadmapId },
      select: { label: true, plannedCents: true, actualCents: true },
    });
    if (!before) return { status: "not_found" as const };
    await tx.budgetLine.deleteMany({ where: { id: actor.lineId, orgId } });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "budget_line",
      entityId: actor.lineId,
      action: "delete",
      before,
      requestId: actor.requestId,
    });
    return { status: "ok" as const };
  });
}
