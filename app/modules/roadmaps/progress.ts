import { assertIsoDate, diffDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { PHASE_KINDS, planWeeks, weekEndDate, weekStartDate } from "../calendar/phase-dates";
import type { PhaseKind, RoadmapSpan } from "../calendar/phase-dates";
import type { TaskStatus } from "../tasks/status";

export type ProgressTask = { status: TaskStatus; dueDate: IsoDate };

export type TaskSummary = {
  total: number;
  done: number;
  inProgress: number;
  blocked: number;
  todo: number;
  /** Not done and due before today (a task due today is not overdue yet). */
  overdue: number;
  /** 0–100, integer. */
  percentDone: number;
};

/**
 * Whole-number percentage that is honest at both ends: 100 only when everything is
 * done and 0 only when nothing is, so "199 of 200" never reads as finished and one
 * ticked task out of 300 still shows movement.
 */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  if (part >= whole) return 100;
  return Math.min(99, Math.max(1, Math.round((part / whole) * 100)));
}

export function isTaskOverdue(task: ProgressTask, today: IsoDate): boolean {
  return task.status !== "done" && task.dueDate < today;
}

/**
 * An entry may stand for `count` tasks of the same status and due date (the
 * database can count them, so a page of counts need not read every task).
 */
export function summariseTasks(
  tasks: readonly (ProgressTask & { count?: number })[],
  today: IsoDate,
): TaskSummary {
  assertIsoDate(today, "today");
  const summary = { total: 0, done: 0, inProgress: 0, blocked: 0, todo: 0, overdue: 0 };
  for (const task of tasks) {
    const n = task.count ?? 1;
    summary.total += n;
    switch (task.status) {
      case "done":
        summary.done += n;
        break;
      case "in_progress":
        summary.inProgress += n;
        break;
      case "blocked":
        summary.blocked += n;
        break;
      case "todo":
        summary.todo += n;
        break;
      default: {
        const unknown: never = task.status;
        throw new RangeError(`Unknown task status ${JSON.stringify(unknown)}`);
      }
    }
    if (isTaskOverdue(task, today)) summary.overdue += n;
  }
  return { ...summary, percentDone: percentOf(summary.done, summary.total) };
}

export type ProgressRollUp = {
  phases: Record<PhaseKind, TaskSummary>;
  overall: TaskSummary;
};

/** Per-phase summaries and one overall summary over all tasks (not an average of phases). */
export function rollUpProgress(
  tasksByPhase: Readonly<Record<PhaseKind, readonly ProgressTask[]>>,
  today: IsoDate,
): ProgressRollUp {
  const phases = {} as Record<PhaseKind, TaskSummary>;
  for (const kind of PHASE_KINDS) {
    phases[kind] = summariseTasks(tasksByPhase[kind] ?? [], today);
  }
  const all = PHASE_KINDS.flatMap((kind) => tasksByPhase[kind] ?? []);
  return { phases, overall: summariseTasks(all, today) };
}

/**
 * Share of the roadmap's days already behind us on `today` (0–100, integer): the whole days
 * before today count, so the start day is 0 % and the day after the last day is 100 %.
 * Clamped, because dashboards ask before the start and long after the end too.
 */
export function expectedPercent(span: RoadmapSpan, today: IsoDate): number {
  const elapsed = diffDaysIso(span.startDate, today);
  if (elapsed <= 0) return 0;
  if (elapsed >= span.lengthDays) return 100;
  return Math.round((elapsed / span.lengthDays) * 100);
}

export type ScheduleHealth = "ahead" | "on_track" | "behind";

/** Percentage points of slack before a roadmap counts as ahead or behind. */
export const SCHEDULE_TOLERANCE_POINTS = 10;

/**
 * Compares done work with elapsed time. Small deviations are noise (tasks are not all
 * the same size), so only more than 10 points either way changes the verdict.
 */
export function scheduleHealth(actualPercent: number, expected: number): ScheduleHealth {
  if (actualPercent < expected - SCHEDULE_TOLERANCE_POINTS) return "behind";
  if (actualPercent > expected + SCHEDULE_TOLERANCE_POINTS) return "ahead";
  return "on_track";
}

export type BurnUpTask = { dueDate: IsoDate; status: TaskStatus; completedOn: IsoDate | null };

export type BurnUpPoint = {
  week: number;
  /** Last day of the plan week (the roadmap's last day for the last week). */
  weekEnd: IsoDate;
  /** Tasks due on or before weekEnd: the plan line. */
  planned: number;
  /** Tasks completed on or before weekEnd; null for weeks that have not begun yet. */
  done: number | null;
};

/**
 * Weekly burn-up for the leadership dashboard: cumulative planned vs. done tasks.
 * A done task without a completion date counts from its due date, so imported or
 * legacy data still adds up; tasks due outside the roadmap count in the nearest week.
 */
export function burnUpSeries(
  tasks: readonly BurnUpTask[],
  span: RoadmapSpan,
  today: IsoDate,
): BurnUpPoint[] {
  assertIsoDate(today, "today");
  const points: BurnUpPoint[] = [];
  const weeks = planWeeks(span.lengthDays);
  for (let week = 1; week <= weeks; week++) {
    const isLast = week === weeks;
    const weekEnd = weekEndDate(span, week);
    const hasBegun = weekStartDate(span.startDate, week) <= today;
    let planned = 0;
    let done = 0;
    for (const task of tasks) {
      if (isLast || task.dueDate <= weekEnd) planned++;
      if (task.status !== "done") continue;
      const completedOn = task.completedOn ?? task.dueDate;
      if (isLast || completedOn <= weekEnd) done++;
    }
    points.push({ week, weekEnd, planned, done: hasBegun ? done : null });
  }
  return points;
}
