import { groupByKpi } from "../kpis/summary";
import type { KpiPoint } from "../kpis/summary";
import { readDerivedKpiSamples, readRoadmapKpiValues } from "./queries.server";
import type { DerivedKpiFilter } from "./queries.server";
import { isDerivedSource, weeklyRates, weeksToPoints } from "./rates";
export { weeksToPoints } from "./rates";
import type { RateSample, WeeklyRate } from "./rates";

/*
 * THE SEAM between the oversight log and the KPIs: a derived KPI's values look like
 * measurements ({ value, date }) to everything that reads KPIs, so chart, status,
 * dashboard card, list and report treat it exactly like a manual one.
 */

/** Groups sample rows by KPI into weekly rates (a pure fold; also used by the dashboard). */
export function weeklyRatesByKpi(
  rows: readonly (RateSample & { kpiId: string })[],
): Map<string, WeeklyRate[]> {
  const samples = new Map<string, RateSample[]>();
  for (const row of rows) {
    const list = samples.get(row.kpiId) ?? [];
    list.push({ date: row.date, reviewed: row.reviewed, hits: row.hits });
    samples.set(row.kpiId, list);
  }
  return new Map([...samples].map(([kpiId, list]) => [kpiId, weeklyRates(list)]));
}

/**
 * The weekly values of the organisation's derived KPIs that match the filter, by KPI
 * id. A KPI whose use case has no reviews is absent (no data yet). One round trip.
 */
export async function getDerivedKpiWeeks({
  orgId,
  ...filter
}: { orgId: string } & DerivedKpiFilter): Promise<Map<string, WeeklyRate[]>> {
  return weeklyRatesByKpi(await readDerivedKpiSamples(orgId, filter));
}

/**
 * The values of a roadmap's active KPIs, each read alike: a manual KPI's measurements (in
 * recording order), a derived one's weekly rates of its oversight log. One round trip,
 * whatever the number of KPIs; scoped by orgId.
 */
export async function getRoadmapKpiValues({
  orgId,
  roadmapId,
}: {
  orgId: string;
  roadmapId: string;
}): Promise<(kpi: { id: string; source: string }) => KpiPoint[]> {
  const rows = await readRoadmapKpiValues({ orgId, roadmapId });
  const byKpi = groupByKpi(rows.filter((row) => row.kind === 0));
  const derived = weeklyRatesByKpi(rows.filter((row) => row.kind === 1));
  return (kpi) =>
    isDerivedSource(kpi.source) ? weeksToPoints(derived.get(kpi.id)) : (byKpi.get(kpi.id) ?? []);
}
