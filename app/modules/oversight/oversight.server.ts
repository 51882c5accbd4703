import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import { roadmapEndDate } from "../calendar/phase-dates";
import { OVERSIGHT_LIMITS } from "./fields";
import { ratePercent } from "./rates";
import type { ReviewFilter } from "./schema";

/*
 * The human-oversight log of a use case (AI Act Art 14, 26(2)/(5)): reading it. Every
 * function takes the organisation and puts `orgId` into every WHERE clause; a review
 * is always looked up through its use case too. Recording, correcting and deleting
 * reviews live in edit.server.ts.
 */

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
      roadmap: {
        select: { id: true, orgId: true, title: true, startDate: true, lengthDays: true },
      },
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
        ? {
            id: roadmap.id,
            title: roadmap.title,
            startDate,
            lengthDays: roadmap.lengthDays,
            endDate: roadmapEndDate({ startDate, lengthDays: roadmap.lengthDays }),
          }
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

export const reviewSelect = {
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

export function plainReview(row: ReviewRow) {
  return { ...row, date: utcDateToIso(row.date) };
}
export type PlainReview = ReturnType<typeof plainReview>;

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
