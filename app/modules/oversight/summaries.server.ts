import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import type { IncidentSeverity } from "./fields";
import { last30DaysStart, ratePercent } from "./rates";

export type OversightSummary = {
  useCaseId: string;
  /** Review sessions dated in the last 30 days (today included). */
  reviewsLast30Days: number;
  outputsReviewedLast30Days: number;
  /** (corrected + rejected) / reviewed over the last 30 days, in percent; null: no reviews. */
  correctionRateLast30Days: number | null;
  lastIncident: { date: IsoDate; severity: IncidentSeverity } | null;
  /** High-severity incidents whose follow-up task is not done (or that have none). */
  openHighIncidents: number;
};

/**
 * A high-severity incident stays open until its follow-up task is done; without a
 * task (or when the task was deleted) it stays open.
 */
export function openHighIncidentWhere(): Prisma.OversightReviewWhereInput {
  return {
    hasIncident: true,
    incidentSeverity: "high",
    OR: [
      { followUpTaskId: null },
      { followUpTask: { is: { OR: [{ status: { not: "done" } }, { deletedAt: { not: null } }] } } },
    ],
  };
}

/**
 * The oversight evidence of some use cases, for the use case page, the AI register and
 * the report: one entry per requested id, in that order. Scoped: only reviews of this
 * organisation count, whatever ids are asked for. Three round trips, however many use
 * cases and reviews (none for an empty list).
 */
export async function getOversightSummaries({
  orgId,
  useCaseIds,
  today,
}: {
  orgId: string;
  useCaseIds: readonly string[];
  today: IsoDate;
}): Promise<OversightSummary[]> {
  if (useCaseIds.length === 0) return [];
  const ids = [...new Set(useCaseIds)];
  const scope = { orgId, useCaseId: { in: ids } };
  const [recent, incidents, open] = await Promise.all([
    db.oversightReview.groupBy({
      by: ["useCaseId"],
      where: {
        ...scope,
        date: { gte: isoToUtcDate(last30DaysStart(today)), lte: isoToUtcDate(today) },
      },
      _count: { _all: true },
      _sum: { reviewedCount: true, correctedCount: true, rejectedCount: true },
    }),
    // Incidents are rare: the newest per use case is picked below.
    db.oversightReview.findMany({
      where: { ...scope, hasIncident: true, incidentSeverity: { not: null } },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      select: { useCaseId: true, date: true, incidentSeverity: true },
    }),
    db.oversightReview.groupBy({
      by: ["useCaseId"],
      where: { ...scope, ...openHighIncidentWhere() },
      _count: { _all: true },
    }),
  ]);
  const recentBy = new Map(recent.map((r) => [r.useCaseId, r]));
  const openBy = new Map(open.map((r) => [r.useCaseId, r._count._all]));
  const lastBy = new Map<string, { date: IsoDate; severity: IncidentSeverity }>();
  for (const incident of incidents) {
    if (!lastBy.has(incident.useCaseId) && incident.incidentSeverity) {
      lastBy.set(incident.useCaseId, {
        date: utcDateToIso(incident.date),
        severity: incident.incidentSeverity,
      });
    }
  }
  return useCaseIds.map((useCaseId) => {
    const r = recentBy.get(useCaseId);
    const reviewed = r?._sum.reviewedCount ?? 0;
    const changed = (r?._sum.correctedCount ?? 0) + (r?._sum.rejectedCount ?? 0);
    return {
      useCaseId,
      reviewsLast30Days: r?._count._all ?? 0,
      outputsReviewedLast30Days: reviewed,
      correctionRateLast30Days: ratePercent(changed, reviewed),
      lastIncident: lastBy.get(useCaseId) ?? null,
      openHighIncidents: openBy.get(useCaseId) ?? 0,
    };
  });
}
