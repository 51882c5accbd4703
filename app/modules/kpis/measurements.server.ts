import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { MeasurementInput } from "./schema";

/*
 * Measurements of a KPI. Every function takes the organisation and puts `orgId` into
 * every WHERE clause, updates and deletes included.
 *
 * Recording needs "measurement:record" (members too). A measurement can be corrected or
 * deleted by the person who recorded it; a manager or owner ("kpi:update") may correct
 * anyone's, because they answer for the figures leadership sees. Every change is in the
 * audit trail.
 */

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
