import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { deleteVersioned, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import { mailQueued } from "../mail/outbox.server";
import { notify } from "../notifications/notify.server";
import { emitGate } from "../webhooks/announce.server";
import type { PhaseKind } from "../calendar/phase-dates";

type Tx = Prisma.TransactionClient;
type PhaseRef = Actor & { roadmapId: string; phase: PhaseKind };

export type GateResult = { status: "ok" | "not_found" | "not_allowed" };

async function findPhase(orgId: string, roadmapId: string, kind: PhaseKind) {
  return db.phase.findFirst({
    where: { orgId, roadmapId, kind },
    select: {
      id: true,
      gateStatus: true,
      gateRequestedById: true,
      roadmap: { select: { title: true } },
    },
  });
}

/** Who may decide a gate (app/lib/permissions.ts): owners and designated viewers. */
async function gateApproverIds(tx: Tx, orgId: string): Promise<string[]> {
  const approvers = await tx.membership.findMany({
    where: { orgId, OR: [{ role: "owner" }, { role: "viewer", canApproveGates: true }] },
    select: { userId: true },
  });
  return approvers.map((m) => m.userId);
}

/** An exit criterion of this roadmap's phase, scoped by orgId; null when it is not. */
function findCriterion(tx: Tx, actor: PhaseRef & { criterionId: string }) {
  const { orgId } = actor;
  return tx.exitCriterion.findFirst({
    where: {
      id: actor.criterionId,
      orgId,
      phase: { orgId, roadmapId: actor.roadmapId, kind: actor.phase },
    },
    select: {
      id: true,
      isMet: true,
      text: true,
      version: true,
      phase: { select: { gateStatus: true } },
    },
  });
}

/** A criterion as stored: what a stale tick or removal is shown. */
export type CriterionSnapshot = { text: string; isMet: boolean; version: number };

export type CriterionResult = GateResult | { status: "conflict"; current: CriterionSnapshot };

/** Once the gate is approved its checklist is the record of that decision and stays. */
const lockedOnceApproved = (criterion: { phase: { gateStatus: string } }) =>
  criterion.phase.gateStatus === "approved" ? ({ status: "not_allowed" } as const) : null;

function conflict(current: CriterionSnapshot): CriterionResult {
  return {
    status: "conflict",
    current: { text: current.text, isMet: current.isMet, version: current.version },
  };
}

/**
 * Asks for the gate's approval (manager). Allowed while the gate is open or after a
 * rejection; the status guard in the WHERE clause makes a double click harmless.
 */
export async function requestGateApproval(actor: PhaseRef): Promise<GateResult> {
  const { orgId } = actor;
  const phase = await findPhase(orgId, actor.roadmapId, actor.phase);
  if (!phase) return { status: "not_found" };
  if (phase.gateStatus !== "open" && phase.gateStatus !== "rejected")
    return { status: "not_allowed" };
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.phase.updateMany({
      where: { id: phase.id, orgId, gateStatus: phase.gateStatus },
      data: {
        gateStatus: "requested",
        gateRequestedAt: new Date(),
        gateRequestedById: actor.actorId,
        gateDecidedAt: null,
        gateDecidedById: null,
        gateComment: "",
        version: { increment: 1 },
      },
    });
    if (count === 0) return { status: "not_allowed" as const };
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "gate",
      entityId: phase.id,
      action: "request",
      before: { gateStatus: phase.gateStatus },
      after: { gateStatus: "requested" },
      requestId: actor.requestId,
    });
    await notify(tx, {
      orgId,
      actorId: actor.actorId,
      recipientIds: await gateApproverIds(tx, orgId),
      kind: "gate_requested",
      params: { phase: actor.phase, roadmap: phase.roadmap.title },
      path: `/roadmaps/${actor.roadmapId}/phases/${actor.phase}`,
    });
    await emitGate(tx, orgId, "gate.requested", phase.id);
    return { status: "ok" as const };
  });
  mailQueued();
  return result;
}

/**
 * Approves or rejects a requested gate with a comment (owners, designated viewers).
 * Only a requested gate can be decided, and only once.
 */
