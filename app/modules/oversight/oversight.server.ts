import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { roadmapEndDate } from "../calendar/phase-dates";
import { insertTask, isAssignable } from "../tasks/tasks.server";
import type { Actor } from "~/lib/actor";
import { OVERSIGHT_LIMITS } from "./fields";
import { followUpPhase } from "./follow-up";
import { ratePercent } from "./rates";
import type { ReviewFilter, ReviewInput } from "./schema";

/*
 * The human-oversight log of a use case (AI Act Art 14, 26(2)/(5)). Every function
 * takes the organisation and puts `orgId` into every WHERE clause, updates and
 * deletes included; a review is always looked up through its use case too.
 *
 * Who may do what (app/lib/permissions.ts): "oversight:record" (members and up)
 * records a session; "oversight:manage" (managers, owners) corrects or deletes any.
 * Every change writes its audit event in the same transaction.
 */

type Tx = Prisma.TransactionClient;

/** The use case as the oversight pages need it; null when not in this organisation. */
export async function getOversightUseCase({
  orgId,
  useCaseId,
}: {
  orgId: string;
  useCaseId: string;
}) {
  const row = await db.useCase.findFirst({
    where: { id: useCaseId, orgId },
    select: {
      id: true,
      title: true,
      status: true,
      archivedAt: true,
      ownerId: true,
      roadmap: { select: { id: true, orgId: true, title: true, startDate: true } },
    },
  });
  if (!row) return null;
  const roadmap = row.roadmap && row.roadmap.orgId === orgId ? row.roadmap : null;
  const startDate = roadmap ? utcDateToIso(roadmap.startDate) : null;
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    isArchived: row.archivedAt !== null,
    ownerId: row.ownerId,
    roadmap:
      roadmap && startDate
        ? { id: roadmap.id, title: roadmap.title, startDate, endDate: roadmapEndDate(startDate) }
        : null,
  };
}
export type OversightUseCase = NonNullable<Awaited<ReturnType<typeof getOversightUseCase>>>;

/**
 * The people the form offers (reviewers: every member; follow-up owners: everyone but
 * viewers) and the values this person used last, so a regular reviewer types little:
 * their last reviewer and batch size in this use case, else in any.
 */
export async function getReviewFormOptions({
  orgId,
  useCaseId,
  userId,
}: {
  orgId: string;
  useCaseId: string;
  userId: string;
}) {
  const lastSelect = { reviewerId: true, reviewedCount: true } as const;
  const [members, lastHere, lastAnywhere] = await Promise.all([
    db.membership.findMany({
      where: { orgId },
      orderBy: { user: { name: "asc" } },
      take: 500,
      select: { role: true, user: { select: { id: true, name: true } } },
    }),
    db.oversightReview.findFirst({
      where: { orgId, useCaseId, recordedById: userId },
      orderBy: [{ createdAt: "desc" }, { date: "desc" }],
      select: lastSelect,
    }),
    db.oversightReview.findFirst({
      where: { orgId, recordedById: userId },
      orderBy: [{ createdAt: "desc" }, { date: "desc" }],
      select: lastSelect,
    }),
  ]);
  const people = members.map((m) => ({
    id: m.user.id,
    name: m.user.name,
    canOwnTasks: m.role !== "viewer",
  }));
  const last = lastHere ?? lastAnywhere;
  const lastReviewer = people.some((p) => p.id === last?.reviewerId) ? last!.reviewerId! : null;
  return {
    people,
    last: { reviewerId: lastReviewer ?? userId, reviewedCount: last?.reviewedCount ?? null },
  };
}
export type ReviewFormOptions = Awaited<ReturnType<typeof getReviewFormOptions>>;

const reviewSelect = {
  id: true,
  useCaseId: true,
  date: true,
  reviewerId: true,
  reviewedCount: true,
  approvedCount: true,
  correctedCount: true,
  rejectedCount: true,
  note: true,
  hasIncident: true,
  incidentSeverity: true,
  incidentDescription: true,
  followUpTaskId: true,
  version: true,
} as const satisfies Prisma.OversightReviewSelect;

type ReviewRow = Prisma.OversightReviewGetPayload<{ select: typeof reviewSelect }>;

function plainReview(row: ReviewRow) {
  return { ...row, date: utcDateToIso(row.date) };
}
export type PlainReview = ReturnType<typeof plainReview>;

/** What the audit trail keeps of a review. */
function auditSnapshot(review: PlainReview) {
  const { id: _id, version: _version, ...rest } = review;
  return rest;
}

/** One review of the use case, for the edit form; null when not there. */
export async function getReview({
  orgId,
  useCaseId,
  reviewId,
}: {
  orgId: string;
  useCaseId: string;
  reviewId: string;
}) {
  const row = await db.oversightReview.findFirst({
    where: { id: reviewId, orgId, useCaseId },
    select: {
      ...reviewSelect,
      reviewer: { select: { name: true } },
      recordedBy: { select: { name: true } },
      followUpTask: {
        select: { id: true, title: true, status: true, roadmapId: true, deletedAt: true },
      },
    },
  });
  if (!row) return null;
  const { reviewer, recordedBy, followUpTask, ...review } = row;
  return {
    ...plainReview(review),
    reviewerName: reviewer?.name ?? null,
    recordedByName: recordedBy?.name ?? null,
    followUpTask:
      followUpTask && followUpTask.deletedAt === null
        ? {
            id: followUpTask.id,
            title: followUpTask.title,
            status: followUpTask.status,
            roadmapId: followUpTask.roadmapId,
          }
        : null,
  };
}

