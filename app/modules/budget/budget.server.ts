import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { deleteVersioned, isUnchanged, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import type { PhaseKind } from "../calendar/phase-dates";
import { findPhaseId } from "../roadmaps/phases.server";

// A roadmap's budget lines: planned and actual amounts per phase, in cents. Each
// function is scoped by orgId and the roadmap and writes its audit event in the same
// transaction; the lines are read with the roadmap's learnings (getRoadmapLedger).
// Changing or removing a line is version-checked (app/lib/versioned.server.ts).

type Tx = Prisma.TransactionClient;
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

type LineRef = Actor & { roadmapId: string; lineId: string; version: number };

/** A line as stored: what the audit trail and a conflict message show. */
export type BudgetLineSnapshot = Amounts & { version: number; suggested?: boolean };

export type LineResult =
  { status: "ok" | "not_found" } | { status: "conflict"; current: BudgetLineSnapshot };

function readLine(tx: Tx, actor: LineRef) {
  return tx.budgetLine.findFirst({
    where: { id: actor.lineId, orgId: actor.orgId, roadmapId: actor.roadmapId },
    select: { label: true, plannedCents: true, actualCents: true, suggested: true, version: true },
  });
}

function audit(
  tx: Tx,
  actor: LineRef,
  action: "update" | "delete",
  before: BudgetLineSnapshot,
  after?: Amounts,
) {
  const { version: _version, suggested: _suggested, ...was } = before;
  return recordAudit(tx, {
    orgId: actor.orgId,
    actorId: actor.actorId,
    entity: "budget_line",
    entityId: actor.lineId,
    action,
    before: was,
    after,
    requestId: actor.requestId,
  });
}

/**
 * Saves a line's label and amounts if it still has the version the page showed (scoped
 * by orgId and roadmap); a stale save gets the current line, a save without a change
 * writes nothing. Saving a suggested line (from the previous roadmap's review) confirms
 * it: the suggestion mark goes, even when the amounts stay.
 */
export function updateBudgetLine(actor: LineRef & Amounts): Promise<LineResult> {
  const { orgId, lineId, version } = actor;
  const after = {
    label: actor.label,
    plannedCents: actor.plannedCents,
    actualCents: actor.actualCents,
  };
  return db.$transaction(async (tx): Promise<LineResult> => {
    const saved = await saveVersioned({
      read: () => readLine(tx, actor),
      version,
      isUnchanged: (current) => isUnchanged(current, { ...after, suggested: false }),
      write: () =>
        tx.budgetLine.updateMany({
          where: { id: lineId, orgId, version },
          data: { ...after, suggested: false, version: { increment: 1 } },
        }),
    });
    if (saved.status === "saved") await audit(tx, actor, "update", saved.before, after);
    return saved.status === "conflict" || saved.status === "not_found" ? saved : { status: "ok" };
  });
}

/** Removes a line, unless it was changed since the page showed it (then "conflict"). */
export function removeBudgetLine(actor: LineRef): Promise<LineResult> {
  const { orgId, lineId, version } = actor;
  return db.$transaction(async (tx): Promise<LineResult> => {
    const removed = await deleteVersioned({
      read: () => readLine(tx, actor),
      version,
      remove: () => tx.budgetLine.deleteMany({ where: { id: lineId, orgId, version } }),
    });
    if (removed.status !== "deleted") return removed;
    await audit(tx, actor, "delete", removed.before);
    return { status: "ok" };
  });
}
