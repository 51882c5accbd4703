import type { Prisma } from "~/lib/db.server";
import { utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { roadmapEndDate } from "../calendar/phase-dates";
import { OVERSIGHT_LIMITS } from "./fields";
import {
  readOversightUseCase,
  readReview,
  readReviewFormOptions,
  readReviewLog,
  summaryOfFigures,
} from "./queries.server";
import { ratePercent } from "./rates";
import type { DerivedKpiSource } from "./rates";
import type { ReviewFilter } from "./schema";
import type { OversightSummary } from "./summaries.server";

/*
 * The human-oversight log of a use case (AI Act Art 14, 26(2)/(5)): reading it. Every
 * function takes the organisation and puts `orgId` into every WHERE clause; a review
 * is always looked up through its use case too. Recording, correcting and deleting
 * reviews live in edit.server.ts.
 */

/** The use case as the oversight pages need it; null when not in this organisation. One statement. */
export async function getOversightUseCase({
  orgId,
  useCaseId,
}: {
  orgId: string;
  useCaseId: string;
}) {
  const row = await readOversightUseCase({ orgId, useCaseId });
  if (!row) return null;
  const roadmap =
    row.roadmapId !== null &&
    row.roadmapTitle !== null &&
    row.roadmapStart !== null &&
    row.roadmapLength !== null
      ? {
          id: row.roadmapId,
          title: row.roadmapTitle,
          startDate: row.roadmapStart,
          lengthDays: row.roadmapLength,
        }
      : null;
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    isArchived: row.archivedAt !== null,
    ownerId: row.ownerId,
    roadmap: roadmap ? { ...roadmap, endDate: roadmapEndDate(roadmap) } : null,
  };
}
export type OversightUseCase = NonNullable<Awaited<ReturnType<typeof getOversightUseCase>>>;

/**
 * The people the form offers (reviewers: every member; follow-up owners: everyone but
 * viewers) and the values this person used last, so a regular reviewer types little:
 * their last reviewer and batch size in this use case, else in any. One statement.
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
  const rows = await readReviewFormOptions({ orgId, useCaseId, userId });
  const people: { id: string; name: string; canOwnTasks: boolean }[] = [];
  let last: { reviewerId: string | null; reviewedCount: number | null } | null = null;
  for (const row of rows) {
    if (row.kind === 0) {
      people.push({ id: row.id, name: row.name, canOwnTasks: row.role !== "viewer" });
    } else if (row.hereCount !== null) {
      last = { reviewerId: row.hereReviewerId, reviewedCount: row.hereCount };
    } else if (row.anyCount !== null) {
      last = { reviewerId: row.anyReviewerId, reviewedCount: row.anyCount };
    }
  }
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

/** One review of the use case, for the edit form; null when not there. One statement. */
export async function getReview({
  orgId,
  useCaseId,
  reviewId,
}: {
  orgId: string;
  useCaseId: string;
  reviewId: string;
}) {
  const row = await readReview({ orgId, useCaseId, reviewId });
  if (!row) return null;
  const { reviewerName, recordedByName, taskId, taskTitle, taskStatus, taskRoadmapId, ...review } =
    row;
  return {
    ...review,
    useCaseId,
    reviewerName,
    recordedByName,
    followUpTask:
      taskId !== null && taskTitle !== null && taskStatus !== null && taskRoadmapId !== null
        ? { id: taskId, title: taskTitle, status: taskStatus, roadmapId: taskRoadmapId }
        : null,
  };
}

/**
 * A use case's oversight log: its review sessions after the filters, newest first (at
 * most OVERSIGHT_LIMITS.listRows), and the totals of all that match (`list`); its
 * 30-day figures and the active KPIs that read the log (`overview`). One statement;
 * scoped by orgId (another organisation's use case reads as no sessions, no figures).
 */
export async function getOversightLog({
  orgId,
  useCaseId,
  filter,
  today,
}: {
  orgId: string;
  useCaseId: string;
  filter: ReviewFilter;
  today: IsoDate;
}) {
  const rows = await readReviewLog({
    orgId,
    useCaseId,
    filter,
    limit: OVERSIGHT_LIMITS.listRows + 1,
    today,
  });
  let totals = { sessions: 0, reviewed: 0, changed: 0 };
  let summary: OversightSummary = { useCaseId, ...summaryOfFigures(NO_FIGURES) };
  const reviews = [];
  const kpis: { id: string; name: string; source: DerivedKpiSource }[] = [];
  for (const row of rows) {
    if (row.kind === 0) {
      totals = { sessions: row.sessions, reviewed: row.totalReviewed, changed: row.totalChanged };
      summary = { useCaseId, ...summaryOfFigures(row) };
    } else if (row.kind === 1) {
      const { reviewerName, taskId, taskStatus, taskRoadmapId, kind: _, ...review } = row;
      reviews.push({
        ...review,
        useCaseId,
        reviewerName,
        followUpTask:
          taskId !== null && taskStatus !== null && taskRoadmapId !== null
            ? { id: taskId, status: taskStatus, roadmapId: taskRoadmapId }
            : null,
      });
    } else {
      kpis.push({ id: row.id, name: row.name, source: row.source });
    }
  }
  return {
    list: {
      reviews: reviews.slice(0, OVERSIGHT_LIMITS.listRows),
      isTruncated: reviews.length > OVERSIGHT_LIMITS.listRows,
      totals: { ...totals, correctionRate: ratePercent(totals.changed, totals.reviewed) },
    },
    overview: { summary, kpis },
  };
}
export type OversightLog = Awaited<ReturnType<typeof getOversightLog>>;
export type ReviewList = OversightLog["list"];

const NO_FIGURES = {
  reviews: 0,
  reviewed: 0,
  changed: 0,
  openHigh: 0,
  incidentDay: null,
  incidentSeverity: null,
};
