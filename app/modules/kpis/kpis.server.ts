import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { roadmapEndDate } from "../calendar/phase-dates";
import { getDerivedKpiWeeks } from "../oversight/derived.server";
import { isDerivedSource, weeksToPoints } from "../oversight/rates";
import type { WeeklyRate } from "../oversight/rates";
import type { CreateKpiInput, KpiReferenceField, MeasurementInput, UpdateKpiInput } from "./schema";
import { readRecentMeasurements } from "./queries.server";
import { groupByKpi, summariseKpi, toKpiDefinition } from "./summary";
import type { KpiSummary } from "./summary";

/*
 * KPIs and their measurements. Every function takes the organisation and puts
 * `orgId` into every WHERE clause, updates and deletes included.
 *
 * Who may change what: creating, editing and archiving a KPI needs "kpi:create" /
 * "kpi:update" (managers and owners). Recording needs "measurement:record" (members
 * too). A measurement can be corrected or deleted by the person who recorded it; a
 * manager or owner ("kpi:update") may correct anyone's, because they answer for the
 * figures leadership sees. Every change is in the audit trail.
 */

const kpiSelect = {
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
} as const satisfies Prisma.KpiSelect;

type KpiRecord = Prisma.KpiGetPayload<{ select: typeof kpiSelect }>;

function plainKpi(kpi: KpiRecord) {
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
    /** Values come from the use case's oversight log; nobody records them by hand. */
    isDerived: isDerivedSource(kpi.source),
  };
}
export type PlainKpi = ReturnType<typeof plainKpi>;

/** Audit snapshot: what a reader of the trail needs to see what changed. */
function auditSnapshot(kpi: PlainKpi) {
  const { isArchived, isDerived: _isDerived, ...rest } = kpi;
  return { ...rest, archived: isArchived };
}

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
function valuesOf(
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
 * Five round trips whatever the number of KPIs, measurements and oversight reviews.
 */
export async function listKpis({
  orgId,
  archived = false,
}: {
  orgId: string;
  archived?: boolean;
}): Promise<KpiListItem[]> {
  const archivedFilter = archived ? { not: null } : null;
  const [kpis, measurements, derived] = await Promise.all([
    db.kpi.findMany({
      where: { orgId, archivedAt: archivedFilter },
      orderBy: [{ createdAt: "asc" }],
      select: {
        ...kpiSelect,
        roadmap: { select: { title: true } },
        owner: { select: { name: true } },
      },
    }),
    readRecentMeasurements({ orgId, archived }),
    getDerivedKpiWeeks({ orgId, archived }),
  ]);
  const byKpi = groupByKpi(measurements);
  return kpis.map((kpi) => ({
    ...plainKpi(kpi),
    roadmapTitle: kpi.roadmap?.title ?? null,
    ownerName: kpi.owner?.name ?? null,
    summary: summariseKpi(toKpiDefinition(kpi), valuesOf(kpi, byKpi, derived)),
  }));
}

/**
 * One KPI with its measurements (oldest first), or null when not in this organisation.
 * A derived KPI has no measurements; its weekly values come from the oversight log.
 */
export async function getKpiDetail({ orgId, kpiId }: { orgId: string; kpiId: string }) {
  const [kpi, measurements, derived] = await Promise.all([
    db.kpi.findFirst({
      where: { id: kpiId, orgId },
      select: {
        ...kpiSelect,
        roadmap: { select: { title: true } },
        owner: { select: { name: true } },
        useCase: { select: { title: true } },
      },
    }),
    db.kpiMeasurement.findMany({
      where: { orgId, kpiId },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        value: true,
        date: true,
        note: true,
        recordedById: true,
        recordedBy: { select: { name: true } },
      },
    }),
    getDerivedKpiWeeks({ orgId, kpiId }),
  ]);
  if (!kpi) return null;
  const weeks = isDerivedSource(kpi.source) ? (derived.get(kpi.id) ?? []) : null;
  const points = measurements.map((m) => ({
    id: m.id,
    value: m.value,
    date: utcDateToIso(m.date),
    note: m.note,
    recordedById: m.recordedById,
    recordedByName: m.recordedBy?.name ?? null,
  }));
  const values = weeks ? weeksToPoints(weeks) : points;
  return {
    kpi: {
      ...plainKpi(kpi),
      roadmapTitle: kpi.roadmap?.title ?? null,
      ownerName: kpi.owner?.name ?? null,
      useCaseTitle: kpi.useCase?.title ?? null,
    },
    measurements: weeks ? [] : points,
    /** Weekly values of a derived KPI (null for a manual one). */
    weeks,
    /** What the KPI is judged and charted by: its measurements or its weekly values. */
    values,
    summary: summariseKpi(toKpiDefinition(kpi), values),
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
      select: { id: true, title: true, startDate: true, status: true },
    }),
    db.user.findMany({
      where: { memberships: { some: { orgId } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.useCase.findMany({
      where: { orgId, archivedAt: null },
      orderBy: { title: "asc" },
      select: { id: true, title: true },
    }),
  ]);
  return {
    roadmaps: roadmaps.map((r) => {
      const startDate = utcDateToIso(r.startDate);
      return {
        id: r.id,
        title: r.title,
        status: r.status,
        startDate,
        endDate: roadmapEndDate(startDate),
      };
    }),
    members,
    useCases,
  };
}
export type KpiFormOptions = Awaited<ReturnType<typeof getKpiFormOptions>>;

/**
 * A form may name a roadmap, owner or use case of another organisation (a forged
 * request); the ids must all belong to this one. Returns the fields that do not.
 */
async function checkReferences(
  orgId: string,
  input: Pick<CreateKpiInput, "roadmapId" | "ownerId" | "useCaseId">,
): Promise<KpiReferenceField[]> {
  const [roadmap, owner, useCase] = await Promise.all([
    input.roadmapId
      ? db.roadmap.findFirst({ where: { id: input.roadmapId, orgId }, select: { id: true } })
      : null,
    input.ownerId
      ? db.membership.findFirst({ where: { orgId, userId: input.ownerId }, select: { id: true } })
      : null,
    input.useCaseId
      ? db.useCase.findFirst({ where: { id: input.useCaseId, orgId }, select: { id: true } })
      : null,
  ]);
  const invalid: KpiReferenceField[] = [];
  if (input.roadmapId && !roadmap) invalid.push("roadmapId");
  if (input.ownerId && !owner) invalid.push("ownerId");
  if (input.useCaseId && !useCase) invalid.push("useCaseId");
  return invalid;
}

function kpiData(input: CreateKpiInput) {
  return {
    name: input.name,
    category: input.category,
    unit: input.unit,
    direction: input.direction,
    baseline: input.baseline,
    target: input.target,
    baselineDate: isoToUtcDate(input.baselineDate),
    targetDate: isoToUtcDate(input.targetDate),
    roadmapId: input.roadmapId,
    ownerId: input.ownerId,
    useCaseId: input.useCaseId,
    source: input.source,
  };
}

export type KpiWriteResult =
  | { ok: true; id: string }
  | { ok: false; reason: "invalid_reference"; fields: KpiReferenceField[] };

export async function createKpi({
  orgId,
  actorId,
  requestId,
  input,
}: Actor & { input: CreateKpiInput }): Promise<KpiWriteResult> {
  const invalid = await checkReferences(orgId, input);
  if (invalid.length > 0) {
    return { ok: false, reason: "invalid_reference", fields: invalid };
  }
  const id = await db.$transaction(async (tx) => {
    const kpi = await tx.kpi.create({
      data: { orgId, ...kpiData(input) },
      select: kpiSelect,
    });
    await recordAudit(tx, {
      orgId,
      actorId,
      requestId,
      entity: "kpi",
      entityId: kpi.id,
      action: "create",
      after: auditSnapshot(plainKpi(kpi)),
    });
    return kpi.id;
  });
  return { ok: true, id };
}

export type KpiUpdateResult =
  | KpiWriteResult
  | { ok: false; reason: "stale"; current: PlainKpi }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "has_measurements" };

