import { readStoredResult } from "../assessments/register";
import { listObligations } from "../assessments/obligation-list";
import { roadmapEndDate } from "../calendar/phase-dates";
import type { IsoDate } from "../calendar/dates";
import { getRoadmapKpiValues } from "../oversight/derived.server";
import { summaryOfFigures } from "../oversight/queries.server";
import { annualHoursValueCents, priorityScore } from "../use-cases/priority";
import { ratingsOf } from "../use-cases/use-cases.server";
import { isRiskTier } from "../assessments/register";
import { groupLearnings } from "../roadmaps/learning-kinds";
import { readReviewHead, readReviewRecords } from "./queries.server";
import type { ReviewHead, ReviewRecords } from "./queries.server";
import { budgetByPhase } from "./snapshot";
import type { ReviewEvidence } from "./snapshot";
import { kpiResult } from "./verdict";

/** Which roadmap's review, and the day its figures are read on (the oversight's last 30 days). */
export type ReviewScope = { orgId: string; roadmapId: string; today: IsoDate };

/**
 * What the closing review of a roadmap looks at: each KPI's result against its target
 * (kpiResult), each use case of the roadmap with its priority score, AI Act tier and
 * open obligations, saved hours and their euro value, oversight figures; the learnings
 * by kind and the budget per phase. Scoped by orgId in every statement; null when the
 * roadmap is not the organisation's. Three statements, side by side, however many KPIs
 * and use cases: the roadmap (readReviewHead), its records (readReviewRecords) and its
 * KPIs' values.
 */
export async function getReviewEvidence(scope: ReviewScope): Promise<ReviewEvidence | null> {
  const [head, records, valuesOf] = await Promise.all([
    readReviewHead(scope),
    readReviewRecords(scope),
    getRoadmapKpiValues(scope),
  ]);
  return head ? evidenceOf(head.roadmap, records, valuesOf, scope.today) : null;
}

/**
 * The evidence of an active roadmap whose head is read already (the review page):
 * two statements, side by side.
 */
export async function getEvidenceOf(
  roadmap: ReviewHead["roadmap"],
  scope: ReviewScope,
): Promise<ReviewEvidence> {
  const [records, valuesOf] = await Promise.all([
    readReviewRecords(scope),
    getRoadmapKpiValues(scope),
  ]);
  return evidenceOf(roadmap, records, valuesOf, scope.today);
}

function evidenceOf(
  roadmap: ReviewHead["roadmap"],
  records: ReviewRecords,
  valuesOf: Awaited<ReturnType<typeof getRoadmapKpiValues>>,
  today: IsoDate,
): ReviewEvidence {
  /** The weeks the value of saved hours counts: the roadmap's days (12 6/7 weeks of 90). */
  const valueWeeks = roadmap.lengthDays / 7;
  const { obligationTasks } = records;
  const planned = obligationTasks.map((t) => t.sourceKey);
  const done = new Set(obligationTasks.filter((t) => t.status === "done").map((t) => t.sourceKey));

  return {
    roadmap: {
      id: roadmap.id,
      title: roadmap.title,
      startDate: roadmap.startDate,
      endDate: roadmapEndDate(roadmap),
      budgetCents: roadmap.plannedBudgetCents,
    },
    valueWeeks,
    kpis: records.kpis.map((k) => ({
      id: k.id,
      name: k.label,
      unit: k.unit,
      direction: k.direction,
      baseline: k.baseline,
      target: k.target,
      useCaseId: k.useCaseId,
      ...kpiResult(k, valuesOf(k)),
    })),
    useCases: records.useCases.map((u) => {
      const result = u.result ? readStoredResult(u.result) : null;
      const tier = isRiskTier(result?.tier) ? result.tier : null;
      const prefix = `obligation:${u.id}:`;
      const obligations = result
        ? listObligations(
            result,
            planned.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)),
            today,
          ).groups.flatMap((g) => g.obligations)
        : [];
      const summary = summaryOfFigures(u);
      return {
        id: u.id,
        title: u.label,
        status: u.status,
        ownerId: u.ownerId,
        ownerName: u.person,
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
          summary.reviewsLast30Days > 0 || summary.lastIncident
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
      records.learnings
        .map((l) => ({
          id: l.id,
          kind: l.learningKind,
          text: l.label,
          phase: l.phase ?? "analysis",
          authorName: l.person,
          createdAt: l.createdAt.toISOString(),
        }))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map(({ createdAt: _createdAt, ...learning }) => learning),
    ),
    budget: budgetByPhase(
      records.budgetLines.map((b) => ({
        phase: b.phase ?? "analysis",
        plannedCents: b.plannedCents,
        actualCents: b.actualCents,
      })),
    ),
  };
}
