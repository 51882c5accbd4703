import { db } from "~/lib/db.server";
import type { IsoDate } from "../calendar/dates";
import { isPhaseKind, spanOf } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { obligationSourceKey, obligationTaskTexts } from "../assessments/obligation-plan.server";
import { readStoredResult } from "../assessments/register";
import { isObligationInForce } from "../assessments/rules";
import { getObligation, isObligationCode } from "../assessments/ruleset";
import { getRoadmapKpiValues } from "../oversight/derived.server";
import type { NextRoadmapInput, OpenObligation } from "./next-roadmap";

/**
 * What the next roadmap is planned from: the previous roadmap, its review's decisions,
 * KPIs with their values (a derived KPI's from the oversight log, as the review shows them),
 * learnings, actual costs per phase, and the open obligations of the use cases the review
 * carries on. Scoped: orgId in every WHERE. Two round trips.
 */
export async function readNextRoadmapInput({
  orgId,
  roadmapId,
  orgSlug,
}: {
  orgId: string;
  roadmapId: string;
  orgSlug: string;
}) {
  const [roadmap, kpis, valuesOf, learnings, budget, members] = await Promise.all([
    db.roadmap.findFirst({
      where: { id: roadmapId, orgId },
      select: {
        id: true,
        title: true,
        startDate: true,
        lengthDays: true,
        locale: true,
        successor: { select: { id: true, title: true } },
        phases: { where: { orgId }, select: { id: true, kind: true } },
        review: {
          select: {
            completedAt: true,
            decisions: {
              where: { orgId },
              select: { useCaseId: true, decision: true, reason: true, rolloutUnits: true },
            },
          },
        },
      },
    }),
    db.kpi.findMany({
      where: { orgId, roadmapId, archivedAt: null },
      select: {
        id: true,
        useCaseId: true,
        ownerId: true,
        name: true,
        category: true,
        unit: true,
        direction: true,
        valueKind: true,
        source: true,
        baseline: true,
        target: true,
      },
    }),
    getRoadmapKpiValues({ orgId, roadmapId }),
    db.learning.findMany({
      where: { orgId, roadmapId },
      select: { id: true, kind: true, text: true, authorId: true, phaseId: true },
    }),
    db.budgetLine.groupBy({
      by: ["phaseId"],
      where: { orgId, roadmapId },
      _sum: { actualCents: true },
    }),
    db.membership.findMany({
      where: { orgId, role: { not: "viewer" } },
      select: { userId: true },
    }),
  ]);
  if (!roadmap) return null;
  const kindOf = new Map(
    roadmap.phases.flatMap((p) => (isPhaseKind(p.kind) ? [[p.id, p.kind] as const] : [])),
  );
  const decisions = roadmap.review?.decisions ?? [];
  const carried = decisions.filter((d) => d.decision !== "stop").map((d) => d.useCaseId);
  const [useCases, obligations] = await Promise.all([
    db.useCase.findMany({
      where: { orgId, id: { in: decisions.map((d) => d.useCaseId) } },
      select: { id: true, title: true, ownerId: true },
    }),
    readOpenObligations({ orgId, roadmapId, orgSlug, locale: roadmap.locale, useCaseIds: carried }),
  ]);

  const input: Omit<NextRoadmapInput, "options" | "today"> = {
    previous: { id: roadmap.id, title: roadmap.title, ...spanOf(roadmap) },
    locale: roadmap.locale,
    useCases,
    decisions,
    kpis: kpis.map((kpi) => ({ ...kpi, measurements: valuesOf(kpi) })),
    learnings: learnings.flatMap(({ phaseId, ...learning }) => {
      const phase = kindOf.get(phaseId);
      return phase ? [{ ...learning, phase }] : [];
    }),
    obligations,
    actuals: budget.flatMap((row) => {
      const phase = kindOf.get(row.phaseId);
      return phase ? [{ phase, actualCents: row._sum.actualCents ?? 0 }] : [];
    }),
    assignable: members.map((m) => m.userId),
  };
  return {
    input,
    successor: roadmap.successor,
    isReviewCompleted: Boolean(roadmap.review?.completedAt),
  };
}

/**
 * The obligations of each use case's newest completed assessment that the previous
 * roadmap has not done (no task for it, or its task is not done), as tasks to plan.
 */
async function readOpenObligations({
  orgId,
  roadmapId,
  orgSlug,
  locale,
  useCaseIds,
}: {
  orgId: string;
  roadmapId: string;
  orgSlug: string;
  locale: NextRoadmapInput["locale"];
  useCaseIds: string[];
}): Promise<OpenObligation[]> {
  if (useCaseIds.length === 0) return [];
  const [assessments, done, useCases] = await Promise.all([
    db.assessment.findMany({
      where: { orgId, useCaseId: { in: useCaseIds }, status: "completed" },
      orderBy: [{ completedAt: "desc" }, { id: "desc" }],
      select: { id: true, useCaseId: true, result: true },
    }),
    db.task.findMany({
      where: {
        orgId,
        roadmapId,
        status: "done",
        deletedAt: null,
        sourceKey: { startsWith: "obligation:" },
      },
      select: { sourceKey: true },
    }),
    db.useCase.findMany({
      where: { orgId, id: { in: useCaseIds } },
      select: { id: true, title: true },
    }),
  ]);
  const isDone = new Set(done.map((t) => t.sourceKey));
  const seen = new Set<string>();
  return assessments.flatMap((assessment) => {
    // The newest completed assessment per use case counts (they come newest first).
    if (seen.has(assessment.useCaseId)) return [];
    seen.add(assessment.useCaseId);
    const useCase = useCases.find((u) => u.id === assessment.useCaseId);
    const result = readStoredResult(assessment.result);
    if (!result || !useCase) return [];
    return result.obligations.filter(isObligationCode).flatMap((code) => {
      const sourceKey = obligationSourceKey(useCase.id, code);
      if (isDone.has(sourceKey)) return [];
      const link = `/o/${orgSlug}/use-cases/${useCase.id}/assessments/${assessment.id}#obligation-${code}`;
      const suggested: PhaseKind = getObligation(code).suggestedPhase;
      const legalDate: IsoDate | null = result.obligationAppliesFrom[code] ?? null;
      return [
        {
          useCaseId: useCase.id,
          sourceKey,
          ...obligationTaskTexts(locale, code, useCase, link),
          suggestedPhase: suggested,
          legalDate,
          inForce: isObligationInForce(result, code),
        },
      ];
    });
  });
}
