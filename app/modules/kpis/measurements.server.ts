import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { deleteVersioned, isUnchanged, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import { emitMeasurementRecorded } from "../webhooks/announce.server";
import type { MessageKey } from "~/lib/i18n";
import { isoToUtcDate, todayIso, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import type { KpiValueKind } from "./fields";
import type { MeasurementInput, SameDayChoice } from "./schema";
import {
  earliestMeasurementDate,
  isOutlier,
  measurementDateProblem,
  valueHistory,
  valueKindProblem,
} from "./value-rules";
import type { ValueHistory } from "./value-rules";

/*
 * Measurements of a KPI. Every function takes the organisation and puts `orgId` into
 * every WHERE clause, updates and deletes included.
 *
 * Recording needs "measurement:record" (members too). A measurement can be corrected or
 * deleted by the person who recorded it; a manager or owner ("kpi:update") may correct
 * anyone's, because they answer for the figures leadership sees. Corrections and deletes
 * are version-checked (app/lib/versioned.server.ts). Every change is in the audit trail.
 */

const measurementAuditSelect = { value: true, date: true, note: true, kpiId: true } as const;

function measurementSnapshot(m: { value: number; date: Date; note: string; kpiId: string }) {
  return { kpiId: m.kpiId, value: m.value, date: utcDateToIso(m.date), note: m.note };
}

export type RecordResult =
  | { status: "recorded"; id: string }
  | { status: "not_found" }
  /** The value or the date breaks a rule of value-rules.ts (message keys per field). */
  | { status: "invalid"; fieldErrors: MeasurementFieldErrors }
  /** The day already has a value: replace it or add a correction? (`sameDay` answers) */
  | { status: "same_day"; existing: { value: number } }
  /** Far outside everything the KPI has seen: is it right? (`confirmOutlier` answers) */
  | { status: "outlier"; history: ValueHistory };

export type MeasurementFieldErrors = Partial<
  Record<"value" | "date", { key: MessageKey; earliest?: IsoDate }>
>;

/** The rules every stored value obeys, recorded or corrected (value-rules.ts). */
export function checkMeasurement(
  kpi: { valueKind: KpiValueKind; baselineDate: IsoDate },
  input: MeasurementInput,
  today: IsoDate,
): MeasurementFieldErrors | null {
  const errors: MeasurementFieldErrors = {};
  const valueProblem = valueKindProblem(kpi.valueKind, input.value);
  if (valueProblem) errors.value = { key: valueProblem };
  const dateProblem = measurementDateProblem(input.date, kpi, today);
  if (dateProblem) errors.date = { key: dateProblem, earliest: earliestMeasurementDate(kpi) };
  return errors.value || errors.date ? errors : null;
}

/**
 * Records a measurement on an active, manual KPI of this organisation ("not_found"
 * when there is none: a derived KPI takes no typed-in values). A value that breaks the
 * KPI's rules is refused; a second value for a day that has one, or a value far outside
 * the KPI's history, is only stored once the person has answered the question
 * (`sameDay`: replace the day's value or add a correction that then counts;
 * `confirmOutlier`). Replacing is a correction of the day's latest value, with audit.
 */
export async function recordMeasurement(request: RecordRequest): Promise<RecordResult> {
  return db.$transaction((tx) => recordMeasurementIn(tx, request));
}

type RecordRequest = Actor & {
  kpiId: string;
  input: MeasurementInput & { confirmOutlier?: boolean; sameDay?: SameDayChoice | null };
  /** Defaults to the server's today. */
  today?: IsoDate;
};

/**
 * recordMeasurement inside the caller's transaction: the API records a batch of values
 * in one transaction, all or none.
 */
export async function recordMeasurementIn(
  tx: Prisma.TransactionClient,
  { orgId, actorId, requestId, kpiId, input, today = todayIso() }: RecordRequest,
): Promise<RecordResult> {
  const kpi = await tx.kpi.findFirst({
    where: { id: kpiId, orgId, archivedAt: null, source: "manual" },
    select: { valueKind: true, baselineDate: true, baseline: true, target: true },
  });
  if (!kpi) return { status: "not_found" };
  const rules = { valueKind: kpi.valueKind, baselineDate: utcDateToIso(kpi.baselineDate) };
  const fieldErrors = checkMeasurement(rules, input, today);
  if (fieldErrors) return { status: "invalid", fieldErrors };

  const date = isoToUtcDate(input.date);
  const sameDay = await tx.kpiMeasurement.findFirst({
    where: { orgId, kpiId, date },
    orderBy: { createdAt: "desc" },
    select: { id: true, ...measurementAuditSelect },
  });
  if (sameDay && !input.sameDay) return { status: "same_day", existing: { value: sameDay.value } };

  if (!input.confirmOutlier) {
    const seen = await tx.kpiMeasurement.aggregate({
      where: { orgId, kpiId },
      _min: { value: true },
      _max: { value: true },
    });
    const history = valueHistory(
      [kpi.baseline, kpi.target, seen._min.value, seen._max.value].filter(
        (v): v is number => v !== null,
      ),
    );
    if (isOutlier(input.value, history)) return { status: "outlier", history };
  }

  const values = { value: input.value, date: input.date, note: input.note };
  if (sameDay && input.sameDay === "replace") {
    await tx.kpiMeasurement.updateMany({
      where: { id: sameDay.id, orgId },
      data: { value: input.value, note: input.note, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      orgId,
      actorId,
      requestId,
      entity: "kpi_measurement",
      entityId: sameDay.id,
      action: "update",
      before: measurementSnapshot(sameDay),
      after: { kpiId, ...values },
    });
    await emitMeasurementRecorded(tx, orgId, sameDay.id);
    return { status: "recorded", id: sameDay.id };
  }
  const measurement = await tx.kpiMeasurement.create({
    data: { orgId, kpiId, value: input.value, date, note: input.note, recordedById: actorId },
    select: { id: true },
  });
  await recordAudit(tx, {
    orgId,
    actorId,
    requestId,
    entity: "kpi_measurement",
    entityId: measurement.id,
    action: "record",
    after: { kpiId, ...values, ...(sameDay ? { correctionOf: sameDay.id } : {}) },
  });
  await emitMeasurementRecorded(tx, orgId, measurement.id);
  return { status: "recorded", id: measurement.id };
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

const measurementSelect = {
  value: true,
  date: true,
  note: true,
  kpiId: true,
  version: true,
} as const;

/** A measurement as stored now: what a stale correction or delete is shown. */
export type MeasurementSnapshot = ReturnType<typeof measurementSnapshot> & { version: number };

export type MeasurementChange =
  | { status: "ok" }
  /** Not there, or not the actor's to change. */
  | { status: "not_found" }
  | { status: "conflict"; current: MeasurementSnapshot };

function readMeasurement(tx: Prisma.TransactionClient, scope: MeasurementScope) {
  return tx.kpiMeasurement
    .findFirst({ where: measurementWhere(scope), select: measurementSelect })
    .then((m) => (m ? { ...measurementSnapshot(m), version: m.version } : null));
}

/**
 * Corrects a measurement if it still has the version the page showed (a stale one gets
 * the current value back; one without a change writes nothing).
 */
export async function updateMeasurement(
  scope: MeasurementScope & { version: number; input: MeasurementInput },
): Promise<MeasurementChange> {
  const { orgId, measurementId: id, version } = scope;
  const { value, date, note } = scope.input;
  const after = { kpiId: scope.kpiId, value, date, note };
  return db.$transaction(async (tx): Promise<MeasurementChange> => {
    const saved = await saveVersioned({
      read: () => readMeasurement(tx, scope),
      version,
      isUnchanged: (current) => isUnchanged(current, after),
      write: () =>
        tx.kpiMeasurement.updateMany({
          where: { id, orgId, version },
          data: { value, date: isoToUtcDate(date), note, version: { increment: 1 } },
        }),
    });
    if (saved.status !== "saved") return saved.status === "unchanged" ? { status: "ok" } : saved;
    const { version: _version, ...before } = saved.before;
    await recordAudit(tx, {
      orgId,
      actorId: scope.actorId,
      requestId: scope.requestId,
      entity: "kpi_measurement",
      entityId: id,
      action: "update",
      before,
      after,
    });
    return { status: "ok" };
  });
}

/** Deletes a measurement, unless it was corrected since the page showed it. */
export async function deleteMeasurement(
  scope: MeasurementScope & { version: number },
): Promise<MeasurementChange> {
  const { orgId, measurementId: id, version } = scope;
  return db.$transaction(async (tx): Promise<MeasurementChange> => {
    const removed = await deleteVersioned({
      read: () => readMeasurement(tx, scope),
      version,
      remove: () => tx.kpiMeasurement.deleteMany({ where: { id, orgId, version } }),
    });
    if (removed.status !== "deleted") return removed;
    const { version: _version, ...before } = removed.before;
    await recordAudit(tx, {
      orgId,
      actorId: scope.actorId,
      requestId: scope.requestId,
      entity: "kpi_measurement",
      entityId: id,
      action: "delete",
      before,
    });
    return { status: "ok" };
  });
}