/**
 * Saves an edit only if nobody saved in between: the row must still carry the
 * version the form was loaded with. Otherwise "stale" with the current values.
 */
export async function updateKpi({
  orgId,
  actorId,
  requestId,
  kpiId,
  input,
}: Actor & { kpiId: string; input: UpdateKpiInput }): Promise<KpiUpdateResult> {
  const invalid = await checkReferences(orgId, input);
  if (invalid.length > 0) {
    return { ok: false, reason: "invalid_reference", fields: invalid };
  }
  return db.$transaction(async (tx): Promise<KpiUpdateResult> => {
    const before = await tx.kpi.findFirst({ where: { id: kpiId, orgId }, select: kpiSelect });
    if (!before) return { ok: false, reason: "not_found" };
    // Typed-in values would silently vanish behind the derived ones: refuse the switch.
    if (input.source && isDerivedSource(input.source) && !isDerivedSource(before.source)) {
      const measured = await tx.kpiMeasurement.count({ where: { orgId, kpiId } });
      if (measured > 0) return { ok: false, reason: "has_measurements" };
    }
    const { count } = await tx.kpi.updateMany({
      where: { id: kpiId, orgId, version: input.version },
      data: { ...kpiData(input), version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, reason: "stale", current: plainKpi(before) };
    const after = await tx.kpi.findFirst({ where: { id: kpiId, orgId }, select: kpiSelect });
    await recordAudit(tx, {
      orgId,
      actorId,
      requestId,
      entity: "kpi",
      entityId: kpiId,
      action: "update",
      before: auditSnapshot(plainKpi(before)),
      after: after ? auditSnapshot(plainKpi(after)) : undefined,
    });
    return { ok: true, id: kpiId };
  });
}

/** Archives (hides from lists and dashboards, keeps the history) or restores a KPI. */
export async function setKpiArchived({
  orgId,
  actorId,
  requestId,
  kpiId,
  archived,
}: Actor & { kpiId: string; archived: boolean }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.kpi.updateMany({
      where: { id: kpiId, orgId, archivedAt: archived ? null : { not: null } },
      data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      orgId,
      actorId,
      requestId,
      entity: "kpi",
      entityId: kpiId,
      action: archived ? "archive" : "restore",
      before: { archived: !archived },
      after: { archived },
    });
    return true;
  });
}

