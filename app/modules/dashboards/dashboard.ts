import { diffDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import type { RoadmapSpan } from "../calendar/phase-dates";
import { isTaskOverdue } from "../roadmaps/progress";
import type { TaskStatus } from "../tasks/status";
import { annualHoursValueCents } from "../use-cases/priority";

/**
 * Pure pieces of the leadership dashboard: tiers, the value of saved hours, overdue work
 * by owner. The data module feeds them; they are tested without a database.
 */

/** Tiers in the order leadership should read them: what needs attention first. */
export const TIER_BUCKETS = [
  "prohibited",
  "high_risk",
  "limited",
  "minimal",
  "outside",
  "not_assessed",
] as const;
export type TierBucket = (typeof TIER_BUCKETS)[number];

function isTierBucket(value: unknown): value is TierBucket {
  return typeof value === "string" && (TIER_BUCKETS as readonly string[]).includes(value);
}

/**
 * Use cases per AI Act tier, from each use case's latest completed assessment. Without
 * one (or with a tier this version does not know) a use case counts as "not assessed":
 * leadership must see the gap, not a silent zero. Every bucket is listed, also at 0.
 */
export function countByTier(useCases: readonly { tier: string | null }[]) {
  const counts = Object.fromEntries(TIER_BUCKETS.map((b) => [b, 0])) as Record<TierBucket, number>;
  for (const useCase of useCases) {
    counts[isTierBucket(useCase.tier) ? useCase.tier : "not_assessed"]++;
  }
  return TIER_BUCKETS.map((tier) => ({ tier, count: counts[tier] }));
}

/** Use cases whose saved hours count as realised: those being piloted or already scaled. */
export const VALUE_STATUSES = ["piloting", "scaled"] as const;

/**
 * Weeks the roadmap has been running on `today`: the days since the start date divided
 * by 7 (fractional), 0 before the start and at most the roadmap's days (12 6/7 weeks of
 * 90) after the end — the dashboard speaks about this roadmap's pilot, not later years.
 */
export function weeksSinceStart(span: RoadmapSpan, today: IsoDate): number {
  const days = Math.min(span.lengthDays, Math.max(0, diffDaysIso(span.startDate, today)));
  return days / 7;
}

export type ValueUseCase = {
  id: string;
  title: string;
  status: string;
  hoursSavedPerWeek: number;
  hourlyCostCents: number;
};

/**
 * The euro value of the hours the pilot has saved so far:
 *   Σ over use cases in piloting or scaled status of
 *     hours saved per week × hourly cost × weeks since the roadmap's start.
 * It uses the planned hours from the use case (the estimate leadership agreed to), so it
 * is an estimate, and says so on screen. `perYearCents` is the same at full year
 * (46 working weeks, see annualHoursValueCents), for scale.
 */
export function pilotValue(useCases: readonly ValueUseCase[], span: RoadmapSpan, today: IsoDate) {
  const weeks = weeksSinceStart(span, today);
  const counted = useCases.filter(
    (u) =>
      (VALUE_STATUSES as readonly string[]).includes(u.status) &&
      u.hoursSavedPerWeek > 0 &&
      u.hourlyCostCents > 0,
  );
  let soFarCents = 0;
  let perYearCents = 0;
  let hoursSoFar = 0;
  for (const u of counted) {
    soFarCents += Math.round(u.hoursSavedPerWeek * u.hourlyCostCents * weeks);
    perYearCents += annualHoursValueCents(u.hoursSavedPerWeek, u.hourlyCostCents);
    hoursSoFar += u.hoursSavedPerWeek * weeks;
  }
  return {
    soFarCents,
    perYearCents,
    hoursSoFar: Math.round(hoursSoFar),
    weeks: Math.round(weeks * 10) / 10,
    useCases: counted.map((u) => ({
      id: u.id,
      title: u.title,
      hoursSavedPerWeek: u.hoursSavedPerWeek,
    })),
  };
}

export type OverdueTask = {
  id: string;
  title: string;
  status: TaskStatus;
  dueDate: IsoDate;
  ownerId: string | null;
  ownerName: string | null;
};

/**
 * Overdue tasks grouped by owner, the owner with most overdue work first (then the
 * oldest due date, then the name). Unassigned work is one group with ownerId null.
 * Within a group the oldest due date comes first, equal dates by title: the same list
 * whatever order the database returned the rows in.
 */
export function overdueByOwner(tasks: readonly OverdueTask[], today: IsoDate, perOwner = 3) {
  const groups = new Map<
    string,
    { ownerId: string | null; ownerName: string | null; tasks: OverdueTask[] }
  >();
  for (const task of tasks) {
    if (!isTaskOverdue(task, today)) continue;
    const key = task.ownerId ?? "";
    const group = groups.get(key) ?? {
      ownerId: task.ownerId,
      ownerName: task.ownerName,
      tasks: [],
    };
    group.tasks.push(task);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => {
      const sorted = [...g.tasks].sort(
        (a, b) =>
          compareText(a.dueDate, b.dueDate) ||
          compareText(a.title, b.title) ||
          compareText(a.id, b.id),
      );
      return {
        ownerId: g.ownerId,
        ownerName: g.ownerName,
        count: sorted.length,
        oldestDueDate: sorted[0]!.dueDate,
        tasks: sorted
          .slice(0, perOwner)
          .map((t) => ({ id: t.id, title: t.title, dueDate: t.dueDate })),
      };
    })
    .sort(
      (a, b) =>
        b.count - a.count ||
        compareText(a.oldestDueDate, b.oldestDueDate) ||
        compareText(a.ownerName ?? "", b.ownerName ?? "") ||
        compareText(a.ownerId ?? "", b.ownerId ?? ""),
    );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type GateState = "approved" | "overdue" | "due" | "upcoming";

/**
 * Where a phase gate stands: approved; overdue (phase ended, not approved); due (the
 * phase is running or approval was requested); upcoming.
 */
export function gateState(
  gate: { status: string; phaseStart: IsoDate; phaseEnd: IsoDate },
  today: IsoDate,
): GateState {
  if (gate.status === "approved") return "approved";
  if (today > gate.phaseEnd) return "overdue";
  if (gate.status === "requested" || today >= gate.phaseStart) return "due";
  return "upcoming";
}
