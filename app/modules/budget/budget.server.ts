import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import type { PhaseKind } from "../calendar/phase-dates";
import { findPhaseId } from "../roadmaps/phases.server";

// A roadmap's budget lines: planned and actual amounts per phase, in cents. Each
// function is scoped by orgId and the roadmap and writes its audit event in the same
// transaction; the lines are read with the roadmap's learnings (getRoadmapLedger).

type Amounts = { label: string; plannedCents: number; actualCents: number };

export async function addBudgetLine(
  actor: Actor & { roadmapId: string; phase: PhaseKind } & Amounts,
) {
  const { orgId } = actor;
  const phaseId = await findPhaseId(actor);
  if (!phaseId) return { status: "not_found" as const };
  await db.$transaction(async (tx) => {
    const line = await tx.budgetLine.create({
      data: {
        orgId,
        roadmapId: actor.roadmapId,
        phaseId,
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
