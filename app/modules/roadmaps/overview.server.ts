import { db } from "~/lib/db.server";
import { addDaysIso, isoWeekNumber, startOfWeekIso, utcDateToIso } from "./dates";
import type { IsoDate } from "./dates";
import type { GateStatus } from "~/generated/prisma-sqlite/enums";
import type { RoadmapStatus } from "./status";
import {
  computePhaseDates,
  LAST_WEEK,
  roadmapEndDate,
  roadmapTimeline,
  weekOfDate,
  weekStartDate,
} from "./phase-dates";
import type { PhaseKind } from "./phase-dates";
import { expectedPercent, isTaskOverdue, scheduleHealth, summariseTasks } from "./progress";
import type { TaskStatus } from "./progress";

export type OverviewTask = {
  id: string;
  title: string;
  status: TaskStatus;
  dueDate: IsoDate;
  phase: PhaseKind;
  ownerName: string | null;
};

const OVERDUE_LIST_LIMIT = 12;

type OverviewTaskRow = {
  id: string;
  title: string;
  status: TaskStatus;
  /** The stored calendar date as text; its first ten characters are YYYY-MM-DD. */
  dueDate: string;
  phase: PhaseKind;
  ownerName: string | null;
};

type OverviewRoadmapRow = {
  id: string;
  title: string;
  ambition: string;
  focusArea: string;
  status: RoadmapStatus;
  startDate: Date;
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
  return db.$queryRaw<OverviewRoadmapRow[]>`
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
    ORDER BY CASE WHEN r.id = ${roadmapId} THEN 0 ELSE 1 END, r."startDate" DESC, r.id, p.position`;
}

/**
 * The roadmap's tasks with their phase and owner's name, in one statement:
 * Prisma would send one query per relation and match the rows in JavaScript,
 * which is most of this page's cost with 300 tasks. The due date comes as text
 * (SQLite: "2026-03-02T00:00:00.000+00:00", PostgreSQL: "2026-03-02 00:00:00"),
 * so 300 rows need no Date objects just to be turned back into YYYY-MM-DD.
 */
function overviewTasks(orgId: string, roadmapId: string) {
  return db.$queryRaw<OverviewTaskRow[]>`
    SELECT t.id, t.title, t.status, CAST(t."dueDate" AS TEXT) AS "dueDate", p.kind AS phase,
           u.name AS "ownerName"
    FROM "Task" t
    JOIN "Phase" p ON p.id = t."phaseId"
    LEFT JOIN "User" u ON u.id = t."ownerId"
    WHERE t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId} AND t."deletedAt" IS NULL
    ORDER BY t."dueDate" ASC, t.position ASC, t.id ASC`;
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
 * Two round trips, independent of the number of tasks.
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
  // Two round trips, whatever the number of tasks: this roadmap with its phases
  // and its siblings (for switching), and the tasks with their owners' names.
  const [roadmapRows, tasks] = await Promise.all([
    overviewRoadmaps(orgId, roadmapId),
    overviewTasks(orgId, roadmapId),
  ]);
  const roadmap = roadmapRows.find((r) => r.id === roadmapId);
  if (!roadmap) return null;
  const phaseRows = roadmapRows.flatMap((r) =>
    r.id === roadmapId && r.phaseId && r.kind && r.gateStatus
      ? [{ id: r.phaseId, kind: r.kind, gateStatus: r.gateStatus }]
      : [],
  );
  const roadmaps = roadmapRows.filter((r) => r.id !== roadmapId);

  const startDate = utcDateToIso(roadmap.startDate);
  const all: OverviewTask[] = tasks.map((task) => ({
    id: task.id,
    title: task.title,
    status: task.status,
    dueDate: task.dueDate.slice(0, 10),
    phase: task.phase,
    ownerName: task.ownerName,
  }));

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
        all.filter((task) => task.phase === dates.kind),
        today,
      ),
    };
  });

  const overall = summariseTasks(all, today);
  const expected = expectedPercent(startDate, today);
  const weekStart = startOfWeekIso(today);
  const weekEnd = addDaysIso(weekStart, 6);
  const overdue = all.filter((task) => isTaskOverdue(task, today));
  const dueByWeek = Array.from({ length: LAST_WEEK }, () => ({ due: 0, open: 0 }));
  for (const task of all) {
    const slot = dueByWeek[weekOfDate(startDate, task.dueDate) - 1];
    if (!slot) continue;
    slot.due++;
    if (task.status !== "done") slot.open++;
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
    dueThisWeek: all.filter(
      (task) => task.status !== "done" && task.dueDate >= weekStart && task.dueDate <= weekEnd,
    ),
    overdue: overdue.slice(0, OVERDUE_LIST_LIMIT),
    overdueCount: overdue.length,
    otherRoadmaps: roadmaps
      .filter((r) => r.status !== "archived")
      .map((r) => ({ id: r.id, title: r.title, status: r.status })),
  };
}

export type RoadmapOverview = NonNullable<Awaited<ReturnType<typeof getRoadmapOverview>>>;