export async function decideGate(
  actor: PhaseRef & { decision: "approve" | "reject"; comment: string },
): Promise<GateResult> {
  const { orgId } = actor;
  const phase = await findPhase(orgId, actor.roadmapId, actor.phase);
  if (!phase) return { status: "not_found" };
  if (phase.gateStatus !== "requested") return { status: "not_allowed" };
  const to = actor.decision === "approve" ? "approved" : "rejected";
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.phase.updateMany({
      where: { id: phase.id, orgId, gateStatus: "requested" },
      data: {
        gateStatus: to,
        gateDecidedAt: new Date(),
        gateDecidedById: actor.actorId,
        gateComment: actor.comment,
        version: { increment: 1 },
      },
    });
    if (count === 0) return { status: "not_allowed" as const };
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "gate",
      entityId: phase.id,
      action: actor.decision,
      before: { gateStatus: "requested" },
      after: { gateStatus: to, comment: actor.comment },
      requestId: actor.requestId,
    });
    await notify(tx, {
      orgId,
      actorId: actor.actorId,
      recipientIds: [phase.gateRequestedById],
      kind: "gate_decided",
      params: { phase: actor.phase, roadmap: phase.roadmap.title, decision: actor.decision },
      path: `/roadmaps/${actor.roadmapId}/phases/${actor.phase}`,
    });
    await emitGate(tx, orgId, "gate.decided", phase.id);
    return { status: "ok" as const };
  });
  mailQueued();
  return result;
}

/**
 * Ticks or unticks an exit criterion of a phase in this roadmap, if it still has the
 * version the board showed (not after the gate's approval).
 */
export async function setCriterionMet(
  actor: PhaseRef & { criterionId: string; isMet: boolean; version: number },
): Promise<CriterionResult> {
  const { orgId, criterionId: id, version } = actor;
  return db.$transaction(async (tx): Promise<CriterionResult> => {
    const saved = await saveVersioned({
      read: () => findCriterion(tx, actor),
      version,
      isUnchanged: (current) => current.isMet === actor.isMet,
      refuse: lockedOnceApproved,
      write: () =>
        tx.exitCriterion.updateMany({
          where: { id, orgId, version },
          data: { isMet: actor.isMet, version: { increment: 1 } },
        }),
    });
    if (saved.status === "conflict") return conflict(saved.current);
    if (saved.status !== "saved")
      return { status: saved.status === "unchanged" ? "ok" : saved.status };
    const { text, isMet } = saved.before;
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "exit_criterion",
      entityId: id,
      action: actor.isMet ? "met" : "unmet",
      before: { isMet, text },
      after: { isMet: actor.isMet, text },
      requestId: actor.requestId,
    });
    return { status: "ok" };
  });
}

/** Adds an exit criterion at the end of the phase's checklist (not after approval). */
export async function addCriterion(actor: PhaseRef & { text: string }): Promise<GateResult> {
  const { orgId } = actor;
  const phase = await findPhase(orgId, actor.roadmapId, actor.phase);
  if (!phase) return { status: "not_found" };
  if (phase.gateStatus === "approved") return { status: "not_allowed" };
  return db.$transaction(async (tx) => {
    const last = await tx.exitCriterion.aggregate({
      where: { orgId, phaseId: phase.id },
      _max: { position: true },
    });
    const created = await tx.exitCriterion.create({
      data: {
        orgId,
        phaseId: phase.id,
        text: actor.text,
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "exit_criterion",
      entityId: created.id,
      action: "create",
      after: { text: actor.text },
      requestId: actor.requestId,
    });
    return { status: "ok" as const };
  });
}

/** Removes an exit criterion (not after approval), unless it changed since the board showed it. */
export async function removeCriterion(
  actor: PhaseRef & { criterionId: string; version: number },
): Promise<CriterionResult> {
  const { orgId, criterionId: id, version } = actor;
  return db.$transaction(async (tx): Promise<CriterionResult> => {
    const removed = await deleteVersioned({
      read: () => findCriterion(tx, actor),
      version,
      refuse: lockedOnceApproved,
      remove: () => tx.exitCriterion.deleteMany({ where: { id, orgId, version } }),
    });
    if (removed.status === "conflict") return conflict(removed.current);
    if (removed.status !== "deleted") return { status: removed.status };
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "exit_criterion",
      entityId: id,
      action: "delete",
      before: { text: removed.before.text, isMet: removed.before.isMet },
      requestId: actor.requestId,
    });
    return { status: "ok" };
  });
}
