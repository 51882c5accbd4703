import { registerRows } from "../assessments/register.server";
import { getDashboardCached } from "../dashboards/dashboard.server";
import { toWireSeries } from "../kpis/series-wire";
import { kpiChartSeries } from "../kpis/summary";
import { getRoadmapKpiValues } from "../oversight/derived.server";
import { readReportRecords } from "./queries.server";
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
  // Two round trips (four when the dashboard's figures are not remembered), sent at once.
  const [dashboard, valuesOf, { register, learnings, budgetLines }] = await Promise.all([
    // Usually just opened from the dashboard: its figures are remembered.
    getDashboardCached({ orgId, roadmapId, today, dataVersion }),
    // Every measurement for the charts; derived KPIs chart their oversight log's weekly
    // rates, like measurements.
    getRoadmapKpiValues({ orgId, roadmapId }),
    // The AI register with the roadmap's learnings and budget lines beside it.
    readReportRecords({ orgId, roadmapId, today }),
  ]);
  if (!dashboard) return null;

  return {
    ...dashboard,
    // The dashboard's cards carry each KPI's line: the chart adds every value to it.
    kpis: dashboard.kpis.map((kpi) => ({
      ...kpi,
      series: toWireSeries(kpiChartSeries(kpi, valuesOf(kpi))),
    })),
    learnings,
    budgetLines,
    // The register is the organisation's, not the roadmap's: leadership answers for all.
    register: registerRows(register, today).filter((row) => !row.isArchived),
  };
}

export type LeadershipReport = NonNullable<Awaited<ReturnType<typeof getLeadershipReport>>>;
