import { fileSlug, toCsv } from "~/lib/csv";
import { db } from "~/lib/db.server";
import { createT } from "~/lib/i18n";
import type { Locale } from "~/lib/i18n";
import { getDerivedKpiWeeks } from "../oversight/derived.server";
import { isoToUtcDate, utcDateToIso, todayIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { isTaskOverdue } from "../roadmaps/progress";
import { measurementColumns, taskColumns } from "./csv";
import type { MeasurementCsvRow, TaskCsvRow } from "./csv";

/**
 * The tasks of one roadmap as CSV in the reader's language, or null when the roadmap
 * is not this organisation's. Scoped: orgId in every WHERE clause.
 */
export async function getTasksCsv({
  orgId,
  roadmapId,
  today,
  locale,
}: {
  orgId: string;
  roadmapId: string;
  today: IsoDate;
  locale: Locale;
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
  const rows = tasks.map((task): TaskCsvRow => {
    const dueDate = utcDateToIso(task.dueDate);
    return {
      id: task.id,
      title: task.title,
      phase: task.phase.kind,
      status: task.status,
      priority: task.priority,
      owner: task.owner?.name ?? null,
      dueDate,
      // The calendar day it was ticked off, where the server runs (like the dashboard).
      completedOn: task.completedAt ? todayIso(task.completedAt) : null,
      isOverdue: isTaskOverdue({ status: task.status, dueDate }, today),
    };
  });
  const t = createT(locale);
  return {
    fileName: `${t("reports.csv.tasks.fileName")}-${fileSlug(roadmap.title)}-${today}.csv`,
    body: toCsv(rows, taskColumns(t), locale),
  };
}

/**
 * Every measurement of every KPI of the organisation (archived KPIs too), as CSV in the
 * reader's language. A KPI derived from an oversight log has one row per ISO week
 * instead (dated on its Monday, no measurement id; the note says which week and from
 * how many outputs).
 */
export async function getMeasurementsCsv({
  orgId,
  orgSlug,
  today,
  locale,
}: {
  orgId: string;
  orgSlug: string;
  today: IsoDate;
  locale: Locale;
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
    .map((m): MeasurementCsvRow => {
      const kpi = kpiById.get(m.kpiId)!;
      return {
        kpiId: kpi.id,
        kpi: kpi.name,
        category: kpi.category,
        unit: kpi.unit,
        direction: kpi.direction,
        baseline: kpi.baseline,
        target: kpi.target,
        baselineDate: utcDateToIso(kpi.baselineDate),
        targetDate: utcDateToIso(kpi.targetDate),
        roadmap: kpi.roadmap?.title ?? null,
        isArchived: kpi.archivedAt !== null,
        measurementId: m.id,
        date: utcDateToIso(m.date),
        value: m.value,
        note: m.note,
        recordedBy: m.recordedBy?.name ?? null,
        source: kpi.source,
      };
    });
  const t = createT(locale);
  return {
    fileName: `${t("reports.csv.measurements.fileName")}-${fileSlug(orgSlug)}-${today}.csv`,
    body: toCsv(rows, measurementColumns(t), locale),
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
