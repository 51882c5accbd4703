import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { deleteVersioned, isUnchanged, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import { isoToUtcDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { phaseForToday } from "../calendar/phase-dates";
import { insertTask, isAssignable } from "../tasks/tasks.server";
import { notify } from "../notifications/notify.server";
import type { Actor } from "~/lib/actor";
import { plainReview, reviewSelect } from "./oversight.server";
import type { OversightUseCase, PlainReview } from "./oversight.server";
import type { ReviewInput } from "./schema";

/*
 * Recording, correcting and deleting oversight reviews. Every function takes the
 * organisation and puts `orgId` into every WHERE clause, updates and deletes included;
 * a review is always looked up through its use case too.
 *
 * Who may do what (app/lib/permissions.ts): "oversight:record" (members and up)
 * records a session; "oversight:manage" (managers, owners) corrects or deletes any.
 * Every change writes its audit event in the same transaction.
 */

type Tx = Prisma.TransactionClient;

/** What the audit trail keeps of a review. */
function auditSnapshot(review: PlainReview) {
  const { id: _id, version: _version, ...rest } = review;
  return rest;
}
type ReferenceField = "reviewerId" | "followUpOwnerId";

/** Reviewer and follow-up owner must be this organisation's (a forged form may name others). */
async function invalidReferences(orgId: string, input: ReviewInput): Promise<ReferenceField[]> {
  const [reviewer, ownerOk] = await Promise.all([
    db.membership.findFirst({ where: { orgId, userId: input.reviewerId }, select: { id: true } }),
    input.followUp?.ownerId ? isAssignable(orgId, input.followUp.ownerId) : true,
  ]);
  const invalid: ReferenceField[] = [];
  if (!reviewer) invalid.push("reviewerId");
  if (!ownerOk) invalid.push("followUpOwnerId");
  return invalid;
}

function reviewData(input: ReviewInput) {
  return {
    date: isoToUtcDate(input.date),
    reviewerId: input.reviewerId,
    reviewedCount: input.reviewedCount,
    approvedCount: input.approvedCount,
    correctedCount: input.correctedCount,
    rejectedCount: input.rejectedCount,
    note: input.note,
    hasIncident: input.incident !== null,
    incidentSeverity: input.incident?.severity ?? null,
    incidentDescription: input.incident?.description ?? "",
  };
}

type FollowUpContext = {
  useCase: OversightUseCase;
  today: IsoDate;
  /** The task's description, in the recording person's language. */
  description: string;
};

/** The follow-up task of a high-severity incident, in the roadmap's current phase. */
async function insertFollowUpTask(
  tx: Tx,
  actor: Actor,
  followUp: NonNullable<ReviewInput["followUp"]>,
  context: FollowUpContext,
): Promise<string | null> {
  const roadmap = context.useCase.roadmap;
  if (!roadmap) return null;
  const phase = await tx.phase.findFirst({
    where: {
      orgId: actor.orgId,
      roadmapId: roadmap.id,
      kind: phaseForToday(roadmap, context.today),
    },
    select: { id: true },
  });
  if (!phase) return null;
  const task = await insertTask(tx, {
    ...actor,
    roadmapId: roadmap.id,
    phaseId: phase.id,
    data: {
      title: followUp.title,
      description: context.description,
      ownerId: followUp.ownerId ?? "",
      dueDate: followUp.dueDate,
      priority: "high",
    },
  });
  return task.id;
}

/**
 * A high-severity incident (newly recorded, or a review raised to high) tells the use
 * case's owner and the organisation's managers and owners, in the same transaction.
 */
async function notifyHighIncident(
  tx: Tx,
  actor: Actor,
  useCase: OversightUseCase,
  severityBefore: string | null,
  input: ReviewInput,
) {
  if (input.incident?.severity !== "high" || severityBefore === "high") return;
  const managers = await tx.membership.findMany({
    where: { orgId: actor.orgId, role: { in: ["owner", "manager"] } },
    select: { userId: true },
  });
  await notify(tx, {
    orgId: actor.orgId,
    actorId: actor.actorId,
    recipientIds: [useCase.ownerId, ...managers.map((m) => m.userId)],
    kind: "incident_high",
    params: { useCase: useCase.title },
    path: `/use-cases/${useCase.id}/oversight`,
  });
}

export type ReviewWriteResult =
  | { ok: true; id: string; followUpTaskId: string | null }
  | { ok: false; reason: "invalid_reference"; fields: ReferenceField[] }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "stale"; current: PlainReview };

/** Records a review session (and its follow-up task, when one was asked for). */
export async function createReview(
  actor: Actor & { input: ReviewInput } & FollowUpContext,
): Promise<ReviewWriteResult> {
  const { orgId, input, useCase } = actor;
  const invalid = await invalidReferences(orgId, input);
  if (invalid.length > 0) return { ok: false, reason: "invalid_reference", fields: invalid };
  return db.$transaction(async (tx) => {
    const followUpTaskId = input.followUp
      ? await insertFollowUpTask(tx, actor, input.followUp, actor)
      : null;
    const review = await tx.oversightReview.create({
      data: {
        orgId,
        useCaseId: useCase.id,
        ...reviewData(input),
        followUpTaskId,
        recordedById: actor.actorId,
      },
      select: reviewSelect,
    });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      requestId: actor.requestId,
      entity: "oversight_review",
      entityId: review.id,
      action: "create",
      after: auditSnapshot(plainReview(review)),
    });
    await notifyHighIncident(tx, actor, useCase, null, input);
    return { ok: true as const, id: review.id, followUpTaskId };
  });
}

