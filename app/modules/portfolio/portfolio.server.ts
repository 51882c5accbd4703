import { spentPercent } from "../budget/overrun";
import type { IsoDate } from "../calendar/dates";
import { roadmapEndDate } from "../calendar/phase-dates";
import { pilotValue } from "../dashboards/dashboard";
import { valuesOf } from "../kpis/kpis.server";
import { readRecentMeasurements } from "../kpis/queries.server";
import { groupByKpi } from "../kpis/summary";
import { getDerivedKpiWeeks } from "../oversight/derived.server";
import { kpiResult } from "../reviews/verdict";
import { summariseTasks } from "../roadmaps/progress";
import type { ProgressTask } from "../roadmaps/progress";
import { cumulativeFigures, orderByChain, tallyKpis, timelineLayout } from "./portfolio";
import type { RoadmapFigures } from "./portfolio";
import { readPortfolio } from "./queries.server";
import type { PortfolioRow } from "./queries.server";

/**
 * All roadmaps of the organisation for leadership: each with the dashboard's headline
 * figures (progress, KPIs met, value of the hours saved, budget spent) and its closing
 * review's decisions, in chain order (1 → 2 → 3) with the timeline's geometry, and the
 * figures summed across them. Scoped by orgId in every statement: three round trips sent
 * at once (the roadmaps with their tasks' counts, use cases and KPIs; the KPIs' latest
 * measurements; the derived KPIs' weeks), whatever the number of roadmaps, tasks and
 * measurements.
 *
 * Each figure comes from the rule the dashboard uses, so both always agree: progress
 * from summariseTasks, value from pilotValue (this roadmap's use cases and those its
 * review passed on to the next, its weeks up to today), KPIs from kpiResult on the values the KPI pages read (valuesOf), budget from
 * spentPercent over the budget lines.
 */
export async function getPortfolio({ orgId, today }: { orgId: string; today: IsoDate }) {
  const [rows, measurements, derived] = await Promise.all([
    readPortfolio(orgId),
    readRecentMeasurements({ orgId, archived: false }),
    getDerivedKpiWeeks({ orgId, archived: false }),
  ]);

  type Row<K extends PortfolioRow["kind"]> = Extract<PortfolioRow, { kind: K }>;
  const roadmapRows: Row<0>[] = [];
  const taskCounts: (ProgressTask & { roadmapId: string; count: number })[] = [];
  const useCases: Row<2>[] = [];
  const kpis: Row<3>[] = [];
  for (const row of rows) {
    if (row.kind === 0) roadmapRows.push(row);
    else if (row.kind === 1) taskCounts.push({ ...row, dueDate: row.date });
    else if (row.kind === 2) useCases.push(row);
    else kpis.push(row);
  }

  const tasksOf = groupBy(taskCounts);
  const useCasesOf = groupBy(useCases);
  const byKpi = groupByKpi(measurements);
  const verdictsOf = groupBy(
    kpis.map((kpi) => ({
      roadmapId: kpi.roadmapId,
      verdict: kpiResult(kpi, valuesOf(kpi, byKpi, derived)).verdict,
    })),
  );

  const roadmaps = orderByChain(
    roadmapRows.map((row) => {
      const tasks = summariseTasks(tasksOf.get(row.id) ?? [], today);
      const value = pilotValue(
        useCasesOf.get(row.id) ?? [],
        { startDate: row.date, lengthDays: row.lengthDays },
        today,
      );
      const budget = { plannedCents: row.plannedCents, actualCents: row.actualCents };
      const figures: RoadmapFigures = {
        percentDone: tasks.percentDone,
        tasksDone: tasks.done,
        tasksTotal: tasks.total,
        kpis: tallyKpis((verdictsOf.get(row.id) ?? []).map((k) => k.verdict)),
        valueCents: value.soFarCents,
        budget: { ...budget, percentUsed: spentPercent(budget) },
        decisions: row.reviewCompletedAt
          ? { scale: row.scaleCount, adjust: row.adjustCount, stop: row.stopCount }
          : null,
      };
      return {
        id: row.id,
        title: row.title,
        status: row.status,
        startDate: row.date,
        endDate: roadmapEndDate({ startDate: row.date, lengthDays: row.lengthDays }),
        predecessorId: row.predecessorId,
        reviewCompletedAt: row.reviewCompletedAt?.toISOString() ?? null,
        value: {
          weeks: value.weeks,
          hoursSoFar: value.hoursSoFar,
          useCases: value.useCases.length,
        },
        figures,
      };
    }),
  );

  const titleOf = new Map(roadmaps.map((r) => [r.id, r.title]));
  const successorOf = new Map(
    roadmaps.flatMap((r) => (r.predecessorId ? [[r.predecessorId, r.id] as const] : [])),
  );
  const link = (id: string | null | undefined) =>
    id && titleOf.has(id) ? { id, title: titleOf.get(id)! } : null;

  return {
    today,
    roadmaps: roadmaps.map((r) => ({
      ...r,
      predecessor: link(r.predecessorId),
      successor: link(successorOf.get(r.id)),
    })),
    /** The chains of more than one roadmap, each in order. */
    chains: chainsOf(roadmaps),
    timeline: timelineLayout(roadmaps, today),
    total: cumulativeFigures(roadmaps),
  };
}

export type Portfolio = Awaited<ReturnType<typeof getPortfolio>>;

function chainsOf(
  roadmaps: readonly { id: string; title: string; chain: number; length: number }[],
) {
  const chains = new Map<number, { id: string; title: string }[]>();
  for (const r of roadmaps) {
    if (r.length < 2) continue;
    const chain = chains.get(r.chain) ?? [];
    chain.push({ id: r.id, title: r.title });
    chains.set(r.chain, chain);
  }
  return [...chains.values()];
}

function groupBy<T extends { roadmapId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.roadmapId);
    if (list) list.push(row);
    else groups.set(row.roadmapId, [row]);
  }
  return groups;
}
