import { db } from "~/lib/db.server";
import { listRegister } from "../assessments/register.server";
import { getDashboardCached } from "../dashboards/dashboard.server";
import { kpiChartSeries, toKpiDefinition } from "../kpis/summary";
import { getRoadmapKpiValues } from "../oversight/derived.server";
import { utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";

/**
 * Everything the printable leadership report shows: the dashboard's figures, each
 * KPI's chart series, the AI register, the learnings and the budget lines. Scoped by
 * orgId; null when the roadmap is not this organisation's.
 */
export async function getLeadershipReport({
  orgId,
  roadmapId,
  today,
  dataVersion,
}: {
  orgId: string;
  roadmapId: string;
  today: IsoDate;
  /** The organisation's dataVersion as the session read it (see getDashboardCached). */
  dataVersion?: number;
}) {
  const [dashboard, kpis, valuesOf, learnings, budgetLines, register] = await Promise.all([
    // Usually just opened from the dashboard: its figures are remembered.
    getDashboardCached({ orgId, roadmapId, today, dataVersion }),
    db.kpi.findMany({
      where: { orgId, roadmapId, archivedAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        direction: true,
        baseline: true,
        target: true,
        baselineDate: true,
        targetDate: true,
        source: true,
      },
    }),
    // Every measurement for the charts; derived KPIs chart their oversight log's weekly
    // rates, like measurements.
    getRoadmapKpiValues({ orgId, roadmapId }),
    db.learning.findMany({
      where: { orgId, roadmapId },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: {
        id: true,
        kind: true,
        text: true,
        createdAt: true,
        phase: { select: { kind: true } },
        author: { select: { name: true } },
      },
    }),
    db.budgetLine.findMany({
      where: { orgId, roadmapId },
      orderBy: [{ phase: { position: "asc" } }, { createdAt: "asc" }],
      select: {
        id: true,
        label: true,
        plannedCents: true,
        actualCents: true,
        phase: { select: { kind: true, position: true } },
      },
    }),
    listRegister({ orgId, today }),
  ]);
  if (!dashboard) return null;

  const seriesById = new Map(
    kpis.map((k) => [k.id, kpiChartSeries(toKpiDefinition(k), valuesOf(k))]),
  );

  return {
    ...dashboard,
    kpis: dashboard.kpis.map((kpi) => ({
      ...kpi,
      series: seriesById.get(kpi.id) ?? null,
    })),
    learnings: learnings.map((l) => ({
      id: l.id,
      kind: l.kind,
      text: l.text,
      phase: l.phase.kind,
      authorName: l.author?.name ?? null,
      createdOn: utcDateToIso(l.createdAt),
    })),
    budgetLines: budgetLines.map((b) => ({
      id: b.id,
      label: b.label,
      plannedCents: b.plannedCents,
      actualCents: b.actualCents,
      phase: b.phase.kind,
      position: b.phase.position,
    })),
    // The register is the organisation's, not the roadmap's: leadership answers for all.
    register: register.filter((row) => !row.isArchived),
  };
}

export type LeadershipReport = NonNullable<Awaited<ReturnType<typeof getLeadershipReport>>>;
