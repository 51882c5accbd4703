import { listMembersByName } from "~/modules/members/queries.server";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { roadmapEndDate, spanOf } from "../calendar/phase-dates";
import { getDerivedKpiWeeks } from "../oversight/derived.server";
import { isDerivedSource, weeksToPoints } from "../oversight/rates";
import type { WeeklyRate } from "../oversight/rates";
import {
  readKpiRows,
  readMeasurementPage,
  readRecentMeasurements,
  readRecordableKpis,
} from "./queries.server";
import type { KpiRecordRow } from "./queries.server";
import { groupByKpi, summariseKpi } from "./summary";
import type { KpiSummary } from "./summary";

/*
 * Reading KPIs: lists, the detail page, the edit form and the KPIs a person owns, and
 * the record shape the writes share. Every function takes the organisation and puts
 * `orgId` into every WHERE clause. Writes live in edit.server.ts (the KPI itself) and
 * measurements.server.ts (its recorded values).
 */

export const kpiSelect = {
  id: true,
  name: true,
  category: true,
  unit: true,
  direction: true,
  baseline: true,
  target: true,
  baselineDate: true,
  targetDate: true,
  version: true,
  archivedAt: true,
  roadmapId: true,
  ownerId: true,
  useCaseId: true,
  source: true,
  valueKind: true,
} as const satisfies Prisma.KpiSelect;

type KpiRecord = Prisma.KpiGetPayload<{ select: typeof kpiSelect }>;

export function plainKpi(kpi: KpiRecord) {
  return {
    id: kpi.id,
    name: kpi.name,
    category: kpi.category,
    unit: kpi.unit,
    direction: kpi.direction,
    baseline: kpi.baseline,
    target: kpi.target,
    baselineDate: utcDateToIso(kpi.baselineDate),
    targetDate: utcDateToIso(kpi.targetDate),
    version: kpi.version,
    isArchived: kpi.archivedAt !== null,
    roadmapId: kpi.roadmapId,
    ownerId: kpi.ownerId,
    useCaseId: kpi.useCaseId,
    source: kpi.source,
    valueKind: kpi.valueKind,
    /** Values come from the use case's oversight log; nobody records them by hand. */
    isDerived: isDerivedSource(kpi.source),
  };
}
export type PlainKpi = ReturnType<typeof plainKpi>;

export type KpiListItem = PlainKpi & {
  roadmapTitle: string | null;
  ownerName: string | null;
  summary: KpiSummary;
};

/**
 * The values a KPI is judged by: its measurements, or for a derived KPI the weekly
 * rates of its use case's oversight log (dated on each week's Monday). The one place
 * where both kinds meet, so everything after it treats them alike.
 */
export function valuesOf(
  kpi: { id: string; source: string },
  measurements: Map<string, { value: number; date: IsoDate }[]>,
  derived: Map<string, WeeklyRate[]>,
) {
  return isDerivedSource(kpi.source)
    ? weeksToPoints(derived.get(kpi.id))
    : (measurements.get(kpi.id) ?? []);
}

/**
 * The organisation's KPIs (active, or archived ones) with status and sparkline.
 * Three round trips whatever the number of KPIs, measurements and oversight reviews.
 */
export async function listKpis({
  orgId,
  archived = false,
}: {
  orgId: string;
  archived?: boolean;
}): Promise<KpiListItem[]> {
  const [kpis, measurements, derived] = await Promise.all([
    readKpiRows({ orgId, archived }),
    readRecentMeasurements({ orgId, archived }),
    getDerivedKpiWeeks({ orgId, archived }),
  ]);
  const byKpi = groupByKpi(measurements);
  return kpis.map((row) => {
    const { kpi, roadmapTitle, ownerName } = kpiFromRow(row);
    return {
      ...kpi,
      roadmapTitle,
      ownerName,
      summary: summariseKpi(kpi, valuesOf(kpi, byKpi, derived)),
    };
  });
}

