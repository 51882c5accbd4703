import { addDaysIso, isoWeekNumber, startOfWeekIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import {
  computePhaseDates,
  planWeeks,
  roadmapEndDate,
  roadmapTimeline,
  weekLength,
  weekOfDate,
  weekStartDate,
} from "../calendar/phase-dates";
import type { PhaseKind, RoadmapSpan } from "../calendar/phase-dates";
import { expectedPercent, scheduleHealth, summariseTasks } from "./progress";
import type { TaskStatus } from "../tasks/status";
import {
  readOverviewListedTasks,
  readOverviewRoadmaps,
  readOverviewTaskCounts,
} from "./queries.server";

export type OverviewTask = {
  id: string;
  title: string;
  status: TaskStatus;
  dueDate: IsoDate;
  phase: PhaseKind;
  ownerName: string | null;
};

/**
 * Everything the roadmap overview shows, scoped to the organisation: a
 * roadmap of another organisation is simply not found (null).
 * Three round trips, independent of the number of tasks.
 */
export async function getRoadmapOverview({
  orgId,
  roadmapId,
  today,
}: {
  orgId: string;
  roadmapId: string;
  today: IsoDate;
}) {
  // Three round trips, whatever the number of tasks: this roadmap with its phases,
  // closing review and chain, and its siblings (for switching); the task counts; the
  // listed tasks.
  const weekStart = startOfWeekIso(today);
  const weekEnd = addDaysIso(weekStart, 6);
  const [roadmapRows, countRows, listedRows] = await Promise.all([
    readOverviewRoadmaps(orgId, roadmapId),
    readOverviewTaskCounts(orgId, roadmapId),
    readOverviewListedTasks(orgId, roadmapId, { today, weekStart, weekEnd }),
  ]);
  const roadmap = roadmapRows.find((r) => r.id === roadmapId);
  if (!roadmap) return null;
  const phaseRows = roadmapRows.flatMap((r) =>
    r.id === roadmapId && r.phaseId && r.kind && r.gateStatus
      ? [{ id: r.phaseId, kind: r.kind, gateStatus: r.gateStatus }]
      : [],
  );
  const kindOf = new Map(phaseRows.map((p) => [p.id, p.kind]));
  const roadmaps = roadmapRows.filter((r) => r.id !== roadmapId && r.sibling === 1);
  const neighbour = (found: (typeof roadmapRows)[number] | undefined) =>
    found ? { id: found.id, title: found.title } : null;
  const successor = neighbour(roadmapRows.find((r) => r.predecessorId === roadmapId));
  const reviewed = Boolean(roadmap.reviewCompletedAt);
  /** The roadmap this one follows and the one that follows it (the closing review's chain). */
  const chain = {
    predecessor: neighbour(
      roadmap.predecessorId ? roadmapRows.find((r) => r.id === roadmap.predecessorId) : undefined,
    ),
    successor,
    canGenerateNext: reviewed && !successor,
    /** Its closing review is completed: the decision paper can be read. */
    hasDecisionPaper: reviewed,
  };

  const span: RoadmapSpan = { startDate: roadmap.startDate, lengthDays: roadmap.lengthDays };
  const { startDate } = span;
  const weeks = planWeeks(span.lengthDays);
  const counts = countRows.flatMap((row) => {
    const phase = kindOf.get(row.phaseId);
    return phase ? [{ phase, status: row.status, dueDate: row.dueDate, count: row.count }] : [];
  });
  const listed = (list: number): OverviewTask[] =>
    listedRows.flatMap((row) => {
      const phase = kindOf.get(row.phaseId);
      return row.list === list && phase
        ? [
            {
              id: row.id,
              title: row.title,
              status: row.status,
              dueDate: row.dueDate,
              phase,
              ownerName: row.ownerName,
            },
          ]
        : [];
    });

  const phaseDates = computePhaseDates(span);
  const phases = phaseDates.map((dates) => {
    const phase = phaseRows.find((p) => p.kind === dates.kind);
    const gateStatus = phase?.gateStatus ?? "open";
    return {
      ...dates,
      id: phase?.id ?? null,
      gateStatus,
      isGateOverdue: gateStatus !== "approved" && today > dates.endDate,
      summary: summariseTasks(
        counts.filter((group) => group.phase === dates.kind),
        today,
      ),
    };
  });

  const overall = summariseTasks(counts, today);
  const expected = expectedPercent(span, today);
  const dueByWeek = Array.from({ length: weeks }, () => ({ due: 0, open: 0 }));
  for (const group of counts) {
    const slot = dueByWeek[weekOfDate(span, group.dueDate) - 1];
    if (!slot) continue;
    slot.due += group.count;
    if (group.status !== "done") slot.open += group.count;
  }

  return {
    roadmap: {
      id: roadmap.id,
      title: roadmap.title,
      ambition: roadmap.ambition,
      focusArea: roadmap.focusArea,
      status: roadmap.status,
      startDate,
      lengthDays: span.lengthDays,
      endDate: roadmapEndDate(span),
    },
    today,
    timeline: roadmapTimeline(span, today),
    weeks: Array.from({ length: weeks }, (_, i) => {
      const weekStart = weekStartDate(startDate, i + 1);
      return {
        week: i + 1,
        startDate: weekStart,
        /** 7, or what is left for the last week (13 for week 12 of 90). */
        days: weekLength(span, i + 1),
        isoWeek: isoWeekNumber(weekStart),
        /** Tasks due in this plan week, and how many of them are still open. */
        dueCount: dueByWeek[i]?.due ?? 0,
        openCount: dueByWeek[i]?.open ?? 0,
      };
    }),
    phases,
    overall,
    expectedPercent: expected,
    health: scheduleHealth(overall.percentDone, expected),
    dueThisWeek: listed(1),
    overdue: listed(0),
    overdueCount: overall.overdue,
    otherRoadmaps: roadmaps.map((r) => ({ id: r.id, title: r.title, status: r.status })),
    chain,
  };
}

export type RoadmapOverview = NonNullable<Awaited<ReturnType<typeof getRoadmapOverview>>>;
