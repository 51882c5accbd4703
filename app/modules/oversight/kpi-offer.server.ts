import { db } from "~/lib/db.server";
import { createKpi } from "../kpis/edit.server";
import { utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import type { Actor } from "~/lib/actor";
import { correctionRateKpiLine } from "./kpi-offer";
import type { OversightUseCase } from "./oversight.server";
import { toSamples, weeklyRates } from "./rates";

/**
 * Creates the use case's correction-rate KPI (see kpi-offer.ts for its line), through
 * the KPI module, so it is audited like any other. Idempotent: when the use case has
 * an active correction-rate KPI already, that one's id comes back.
 */
export async function createCorrectionRateKpi(
  actor: Actor & { useCase: OversightUseCase; name: string; today: IsoDate },
): Promise<{ ok: true; id: string } | { ok: false }> {
  const { orgId, useCase } = actor;
  const [existing, firstWeek] = await Promise.all([
    db.kpi.findFirst({
      where: {
        orgId,
        useCaseId: useCase.id,
        archivedAt: null,
        source: "oversight_correction_rate",
      },
      select: { id: true },
    }),
    // The earliest week's sessions decide the baseline: a week has few.
    db.oversightReview.findMany({
      where: { orgId, useCaseId: useCase.id },
      orderBy: { date: "asc" },
      take: 50,
      select: {
        date: true,
        reviewedCount: true,
        approvedCount: true,
        correctedCount: true,
        rejectedCount: true,
      },
    }),
  ]);
  if (existing) return { ok: true, id: existing.id };
  const weeks = weeklyRates(
    toSamples(
      "oversight_correction_rate",
      firstWeek.map((r) => ({
        date: utcDateToIso(r.date),
        reviewed: r.reviewedCount,
        approved: r.approvedCount,
        corrected: r.correctedCount,
        rejected: r.rejectedCount,
      })),
    ),
  );
  const line = correctionRateKpiLine({
    roadmap: useCase.roadmap ?? null,
    today: actor.today,
    firstWeekRate: weeks[0]?.value ?? null,
  });
  const result = await createKpi({
    orgId,
    actorId: actor.actorId,
    requestId: actor.requestId,
    input: {
      name: actor.name.slice(0, 120),
      category: "quality",
      unit: "%",
      direction: "lower_is_better",
      ...line,
      roadmapId: useCase.roadmap?.id ?? null,
      ownerId: useCase.ownerId,
      useCaseId: useCase.id,
      source: "oversight_correction_rate",
    },
  });
  return result.ok ? { ok: true, id: result.id } : { ok: false };
}
