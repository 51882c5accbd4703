import type { Prisma } from "~/lib/db.server";
import {
  annualHoursValueCents,
  compareByPriority,
  feasibility,
  matrixQuadrant,
  priorityScore,
} from "./priority";
import type { UseCaseRatings } from "./priority";
import { isRiskTier } from "../assessments/register";
import type { RiskTier } from "../assessments/result";
import {
  ASSESSMENT_HISTORY_LIMIT,
  readAssessmentHistory,
  readUseCaseFormOptions,
  readUseCaseSummaries,
  readUseCaseSummary,
} from "./queries.server";
import type { AssessmentRecord, UseCaseSummaryRecord } from "./queries.server";
import { USE_CASE_STATUSES } from "./status";
import type { UseCaseStatus } from "./status";

/**
 * Use cases, scoped: every function takes { orgId } and puts it into every WHERE
 * clause, so a use case of another organisation is simply not found. This file reads
 * them; creating, editing, status changes and archiving live in edit.server.ts.
 */

export const SUMMARY_SELECT = {
  id: true,
  title: true,
  area: true,
  status: true,
  description: true,
  hoursSavedPerWeek: true,
  hourlyCostCents: true,
  extraRevenueCents: true,
  errorReductionPct: true,
  ratingValue: true,
  ratingDataQuality: true,
  ratingDataProtection: true,
  ratingTeamReadiness: true,
  ratingEffort: true,
  archivedAt: true,
  version: true,
  roadmapId: true,
  ownerId: true,
  owner: { select: { name: true } },
  roadmap: { select: { title: true } },
} as const satisfies Prisma.UseCaseSelect;

type UseCaseRow = Prisma.UseCaseGetPayload<{ select: typeof SUMMARY_SELECT }>;

export function ratingsOf(row: {
  ratingValue: number;
  ratingDataQuality: number;
  ratingDataProtection: number;
  ratingTeamReadiness: number;
  ratingEffort: number;
}): UseCaseRatings {
  return {
    value: row.ratingValue,
    dataQuality: row.ratingDataQuality,
    dataProtectionRisk: row.ratingDataProtection,
    teamReadiness: row.ratingTeamReadiness,
    effort: row.ratingEffort,
  };
}

/** The use case as lists and pages show it; `tier` is its newest completed assessment's. */
export function shape(row: UseCaseRow, tier: RiskTier | null = null) {
  const ratings = { ...ratingsOf(row), tier };
  return {
    id: row.id,
    title: row.title,
    area: row.area,
    status: row.status as UseCaseStatus,
    description: row.description,
    hoursSavedPerWeek: row.hoursSavedPerWeek,
    hourlyCostCents: row.hourlyCostCents,
    extraRevenueCents: row.extraRevenueCents,
    errorReductionPct: row.errorReductionPct,
    annualHoursValueCents: annualHoursValueCents(row.hoursSavedPerWeek, row.hourlyCostCents),
    ratings,
    feasibility: feasibility(ratings),
    score: priorityScore(ratings),
    quadrant: matrixQuadrant(ratings),
    isArchived: row.archivedAt !== null,
    version: row.version,
    roadmapId: row.roadmapId,
    roadmapTitle: row.roadmap?.title ?? null,
    ownerId: row.ownerId,
    ownerName: row.owner?.name ?? null,
  };
}
export type UseCaseSummary = ReturnType<typeof shape>;

/** The organisation's use cases, best priority first: one statement. */
export async function listUseCases({
  orgId,
  archived = false,
  status,
}: {
  orgId: string;
  archived?: boolean;
  status?: UseCaseStatus;
}) {
  const rows = await readUseCaseSummaries({
    orgId,
    archived,
    statuses: status ? [status] : undefined,
    limit: 500,
  });
  return rows
    .map((row) => ({ ...shape(row, row.tier), tier: row.tier }))
    .sort((a, b) => compareByPriority(a.ratings, b.ratings));
}

/** Open use cases (neither archived, rejected nor stopped) for the value/feasibility matrix. */
export async function listMatrixUseCases({ orgId }: { orgId: string }) {
  const open = USE_CASE_STATUSES.filter((s) => s !== "rejected" && s !== "stopped");
  const rows = await readUseCaseSummaries({ orgId, archived: false, statuses: open, limit: 200 });
  return rows
    .map((row) => shape(row, row.tier))
    .sort((a, b) => compareByPriority(a.ratings, b.ratings));
}

function latestTier(assessments: { tier: string | null }[]): RiskTier | null {
  const tier = assessments[0]?.tier;
  return isRiskTier(tier) ? tier : null;
}

/** The use case with its latest assessment state, from its row and its assessments (newest first). */
export function detailOf(row: UseCaseSummaryRecord, assessments: readonly AssessmentRecord[]) {
  const completed = assessments.filter((a) => a.status === "completed");
  const draft = assessments.find((a) => a.status === "draft");
  return {
    ...shape(row, latestTier(completed)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    latestAssessment: completed[0]
      ? {
          id: completed[0].id,
          tier: completed[0].tier,
          rulesetVersion: completed[0].rulesetVersion,
          completedAt: completed[0].completedAt?.toISOString() ?? null,
          authorName: completed[0].authorName,
        }
      : null,
    hasDraft: draft !== undefined,
    assessmentCount: completed.length,
  };
}

/**
 * One use case with its latest assessment state; null when not in this organisation.
 * Two statements, together.
 */
export async function getUseCase({ orgId, useCaseId }: { orgId: string; useCaseId: string }) {
  const [row, assessments] = await Promise.all([
    readUseCaseSummary({ orgId, useCaseId }),
    readAssessmentHistory({ orgId, useCaseId, limit: ASSESSMENT_HISTORY_LIMIT }),
  ]);
  return row ? detailOf(row, assessments) : null;
}
export type UseCaseDetail = NonNullable<Awaited<ReturnType<typeof getUseCase>>>;

/** Roadmaps and members the use-case form offers, scoped to the organisation. */
export async function getUseCaseFormOptions({ orgId }: { orgId: string }) {
  const rows = (await readUseCaseFormOptions(orgId)).sort((a, b) => a.position - b.position);
  const roadmaps = rows
    .filter((row) => row.kind === 0)
    .map(({ id, name }) => ({ id, title: name }));
  const members = rows.filter((row) => row.kind === 1).map(({ id, name }) => ({ id, name }));
  return { roadmaps, members };
}
