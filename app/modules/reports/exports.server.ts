import { db } from "~/lib/db.server";
import { getDerivedKpiWeeks } from "../oversight/derived.server";
import { isoToUtcDate, utcDateToIso, todayIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { isTaskOverdue } from "../roadmaps/progress";
import { fileSlug, MEASUREMENT_COLUMNS, safeText, TASK_COLUMNS, toCsv } from "./csv";

/**
 * The tasks of one roadmap as CSV, or null when the roadmap is not this
 * organisation's. Scoped: orgId in every WHERE clause.
 */
export async function getTasksCsv({
  orgId,
  roadmapId,
  today,
}: {
  orgId: string;
  roadmapId: string;
  today: IsoDate;
}) {
  const [roadmap, tasks] = await Promise.all([
    db.roadmap.findFirst({ where: { id: roadmapId, orgId }, select: { title: true } }),
    db.task.findMany({
      where: { orgId, roadmapId, deletedAt: null },
      orderBy: [{ dueDate: "asc" }, { position: "asc" }],
      select: {
        id: true,
        title: true,
        status: true,
        priority: true,
        dueDate: true,
        completedAt: true,
        phase: { select: { kind: true } },
        owner: { select: { name: true } },
      },
    }),
  ]);
  if (!roadmap) return null;
  const rows = tasks.map((task) => {
    const dueDate = utcDateToIso(task.dueDate);
    return {
      id: task.id,
      title: safeText(task.title),
      phase: task.phase.kind,
      status: task.status,
      priority: task.priority,
      owner: safeText(task.owner?.name),
      due_date: dueDate,
      // The calendar day it was ticked off, where the server runs (like the dashboard).
      completed_on: task.completedAt ? todayIso(task.completedAt) : "",
      overdue: isTaskOverdue({ status: task.status, dueDate }, today),
    };
  });
  return {
    fileName: `tasks-${fileSlug(roadmap.title)}-${today}.csv`,
    body: toCsv(TASK_COLUMNS, rows),
  };
}

/**
 * Every measurement of every KPI of the organisation (archived KPIs too), as CSV. A KPI
 * derived from an oversight log has one row per ISO week instead (dated on its Monday,
 * no measurement id; the note says which week and from how many outputs).
 */
export async function getMeasurementsCsv({
  orgId,
  orgSlug,
  today,
}: {
  orgId: string;
  orgSlug: string;
  today: IsoDate;
}) {
  const [kpis, measurements, derived] = await Promise.all([
    db.kpi.findMany({
      where: { orgId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        name: true,
        category: true,
        unit: true,
        direction: true,
        baseline: true,
        target: true,
        baselineDate: true,
        targetDate: true,
        archivedAt: true,
        source: true,
        roadmap: { select: { title: true } },
      },
    }),
    db.kpiMeasurement.findMany({
      where: { orgId },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        kpiId: true,
        value: true,
        date: true,
        note: true,
        recordedBy: { select: { name: true } },
      },
    }),
    getDerivedKpiWeeks({ orgId }),
  ]);
  const kpiById = new Map(kpis.map((k) => [k.id, k]));
  const order = new Map(kpis.map((k, i) => [k.id, i]));
  const weekly = kpis.flatMap((kpi) =>
    (derived.get(kpi.id) ?? []).map((w) => ({
      id: "",
      kpiId: kpi.id,
      value: w.value,
      date: isoToUtcDate(w.monday),
      note: `${w.label}: ${w.hits}/${w.reviewed}`,
      recordedBy: null,
    })),
  );
  const rows = [...measurements, ...weekly]
    .filter((m) => kpiById.has(m.kpiId))
    .sort((a, b) => order.get(a.kpiId)! - order.get(b.kpiId)!)
    .map((m) => {
      const kpi = kpiById.get(m.kpiId)!;
      return {
        kpi_id: kpi.id,
        kpi: safeText(kpi.name),
        category: kpi.category,
        unit: safeText(kpi.unit),
        direction: kpi.direction,
        baseline: kpi.baseline,
        target: kpi.target,
        baseline_date: utcDateToIso(kpi.baselineDate),
        target_date: utcDateToIso(kpi.targetDate),
        roadmap: safeText(kpi.roadmap?.title),
        archived: kpi.archivedAt !== null,
        measurement_id: m.id,
        date: utcDateToIso(m.date),
        value: m.value,
        note: safeText(m.note),
        recorded_by: safeText(m.recordedBy?.name),
        source: kpi.source,
      };
    });
  return {
    fileName: `kpi-measurements-${fileSlug(orgSlug)}-${today}.csv`,
    body: toCsv(MEASUREMENT_COLUMNS, rows),
  };
}

/** The organisation's roadmaps that reports can be made of (all but archived), newest first. */
export async function listReportRoadmaps({ orgId }: { orgId: string }) {
  const roadmaps = await db.roadmap.findMany({
    where: { orgId, status: { not: "archived" } },
    orderBy: { startDate: "desc" },
    take: 50,
    select: { id: true, title: true, status: true, startDate: true },
  });
  return roadmaps.map((r) => ({ ...r, startDate: utcDateToIso(r.startDate) }));
}
