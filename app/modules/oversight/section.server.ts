import type { IsoDate } from "../calendar/dates";
import { listDerivedKpis } from "./kpi-offer.server";
import { readPilotUseCases, readRecentReviews } from "./queries.server";
import { getOversightSummaries } from "./summaries.server";

/**
 * What the use case page shows of its oversight log: the 30-day figures, the latest
 * sessions and the KPIs that read the log. Scoped by orgId; three statements, together.
 */
export async function getUseCaseOversight({
  orgId,
  useCaseId,
  today,
}: {
  orgId: string;
  useCaseId: string;
  today: IsoDate;
}) {
  const [[summary], recent, kpis] = await Promise.all([
    getOversightSummaries({ orgId, useCaseIds: [useCaseId], today }),
    readRecentReviews({ orgId, useCaseId, limit: 5 }),
    listDerivedKpis({ orgId, useCaseId }),
  ]);
  return { summary: summary!, recent, kpis };
}
export type UseCaseOversight = Awaited<ReturnType<typeof getUseCaseOversight>>;

/**
 * The roadmap's use cases that are selected or piloting, with their 30-day oversight
 * figures: the pilot board's quick entry (`canRecord`: whether the viewer may record).
 * Scoped by orgId; one round trip.
 */
export async function listPilotOversight({
  orgId,
  roadmapId,
  today,
  canRecord,
}: {
  orgId: string;
  roadmapId: string;
  today: IsoDate;
  canRecord: boolean;
}) {
  return { canRecord, useCases: await readPilotUseCases({ orgId, roadmapId, today }) };
}
export type PilotOversight = Awaited<ReturnType<typeof listPilotOversight>>;
