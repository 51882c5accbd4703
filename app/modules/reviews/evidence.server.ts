import { db } from "~/lib/db.server";
import { readStoredResult } from "../assessments/register";
import { listObligations } from "../assessments/obligation-list";
import { roadmapEndDate } from "../calendar/phase-dates";
import type { IsoDate } from "../calendar/dates";
import { getRoadmapKpiValues } from "../oversight/derived.server";
import { getOversightSummaries } from "../oversight/summaries.server";
import { getRoadmapLedger } from "../roadmaps/learnings.server";
import { annualHoursValueCents, priorityScore } from "../use-cases/priority";
import { ratingsOf } from "../use-cases/use-cases.server";
import { isRiskTier } from "../assessments/register";
import { groupLearnings } from "../roadmaps/learning-kinds";
import { budgetByPhase } from "./snapshot";
import type { ReviewEvidence } from "./snapshot";
import { kpiResult } from "./verdict";

/** Which roadmap's review, and the day its figures are read on (the oversight's last 30 days). */
export type ReviewScope = { orgId: string; roadmapId: string; today: IsoDate };

/**
 * What the closing review of a roadmap looks at: each KPI's result against its target
 * (kpiResult), each use case of the roadmap with its priority score, AI Act tier and
 * open obligations, saved hours and their euro value, oversight figures; the learnings
 * by kind and the budget per phase. Scoped by orgId in every query; null when the
 * roadmap is not this organisation's. Two rounds of reads, however many KPIs and use
 * cases: the roadmap's records together, then the oversight of its use cases.
 */
export async function getReviewEvidence({
  orgId,
  roadmapId,
  today,
}: ReviewScope): Promise<ReviewEvidence | null> {
  const [ledger, kpis, valuesOf, useCases, obligationTasks] = await Promise.all([
    getRoadmapLedger({ orgId, roadmapId }),
    db.kpi.findMany({
      where: { orgId, roadmapId, archivedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        unit: true,
        direction: true,
        baseline: true,
        target: true,
        source: true,
        useCaseId: true,
      },
    }),
    getRoadmapKpiValues({ orgId, roadmapId }),
    db.useCase.findMany({
      where: { orgId, roadmapId, archivedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        status: true,
        ownerId: true,
        owner: { select: { name: true } },
        hoursSavedPerWeek: true,
        hourlyCostCents: true,
        ratingValue: true,
        ratingDataQuality: true,
        ratingDataProtection: true,
        ratingTeamReadiness: true,
        ratingEffort: true,
        assessments: {
          where: { orgId, status: "completed" },
          orderBy: { completedAt: "desc" },
          take: 1,
          select: { result: true },
        },
      },
    }),
    // Obligations planned on this roadmap: obligation:<useCaseId>:<code>, see obligation-plan.
    db.task.findMany({
      where: { orgId, roadmapId, deletedAt: null, sourceKey: { startsWith: "obligation:" } },
      select: { sourceKey: true, status: true },
    }),
  ]);
  if (!ledger) return null;
  /** The weeks the value of saved hours counts: the roadmap's days (12 6/7 weeks of 90). */
  const valueWeeks = ledger.roadmap.lengthDays / 7;

  const oversight = await getOversightSummaries({
    orgId,
    useCaseIds: useCases.map((u) => u.id),
    today,
  });
  const oversightBy = new Map(oversight.map((o) => [o.useCaseId, o]));
  const planned = obligationTasks.flatMap((t) => (t.sourceKey ? [t.sourceKey] : []));
  const done = new Set(obligationTasks.filter((t) => t.status === "done").map((t) => t.sourceKey));

  return {
    roadmap: {
      id: ledger.roadmap.id,
      title: ledger.roadmap.title,
      startDate: ledger.roadmap.startDate,
      endDate: roadmapEndDate(ledger.roadmap),
      budgetCents: ledger.roadmap.plannedBudgetCents,
    },
    valueWeeks,
    kpis: kpis.map((k) => ({
      id: k.id,
      name: k.name,
      unit: k.unit,
      direction: k.direction,
      baseline: k.baseline,
      target: k.target,
      useCaseId: k.useCaseId,
      ...kpiResult(k, valuesOf(k)),
    })),
    useCases: useCases.map((u) => {
      const result = u.assessments[0] ? readStoredResult(u.assessments[0].result) : null;
      const tier = isRiskTier(result?.tier) ? result.tier : null;
      const prefix = `obligation:${u.id}:`;
      const obligations = result
        ? listObligations(
            result,
            planned.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)),
            today,
          ).groups.flatMap((g) => g.obligations)
        : [];
      const summary = oversightBy.get(u.id);
      return {
        id: u.id,
        title: u.title,
        status: u.status,
        ownerId: u.ownerId,
        ownerName: u.owner?.name ?? null,
        score: priorityScore({ ...ratingsOf(u), tier }),
        tier,
        openObligations: obligations
          .filter((o) => !done.has(`${prefix}${o.code}`))
          .map((o) => ({ code: o.code, appliesFrom: o.from })),
        obligationsTotal: obligations.length,
        hoursSavedPerWeek: u.hoursSavedPerWeek,
        hourlyCostCents: u.hourlyCostCents,
        valueCents: annualHoursValueCents(u.hoursSavedPerWeek, u.hourlyCostCents, valueWeeks),
        oversight:
          summary && (summary.reviewsLast30Days > 0 || summary.lastIncident)
            ? {
                reviewsLast30Days: summary.reviewsLast30Days,
                outputsReviewedLast30Days: summary.outputsReviewedLast30Days,
                correctionRateLast30Days: summary.correctionRateLast30Days,
                openHighIncidents: summary.openHighIncidents,
                lastIncident: summary.lastIncident,
              }
            : null,
      };
    }),
    learnings: groupLearnings(
      [...ledger.learnings]
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map((l) => ({
          id: l.id,
          kind: l.kind,
          text: l.text,
          phase: l.phase,
          authorName: l.authorName,
        })),
    ),
    budget: budgetByPhase(ledger.budgetLines),
  };
}