function filterWhere(orgId: string, useCaseId: string, filter: ReviewFilter) {
  const date: Prisma.DateTimeFilter = {};
  if (filter.from) date.gte = isoToUtcDate(filter.from);
  if (filter.to) date.lte = isoToUtcDate(filter.to);
  return {
    orgId,
    useCaseId,
    ...(filter.from || filter.to ? { date } : {}),
    ...(filter.reviewerId ? { reviewerId: filter.reviewerId } : {}),
    ...(filter.incidentsOnly ? { hasIncident: true } : {}),
  } satisfies Prisma.OversightReviewWhereInput;
}

/**
 * The use case's review sessions after the filters, newest first (at most
 * OVERSIGHT_LIMITS.listRows), and the totals of all that match. Two round trips.
 */
export async function listReviews({
  orgId,
  useCaseId,
  filter,
}: {
  orgId: string;
  useCaseId: string;
  filter: ReviewFilter;
}) {
  const where = filterWhere(orgId, useCaseId, filter);
  const [rows, totals] = await Promise.all([
    db.oversightReview.findMany({
      where,
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      take: OVERSIGHT_LIMITS.listRows + 1,
      select: {
        ...reviewSelect,
        reviewer: { select: { name: true } },
        followUpTask: { select: { id: true, status: true, roadmapId: true, deletedAt: true } },
      },
    }),
    db.oversightReview.aggregate({
      where,
      _count: { _all: true },
      _sum: { reviewedCount: true, correctedCount: true, rejectedCount: true },
    }),
  ]);
  const reviewed = totals._sum.reviewedCount ?? 0;
  const changed = (totals._sum.correctedCount ?? 0) + (totals._sum.rejectedCount ?? 0);
  return {
    reviews: rows.slice(0, OVERSIGHT_LIMITS.listRows).map(({ reviewer, followUpTask, ...r }) => ({
      ...plainReview(r),
      reviewerName: reviewer?.name ?? null,
      followUpTask:
        followUpTask && followUpTask.deletedAt === null
          ? { id: followUpTask.id, status: followUpTask.status, roadmapId: followUpTask.roadmapId }
          : null,
    })),
    isTruncated: rows.length > OVERSIGHT_LIMITS.listRows,
    totals: {
      sessions: totals._count._all,
      reviewed,
      changed,
      correctionRate: ratePercent(changed, reviewed),
    },
  };
}
export type ReviewList = Awaited<ReturnType<typeof listReviews>>;

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
      kind: followUpPhase(roadmap.startDate, context.today),
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
    return { ok: true as const, id: review.id, followUpTaskId };
  });
}

/**
 * Saves an edit only if nobody saved in between (the version the form was loaded
 * with); otherwise "stale" with the current values. A follow-up task asked for now is
 * created only when the review has none yet.
 */
export async function updateReview(
  actor: Actor & { reviewId: string; input: ReviewInput & { version: number } } & FollowUpContext,
): Promise<ReviewWriteResult> {
  const { orgId, input, useCase, reviewId } = actor;
  const invalid = await invalidReferences(orgId, input);
  if (invalid.length > 0) return { ok: false, reason: "invalid_reference", fields: invalid };
  return db.$transaction(async (tx): Promise<ReviewWriteResult> => {
    const where = { id: reviewId, orgId, useCaseId: useCase.id };
    const row = await tx.oversightReview.findFirst({ where, select: reviewSelect });
    if (!row) return { ok: false, reason: "not_found" };
    const before = plainReview(row);
    if (row.version !== input.version) return { ok: false, reason: "stale", current: before };
    const followUpTaskId =
      input.followUp && !row.followUpTaskId
        ? await insertFollowUpTask(tx, actor, input.followUp, actor)
        : row.followUpTaskId;
    const { count } = await tx.oversightReview.updateMany({
      where: { ...where, version: input.version },
      data: { ...reviewData(input), followUpTaskId, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, reason: "stale", current: before };
    const after = await tx.oversightReview.findFirst({ where, select: reviewSelect });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      requestId: actor.requestId,
      entity: "oversight_review",
      entityId: reviewId,
      action: "update",
      before: auditSnapshot(before),
      after: after ? auditSnapshot(plainReview(after)) : undefined,
    });
    return { ok: true, id: reviewId, followUpTaskId };
  });
}

/** Deletes a review (its follow-up task stays: it is planned work of its own). */
export async function deleteReview(
  actor: Actor & { useCaseId: string; reviewId: string; version: number },
): Promise<ReviewWriteResult> {
  const { orgId, useCaseId, reviewId } = actor;
  return db.$transaction(async (tx): Promise<ReviewWriteResult> => {
    const where = { id: reviewId, orgId, useCaseId };
    const row = await tx.oversightReview.findFirst({ where, select: reviewSelect });
    if (!row) return { ok: false, reason: "not_found" };
    const before = plainReview(row);
    if (row.version !== actor.version) return { ok: false, reason: "stale", current: before };
    const { count } = await tx.oversightReview.deleteMany({
      where: { ...where, version: actor.version },
    });
    if (count === 0) return { ok: false, reason: "stale", current: before };
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      requestId: actor.requestId,
      entity: "oversight_review",
      entityId: reviewId,
      action: "delete",
      before: auditSnapshot(before),
    });
    return { ok: true, id: reviewId, followUpTaskId: row.followUpTaskId };
  });
}
