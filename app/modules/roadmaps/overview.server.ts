import { db, Prisma, readRows } from "~/lib/db.server";
import { addDaysIso, isoToUtcDate, isoWeekNumber, startOfWeekIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import type { GateStatus } from "~/generated/prisma-sqlite/enums";
import type { RoadmapStatus } from "./status";
import {
  computePhaseDates,
  LAST_WEEK,
  roadmapEndDate,
  roadmapTimeline,
  weekOfDate,
  weekStartDate,
} from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { expectedPercent, scheduleHealth, summariseTasks } from "./progress";
import type { TaskStatus } from "../tasks/status";

export type OverviewTask = {
  id: string;
  title: string;
  status: TaskStatus;
  dueDate: IsoDate;
  phase: PhaseKind;
  ownerName: string | null;
};

const OVERDUE_LIST_LIMIT = 12;

type ListedTaskRow = {
  /** 0: among the first OVERDUE_LIST_LIMIT overdue tasks; 1: due this week (may be text). */
  list: number | string;
  id: string;
  title: string;
  status: TaskStatus;
  /** ISO text (see readRows); its first ten characters are the day. */
  dueDate: string;
  phaseId: string;
  ownerName: string | null;
};

type TaskCountRow = {
  phaseId: string;
  status: TaskStatus;
  dueDate: string;
  /** A number, or its text (see readRows). */
  count: number | string;
};

type OverviewRoadmapRow = {
  id: string;
  title: string;
  ambition: string;
  focusArea: string;
  status: RoadmapStatus;
  /** ISO text; its first ten characters are the day. */
  startDate: string;
  phaseId: string | null;
  kind: PhaseKind | null;
  gateStatus: GateStatus | null;
};

const SIBLING_LIMIT = 20;

/**
 * This roadmap, once per phase (with the phase's columns), first; then up to
 * SIBLING_LIMIT other roadmaps that are not archived, newest first, for
 * switching (their phase columns empty). One statement.
 */
function overviewRoadmaps(orgId: string, roadmapId: string) {
  return readRows<OverviewRoadmapRow>(Prisma.sql`
    SELECT r.id, r.title, r.ambition, r."focusArea", r.status, r."startDate",
           p.id AS "phaseId", p.kind, p."gateStatus"
    FROM "Roadmap" r
    LEFT JOIN "Phase" p ON p."roadmapId" = r.id AND p."orgId" = r."orgId" AND r.id = ${roadmapId}
    WHERE r."orgId" = ${orgId}
      AND (r.id = ${roadmapId} OR r.id IN (
        SELECT s.id FROM "Roadmap" s
        WHERE s."orgId" = ${orgId} AND s.status <> 'archived' AND s.id <> ${roadmapId}
        ORDER BY s."startDate" DESC, s.id
        LIMIT ${SIBLING_LIMIT}))
    ORDER BY CASE WHEN r.id = ${roadmapId} THEN 0 ELSE 1 END, r."startDate" DESC, r.id, p.position`);
}

/**
 * How many of the roadmap's tasks share a phase, status and due date: all the
 * progress figures and the timeline need. Read from the (orgId, roadmapId,
 * dueDate, status, phaseId, deletedAt) index alone, without a row per task.
 */
function overviewTaskCounts(orgId: string, roadmapId: string) {
  return readRows<TaskCountRow>(Prisma.sql`
    SELECT t."phaseId", t.status, t."dueDate", CAST(COUNT(*) AS INTEGER) AS "count"
    FROM "Task" t
    WHERE t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId} AND t."deletedAt" IS NULL
    GROUP BY t."dueDate", t.status, t."phaseId"`);
}

/**
 * The tasks the overview names: the first OVERDUE_LIST_LIMIT overdue ones and
 * those still open this week, with their owners' names, in due-date order.
 */
function overviewListedTasks(
  orgId: string,
  roadmapId: string,
  today: IsoDate,
  weekStart: IsoDate,
  weekEnd: IsoDate,
) {
  const todayStart = isoToUtcDate(today);
  const weekFrom = isoToUtcDate(weekStart);
  const weekUntil = isoToUtcDate(addDaysIso(weekEnd, 1));
  return readRows<ListedTaskRow>(Prisma.sql`
    SELECT * FROM (
      SELECT 0 AS list, t.id, t.title, t.status, t."dueDate", t."phaseId",
             u.name AS "ownerName", t.position
      FROM "Task" t
      LEFT JOIN "User" u ON u.id = t."ownerId"
      WHERE t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId} AND t."deletedAt" IS NULL
        AND t.status <> 'done' AND t."dueDate" < ${todayStart}
      ORDER BY t."dueDate", t.position, t.id
      LIMIT ${OVERDUE_LIST_LIMIT}) overdue
    UNION ALL
    SELECT 1, t.id, t.title, t.status, t."dueDate", t."phaseId", u.name, t.position
    FROM "Task" t
    LEFT JOIN "User" u ON u.id = t."ownerId"
    WHERE t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId} AND t."deletedAt" IS NULL
      AND t.status <> 'done' AND t."dueDate" >= ${weekFrom} AND t."dueDate" < ${weekUntil}
    ORDER BY 1, 5, 8, 2`);
}

/** The active roadmap to land on: the newest active one, else the newest not archived. */
export async function findLandingRoadmapId({ orgId }: { orgId: string }): Promise<string | null> {
  const roadmap = await db.roadmap.findFirst({
    where: { orgId, status: { not: "archived" } },
    orderBy: [{ status: "asc" }, { startDate: "desc" }],
    select: { id: true, status: true },
  });
  return roadmap?.id ?? null;
}

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
  // Three round trips, whatever the number of tasks: this roadmap with its
  // phases and its siblings (for switching), the task counts, the listed tasks.
  const weekStart = startOfWeekIso(today);
  const weekEnd = addDaysIso(weekStart, 6);
  const [roadmapRows, countRows, listedRows] = await Promise.all([
    overviewRoadmaps(orgId, roadmapId),
    overviewTaskCounts(orgId, roadmapId),
    overviewListedTasks(orgId, roadmapId, today, weekStart, weekEnd),
  ]);
  const roadmap = roadmapRows.find((r) => r.id === roadmapId);
  if (!roadmap) return null;
  const phaseRows = roadmapRows.flatMap((r) =>
    r.id === roadmapId && r.phaseId && r.kind && r.gateStatus
      ? [{ id: r.phaseId, kind: r.kind, gateStatus: r.gateStatus }]
      : [],
  );
  const kindOf = new Map(phaseRows.map((p) => [p.id, p.kind]));
  const roadmaps = roadmapRows.filter((r) => r.id !== roadmapId);

  const startDate = roadmap.startDate.slice(0, 10);
  const counts = countRows.flatMap((row) => {
    const phase = kindOf.get(row.phaseId);
    return phase
      ? [{ phase, status: row.status, dueDate: row.dueDate.slice(0, 10), count: Number(row.count) }]
      : [];
  });
  const listed = (list: number): OverviewTask[] =>
    listedRows.flatMap((row) => {
      const phase = kindOf.get(row.phaseId);
      return Number(row.list) === list && phase
        ? [
            {
              id: row.id,
              title: row.title,
              status: row.status,
              dueDate: row.dueDate.slice(0, 10),
              phase,
              ownerName: row.ownerName,
            },
          ]
        : [];
    });

  const phaseDates = computePhaseDates(startDate);
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
  const expected = expectedPercent(startDate, today);
  const dueByWeek = Array.from({ length: LAST_WEEK }, () => ({ due: 0, open: 0 }));
  for (const group of counts) {
    const slot = dueByWeek[weekOfDate(startDate, group.dueDate) - 1];
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
      endDate: roadmapEndDate(startDate),
    },
    today,
    timeline: roadmapTimeline(startDate, today),
    weeks: Array.from({ length: LAST_WEEK }, (_, i) => {
      const weekStart = weekStartDate(startDate, i + 1);
      return {
        week: i + 1,
        startDate: weekStart,
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
    otherRoadmaps: roadmaps
      .filter((r) => r.status !== "archived")
      .map((r) => ({ id: r.id, title: r.title, status: r.status })),
  };
}

export type RoadmapOverview = NonNullable<Awaited<ReturnType<typeof getRoadmapOverview>>>;
