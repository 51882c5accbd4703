import type { IsoDate } from "../calendar/dates";
import type { UseCasePage } from "../use-cases/page.server";
import { readPilotUseCases } from "./queries.server";

/**
 * What the use case page shows of its oversight log: the 30-day figures, the latest
 * sessions and the KPIs that read the log (read by the page's statement, getUseCasePage).
 */
export type UseCaseOversight = UseCasePage["oversight"];

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
