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

type LineRef = Actor & { roadmapId: string; lineId: string };

export function updateBudgetLine(actor: LineRef & Amounts) {
  const after = {
    label: actor.label,
    plannedCents: actor.plannedCents,
    actualCents: actor.actualCents,
  };
  return changeLine(actor, { action: "update", after });
}

export function removeBudgetLine(actor: LineRef) {
  return changeLine(actor, { action: "delete" });
}

/** Finds the line (scoped by orgId and roadmap), changes it and audits it in one transaction. */
function changeLine(
  actor: LineRef,
  change: { action: "update"; after: Amounts } | { action: "delete" },
) {
  const { orgId, lineId } = actor;
  return db.$transaction(async (tx) => {
    const before = await tx.budgetLine.findFirst({
      where: { id: lineId, orgId, roadmapId: actor.roadmapId },
      select: { label: true, plannedCents: true, actualCents: true },
    });
    if (!before) return { status: "not_found" as const };
    if (change.action === "update") {
      await tx.budgetLine.updateMany({ where: { id: lineId, orgId }, data: change.after });
    } else {
      await tx.budgetLine.deleteMany({ where: { id: lineId, orgId } });
    }
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "budget_line",
      entityId: lineId,
      action: change.action,
      before,
      after: change.action === "update" ? change.after : undefined,
      requestId: actor.requestId,
    });
    return { status: "ok" as const };
  });
}
