import { readDerivedKpiSamples } from "./queries.server";
import type { DerivedKpiFilter } from "./queries.server";
import { weeklyRates } from "./rates";
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