/**
 * Saves an edit only if nobody saved in between (the version the form was loaded
 * with); otherwise "stale" with the current values. A follow-up task asked for now is
 * created only when the review has none yet. A save without a change writes nothing
 * (app/lib/versioned.server.ts).
 */
export async function updateReview(
  actor: Actor & { reviewId: string; input: ReviewInput & { version: number } } & FollowUpContext,
): Promise<ReviewWriteResult> {
  const { orgId, input, useCase, reviewId } = actor;
  const invalid = await invalidReferences(orgId, input);
  if (invalid.length > 0) return { ok: false, reason: "invalid_reference", fields: invalid };
  const where = { id: reviewId, orgId, useCaseId: useCase.id };
  const next = { ...reviewData(input), date: input.date };
  return db.$transaction(async (tx): Promise<ReviewWriteResult> => {
    const read = async () => {
      const row = await tx.oversightReview.findFirst({ where, select: reviewSelect });
      return row ? plainReview(row) : null;
    };
    const asksFollowUp = (current: PlainReview) =>
      Boolean(input.followUp && !current.followUpTaskId);
    const saved = await saveVersioned({
      read,
      version: input.version,
      isUnchanged: (current) => isUnchanged(current, next) && !asksFollowUp(current),
      write: async (current) => {
        const claimed = await tx.oversightReview.updateMany({
          where: { ...where, version: input.version },
          data: { ...reviewData(input), version: { increment: 1 } },
        });
        // Only a save that won gets its follow-up task: a lost one leaves nothing behind.
        if (claimed.count > 0 && input.followUp && asksFollowUp(current)) {
          const followUpTaskId = await insertFollowUpTask(tx, actor, input.followUp, actor);
          await tx.oversightReview.updateMany({ where, data: { followUpTaskId } });
        }
        return claimed;
      },
    });
    if (saved.status === "not_found") return { ok: false, reason: "not_found" };
    if (saved.status === "conflict") return { ok: false, reason: "stale", current: saved.current };
    if (saved.status === "unchanged") {
      return { ok: true, id: reviewId, followUpTaskId: saved.current.followUpTaskId };
    }
    const after = await read();
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      requestId: actor.requestId,
      entity: "oversight_review",
      entityId: reviewId,
      action: "update",
      before: auditSnapshot(saved.before),
      after: after ? auditSnapshot(after) : undefined,
    });
    const severityBefore = saved.before.hasIncident ? saved.before.incidentSeverity : null;
    await notifyHighIncident(tx, actor, useCase, severityBefore, input);
    return { ok: true, id: reviewId, followUpTaskId: after?.followUpTaskId ?? null };
  });
}

/** Deletes a review (its follow-up task stays: it is planned work of its own). */
export async function deleteReview(
  actor: Actor & { useCaseId: string; reviewId: string; version: number },
): Promise<ReviewWriteResult> {
  const { orgId, useCaseId, reviewId } = actor;
  const where = { id: reviewId, orgId, useCaseId };
  return db.$transaction(async (tx): Promise<ReviewWriteResult> => {
    const removed = await deleteVersioned({
      read: async () => {
        const row = await tx.oversightReview.findFirst({ where, select: reviewSelect });
        return row ? plainReview(row) : null;
      },
      version: actor.version,
      remove: () => tx.oversightReview.deleteMany({ where: { ...where, version: actor.version } }),
    });
    if (removed.status === "not_found") return { ok: false, reason: "not_found" };
    if (removed.status === "conflict")
      return { ok: false, reason: "stale", current: removed.current };
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      requestId: actor.requestId,
      entity: "oversight_review",
      entityId: reviewId,
      action: "delete",
      before: auditSnapshot(removed.before),
    });
    return { ok: true, id: reviewId, followUpTaskId: removed.before.followUpTaskId };
  });
}
