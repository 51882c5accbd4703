import type { IsoDate } from "../calendar/dates";
import type { IncidentSeverity } from "./fields";
import { readOversightFigures, summaryOfFigures } from "./queries.server";

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
 * The oversight evidence of some use cases, for the use case page and the closing
 * review: one entry per requested id, in that order. Scoped: only this organisation's
 * use cases and reviews count, whatever ids are asked for (another organisation's id
 * reads as "no reviews"). One statement, however many use cases and reviews (none for
 * an empty list).
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
  const rows = await readOversightFigures({ orgId, useCaseIds: [...new Set(useCaseIds)], today });
  const byId = new Map(rows.map((row) => [row.useCaseId, row]));
  return useCaseIds.map((useCaseId) => {
    const row = byId.get(useCaseId);
    return { useCaseId, ...(row ? summaryOfFigures(row) : NO_REVIEWS) };
  });
}

const NO_REVIEWS: Omit<OversightSummary, "useCaseId"> = {
  reviewsLast30Days: 0,
  outputsReviewedLast30Days: 0,
  correctionRateLast30Days: null,
  lastIncident: null,
  openHighIncidents: 0,
};