/** A KPI row of readKpiRows as the pages take it: the KPI, and the titles beside it. */
function kpiFromRow(row: KpiRecordRow) {
  const { measurementCount, roadmapTitle, ownerName, useCaseTitle, archivedAt, ...kpi } = row;
  const plain: PlainKpi = {
    ...kpi,
    isArchived: archivedAt !== null,
    isDerived: isDerivedSource(kpi.source),
  };
  return { kpi: plain, roadmapTitle, ownerName, useCaseTitle, measurementCount };
}

/** How many measurements the detail page's table shows at a time. */
export const MEASUREMENTS_PAGE_SIZE = 50;

/**
 * One KPI with its values by day (chart and status) and one page of its measurements
 * (newest first, MEASUREMENTS_PAGE_SIZE a page; `page` counts from 1), or null when
 * not in this organisation. A derived KPI has no measurements; its weekly values come
 * from the oversight log. Three statements whatever the number of measurements.
 */
export async function getKpiDetail({
  orgId,
  kpiId,
  page = 1,
}: {
  orgId: string;
  kpiId: string;
  page?: number;
}) {
  const limit = MEASUREMENTS_PAGE_SIZE;
  const [row, measured, derived] = await Promise.all([
    readKpiRows({ orgId, kpiId }).then(([row]) => row ?? null),
    readMeasurementPage({ orgId, kpiId, limit, offset: (page - 1) * limit }),
    getDerivedKpiWeeks({ orgId, kpiId }),
  ]);
  if (!row) return null;
  const { kpi, roadmapTitle, ownerName, useCaseTitle, measurementCount } = kpiFromRow(row);
  const weeks = kpi.isDerived ? (derived.get(kpi.id) ?? []) : null;
  const values = weeks ? weeksToPoints(weeks) : measured.days;
  return {
    kpi: { ...kpi, roadmapTitle, ownerName, useCaseTitle },
    /** This page's measurements, newest first (none for a derived KPI). */
    measurements: weeks ? [] : measured.page.map(({ createdAt: _created, ...m }) => m),
    /** Where the table stands: this page, the last page, all measurements. */
    measurementPages: {
      page,
      pages: Math.max(1, Math.ceil(measurementCount / limit)),
      total: weeks ? 0 : measurementCount,
    },
    /** Weekly values of a derived KPI (null for a manual one). */
    weeks,
    /** What the KPI is judged and charted by: one value per day, or its weekly values. */
    values,
    summary: summariseKpi(kpi, values),
  };
}
export type KpiDetail = NonNullable<Awaited<ReturnType<typeof getKpiDetail>>>;

/** The KPI as it is now, for the edit form and for the answer to a stale save. */
export async function getKpiForEdit({ orgId, kpiId }: { orgId: string; kpiId: string }) {
  const kpi = await db.kpi.findFirst({ where: { id: kpiId, orgId }, select: kpiSelect });
  return kpi ? plainKpi(kpi) : null;
}

/** Choices for the KPI form: roadmaps, members (possible owners), use cases. */
export async function getKpiFormOptions({ orgId }: { orgId: string }) {
  const [roadmaps, members, useCases] = await Promise.all([
    db.roadmap.findMany({
      where: { orgId, status: { not: "archived" } },
      orderBy: { startDate: "desc" },
      select: { id: true, title: true, startDate: true, lengthDays: true, status: true },
    }),
    listMembersByName(orgId),
    db.useCase.findMany({
      where: { orgId, archivedAt: null },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
  ]);
  return {
    roadmaps: roadmaps.map((r) => {
      const span = spanOf(r);
      return {
        id: r.id,
        title: r.title,
        status: r.status,
        startDate: span.startDate,
        endDate: roadmapEndDate(span),
      };
    }),
    members: members.map(({ id, name }) => ({ id, name })),
    useCases,
  };
}
export type KpiFormOptions = Awaited<ReturnType<typeof getKpiFormOptions>>;

/**
 * The active KPIs a person owns that take typed-in measurements, by name: what "my tasks"
 * offers to record (derived KPIs read the oversight log). One statement.
 */
export function listRecordableKpis({ orgId, userId }: { orgId: string; userId: string }) {
  return readRecordableKpis({ orgId, userId });
}
export type RecordableKpi = Awaited<ReturnType<typeof listRecordableKpis>>[number];
