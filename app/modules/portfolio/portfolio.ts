import { addDaysIso, assertIsoDate, diffDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import type { KpiVerdict } from "../reviews/verdict";
import type { RoadmapStatus } from "../roadmaps/status";

/*
 * Pure pieces of the portfolio (all roadmaps of an organisation for leadership): the
 * order of the roadmaps along their chains (1 → 2 → 3), the timeline's geometry, and
 * the figures summed across roadmaps. Each roadmap's own figures come from the rules
 * the dashboard uses (progress.ts, pilotValue, kpiResult, budgetUsedPercent); this file
 * adds none of its own.
 */

/** KPIs of a roadmap by their verdict: met, with at least one value, all. */
export type KpiTally = { met: number; withValues: number; total: number };

export function tallyKpis(verdicts: readonly KpiVerdict[]): KpiTally {
  let met = 0;
  let withValues = 0;
  for (const verdict of verdicts) {
    if (verdict === "met") met++;
    if (verdict !== "no_data") withValues++;
  }
  return { met, withValues, total: verdicts.length };
}

/** A completed review's decisions per use case. */
export type DecisionCounts = { scale: number; adjust: number; stop: number };

export type RoadmapFigures = {
  /** Share of tasks done (0–100), as on the overview and the dashboard. */
  percentDone: number;
  tasksDone: number;
  tasksTotal: number;
  kpis: KpiTally;
  /** Euro value of the hours saved so far (the dashboard's pilotValue), in cents. */
  valueCents: number;
  budget: { plannedCents: number; actualCents: number; percentUsed: number };
  /** Null until the roadmap's closing review is completed. */
  decisions: DecisionCounts | null;
};

export type CumulativeFigures = {
  valueCents: number;
  kpis: KpiTally;
  /** Roadmaps completed (or closed by a review and archived since). */
  completed: number;
  roadmaps: number;
};

/**
 * The organisation's figures across all its roadmaps, archived ones included (their
 * value was realised all the same): the sums of each roadmap's figures.
 */
export function cumulativeFigures(
  roadmaps: readonly { status: RoadmapStatus; figures: RoadmapFigures }[],
): CumulativeFigures {
  const total: CumulativeFigures = {
    valueCents: 0,
    kpis: { met: 0, withValues: 0, total: 0 },
    completed: 0,
    roadmaps: roadmaps.length,
  };
  for (const { status, figures } of roadmaps) {
    total.valueCents += figures.valueCents;
    total.kpis.met += figures.kpis.met;
    total.kpis.withValues += figures.kpis.withValues;
    total.kpis.total += figures.kpis.total;
    if (status === "completed" || figures.decisions !== null) total.completed++;
  }
  return total;
}

type Chainable = { id: string; predecessorId: string | null; startDate: IsoDate };

export type ChainPlace = {
  /** 0-based number of the chain, in the order the chains start. */
  chain: number;
  /** 1-based place in the chain: 1 for a roadmap without a predecessor. */
  step: number;
  /** Roadmaps in this chain (1 for a roadmap on its own). */
  length: number;
};

/**
 * The roadmaps in reading order: chain after chain (roadmap 1 → 2 → 3, each following
 * its predecessor), the chains by the start of their first roadmap (then by id, so the
 * order never depends on the database's). A predecessor outside the list (it cannot be
 * another organisation's, but may be absent) starts a chain; a cycle, which the data
 * should never hold, is broken where it is found.
 */
export function orderByChain<R extends Chainable>(roadmaps: readonly R[]): (R & ChainPlace)[] {
  const byId = new Map(roadmaps.map((r) => [r.id, r]));
  const successorOf = new Map<string, R>();
  for (const r of roadmaps) {
    if (r.predecessorId && byId.has(r.predecessorId) && r.predecessorId !== r.id) {
      const known = successorOf.get(r.predecessorId);
      if (!known || compareStart(r, known) < 0) successorOf.set(r.predecessorId, r);
    }
  }
  const isHead = (r: R) =>
    !r.predecessorId || !byId.has(r.predecessorId) || successorOf.get(r.predecessorId)?.id !== r.id;
  const heads = roadmaps.filter(isHead).sort(compareStart);
  const seen = new Set<string>();
  const chains: R[][] = [];
  const follow = (head: R) => {
    const chain: R[] = [];
    for (let r: R | undefined = head; r && !seen.has(r.id); r = successorOf.get(r.id)) {
      seen.add(r.id);
      chain.push(r);
    }
    chains.push(chain);
  };
  for (const head of heads) follow(head);
  // Only a cycle is left unseen: start it at its earliest roadmap.
  for (const r of [...roadmaps].sort(compareStart)) if (!seen.has(r.id)) follow(r);
  chains.sort((a, b) => compareStart(a[0]!, b[0]!));
  return chains.flatMap((chain, index) =>
    chain.map((r, i) => ({ ...r, chain: index, step: i + 1, length: chain.length })),
  );
}

function compareStart(a: Chainable, b: Chainable): number {
  return a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id < b.id ? -1 : 1;
}

export type TimelineBar = {
  id: string;
  /** Left edge and width in percent of the axis. */
  left: number;
  width: number;
  /**
   * The elbow from the predecessor's bar (the row above) to this one: from the end of
   * the predecessor (x, percent) to this bar's start. Null without a predecessor above.
   */
  link: { from: number; to: number } | null;
};

export type TimelineLayout = {
  start: IsoDate;
  end: IsoDate;
  /** The first day of each month on the axis; quarters (Jan, Apr, Jul, Oct) are major. */
  months: { date: IsoDate; left: number; major: boolean }[];
  today: { date: IsoDate; left: number };
  bars: TimelineBar[];
};

const round = (n: number) => Math.round(n * 1000) / 1000;

function startOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 8)}01`;
}

function nextMonth(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12
    ? `${String(year + 1).padStart(4, "0")}-01-01`
    : `${date.slice(0, 5)}${String(month + 1).padStart(2, "0")}-01`;
}

/**
 * Where each roadmap's bar stands on one time axis, in percent, so the page can draw it
 * at any width (a phone included) without measuring. The axis runs over whole months
 * from the first start to the last end, today included; a bar covers its first to its
 * last day. Rows are the roadmaps in the order given (see orderByChain); a roadmap
 * directly below its predecessor gets a link from the predecessor's end to its start.
 */
export function timelineLayout(
  rows: readonly {
    id: string;
    predecessorId: string | null;
    startDate: IsoDate;
    endDate: IsoDate;
  }[],
  today: IsoDate,
): TimelineLayout {
  assertIsoDate(today, "today");
  let first = today;
  let last = today;
  for (const r of rows) {
    if (r.startDate < first) first = r.startDate;
    if (r.endDate > last) last = r.endDate;
  }
  const start = startOfMonth(first);
  const end = addDaysIso(nextMonth(last), -1);
  const days = diffDaysIso(start, end) + 1;
  const at = (date: IsoDate) => round((diffDaysIso(start, date) / days) * 100);

  const months: TimelineLayout["months"] = [];
  for (let m = start; m <= end; m = nextMonth(m)) {
    months.push({ date: m, left: at(m), major: (Number(m.slice(5, 7)) - 1) % 3 === 0 });
  }

  const bars: TimelineBar[] = [];
  rows.forEach((r, index) => {
    const left = at(r.startDate);
    const width = round(((diffDaysIso(r.startDate, r.endDate) + 1) / days) * 100);
    const above = index > 0 ? rows[index - 1] : undefined;
    const link =
      above && r.predecessorId === above.id
        ? { from: at(addDaysIso(above.endDate, 1)), to: left }
        : null;
    bars.push({ id: r.id, left, width, link });
  });

  return {
    start,
    end,
    months,
    today: { date: today, left: round(((diffDaysIso(start, today) + 0.5) / days) * 100) },
    bars,
  };
}