/**
 * Records a measurement on an active, manual KPI of this organisation; null when there
 * is none (a derived KPI takes no typed-in values: callers say so before calling).
 */
export async function recordMeasurement({
  orgId,
  actorId,
  requestId,
  kpiId,
  input,
}: Actor & { kpiId: string; input: MeasurementInput }): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const kpi = await tx.kpi.findFirst({
      where: { id: kpiId, orgId, archivedAt: null, source: "manual" },
      select: { id: true },
    });
    if (!kpi) return null;
    const measurement = await tx.kpiMeasurement.create({
      data: {
        orgId,
        kpiId,
        value: input.value,
        date: isoToUtcDate(input.date),
        note: input.note,
        recordedById: actorId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId,
      actorId,
      requestId,
      entity: "kpi_measurement",
      entityId: measurement.id,
      action: "record",
      after: { kpiId, value: input.value, date: input.date, note: input.note },
    });
    return measurement.id;
  });
}

type MeasurementScope = Actor & {
  kpiId: string;
  measurementId: string;
  /** Managers and owners may change anyone's measurements; others only their own. */
  canChangeAll: boolean;
};

function measurementWhere(scope: MeasurementScope) {
  return {
    id: scope.measurementId,
    orgId: scope.orgId,
    kpiId: scope.kpiId,
    kpi: { orgId: scope.orgId, archivedAt: null, source: "manual" },
    ...(scope.canChangeAll ? {} : { recordedById: scope.actorId }),
  } satisfies Prisma.KpiMeasurementWhereInput;
}

const measurementAuditSelect = { value: true, date: true, note: true, kpiId: true } as const;

function measurementSnapshot(m: { value: number; date: Date; note: string; kpiId: string }) {
  return { kpiId: m.kpiId, value: m.value, date: utcDateToIso(m.date), note: m.note };
}

/** Corrects a measurement; false when it does not exist or is not the actor's to change. */
export async function updateMeasurement(
  scope: MeasurementScope & { input: MeasurementInput },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const where = measurementWhere(scope);
    const before = await tx.kpiMeasurement.findFirst({ where, select: measurementAuditSelect });
    if (!before) return false;
    const { count } = await tx.kpiMeasurement.updateMany({
      where,
      data: {
        value: scope.input.value,
        date: isoToUtcDate(scope.input.date),
        note: scope.input.note,
      },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.actorId,
      requestId: scope.requestId,
      entity: "kpi_measurement",
      entityId: scope.measurementId,
      action: "update",
      before: measurementSnapshot(before),
      after: { kpiId: scope.kpiId, ...scope.input },
    });
    return true;
  });
}

/** Deletes a measurement; false when it does not exist or is not the actor's to delete. */
export async function deleteMeasurement(scope: MeasurementScope): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const where = measurementWhere(scope);
    const before = await tx.kpiMeasurement.findFirst({ where, select: measurementAuditSelect });
    if (!before) return false;
    const { count } = await tx.kpiMeasurement.deleteMany({ where });
    if (count === 0) return false;
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorId: scope.actorId,
      requestId: scope.requestId,
      entity: "kpi_measurement",
      entityId: scope.measurementId,
      action: "delete",
      before: measurementSnapshot(before),
    });
    return true;
  });
}

/**
 * The active KPIs a person owns, with status and latest value: what "my tasks" shows
 * so a KPI owner can record this week's figure without leaving the page.
 */
export async function listOwnedKpis({ orgId, userId }: { orgId: string; userId: string }) {
  const [kpis, measurements, derived] = await Promise.all([
    db.kpi.findMany({
      where: { orgId, ownerId: userId, archivedAt: null },
      orderBy: { name: "asc" },
      select: kpiSelect,
    }),
    db.kpiMeasurement.findMany({
      where: { orgId, kpi: { orgId, ownerId: userId, archivedAt: null } },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      select: { kpiId: true, value: true, date: true },
    }),
    getDerivedKpiWeeks({ orgId, ownerId: userId, archived: false }),
  ]);
  const byKpi = groupByKpi(
    measurements.map((m) => ({ kpiId: m.kpiId, value: m.value, date: utcDateToIso(m.date) })),
  );
  return kpis.map((kpi) => ({
    ...plainKpi(kpi),
    summary: summariseKpi(toKpiDefinition(kpi), valuesOf(kpi, byKpi, derived)),
  }));
}
export type OwnedKpi = Awaited<ReturnType<typeof listOwnedKpis>>[number];
