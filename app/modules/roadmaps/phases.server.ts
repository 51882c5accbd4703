import { db } from "~/lib/db.server";
import type { PhaseKind } from "../calendar/phase-dates";

/** The id of the roadmap's phase of that kind; null when the roadmap is not the organisation's. */
export async function findPhaseId({
  orgId,
  roadmapId,
  phase,
}: {
  orgId: string;
  roadmapId: string;
  phase: PhaseKind;
}): Promise<string | null> {
  const row = await db.phase.findFirst({
    where: { orgId, roadmapId, kind: phase },
    select: { id: true },
  });
  return row?.id ?? null;
}
