import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { isUnchanged, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import { isoToUtcDate } from "../calendar/dates";
import { isDerivedSource } from "../oversight/rates";
import { kpiSelect, plainKpi } from "./kpis.server";
import type { PlainKpi } from "./kpis.server";
import type { KpiValueKind } from "./fields";
import type { CreateKpiInput, KpiReferenceField, UpdateKpiInput } from "./schema";
import { defaultValueKind, valueKindProblem } from "./value-rules";
import type { ValueKindProblem } from "./value-rules";

/*
 * Creating, editing and archiving KPIs. Every function takes the organisation and puts
 * `orgId` into every WHERE clause, updates included. Needs "kpi:create" / "kpi:update"
 * (managers and owners); every change is in the audit trail.
 */

/** Audit snapshot: what a reader of the trail needs to see what changed. */
function auditSnapshot(kpi: PlainKpi) {
  const { isArchived, isDerived: _isDerived, ...rest } = kpi;
  return { ...rest, archived: isArchived };
}

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

function kpiData(input: CreateKpiInput, valueKind: KpiValueKind) {
  return {
    valueKind,
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
    // No source named: manual on creation, unchanged on an edit.
    source: input.source ?? undefined,
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
      data: { orgId, ...kpiData(input, input.valueKind ?? defaultValueKind(input.unit)) },
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
  | { ok: false; reason: "has_measurements" }
  /** Baseline or target do not fit the KPI's kind of value (kept when the form sent none). */
  | {
      ok: false;
      reason: "value_kind";
      fields: Partial<Record<"baseline" | "target", ValueKindProblem>>;
    }
  /** The new kind of value would leave recorded measurements outside it. */
  | { ok: false; reason: "measurements_outside_kind"; count: number };

/** Measurements that a kind of value would not take. */
function outsideKind(kind: KpiValueKind) {
  if (kind === "percent") return { OR: [{ value: { lt: 0 } }, { value: { gt: 100 } }] };
  if (kind === "non_negative") return { value: { lt: 0 } };
  return null;
}

type KpiRefusal = Exclude<KpiUpdateResult, { ok: true } | { reason: "stale" | "not_found" }>;

/** The rules an edit of the KPI as it is now must keep (null: none broken). */
async function refusalFor(
  tx: Prisma.TransactionClient,
  {
    orgId,
    kpiId,
    input,
    current,
  }: { orgId: string; kpiId: string; input: UpdateKpiInput; current: PlainKpi },
): Promise<KpiRefusal | null> {
  // Typed-in values would silently vanish behind the derived ones: refuse the switch.
  if (input.source && isDerivedSource(input.source) && !current.isDerived) {
    const measured = await tx.kpiMeasurement.count({ where: { orgId, kpiId } });
    if (measured > 0) return { ok: false, reason: "has_measurements" };
  }
  const kind = input.valueKind ?? current.valueKind;
  const fields: Partial<Record<"baseline" | "target", ValueKindProblem>> = {};
  for (const field of ["baseline", "target"] as const) {
    const problem = valueKindProblem(kind, input[field]);
    if (problem) fields[field] = problem;
  }
  if (Object.keys(fields).length > 0) return { ok: false, reason: "value_kind", fields };
  const outside = kind === current.valueKind ? null : outsideKind(kind);
  if (outside) {
    const count = await tx.kpiMeasurement.count({ where: { orgId, kpiId, ...outside } });
    if (count > 0) return { ok: false, reason: "measurements_outside_kind", count };
  }
  return null;
}

/**
 * Saves an edit only if nobody saved in between: the row must still carry the
 * version the form was loaded with. Otherwise "stale" with the current values; a save
 * without a change writes nothing (app/lib/versioned.server.ts).
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
  // The form names a kind of value, or the KPI keeps its own.
  const dataFor = (current: PlainKpi) => kpiData(input, input.valueKind ?? current.valueKind);
  return db.$transaction(async (tx): Promise<KpiUpdateResult> => {
    const read = async () => {
      const row = await tx.kpi.findFirst({ where: { id: kpiId, orgId }, select: kpiSelect });
      return row ? plainKpi(row) : null;
    };
    const saved = await saveVersioned({
      read,
      version: input.version,
      // The form's values as plainKpi shows them (dates as days), to tell a save without a change.
      isUnchanged: (current) =>
        isUnchanged(current, {
          ...dataFor(current),
          baselineDate: input.baselineDate,
          targetDate: input.targetDate,
        }),
      refuse: (current) => refusalFor(tx, { orgId, kpiId, input, current }),
      write: (current) =>
        tx.kpi.updateMany({
          where: { id: kpiId, orgId, version: input.version },
          data: { ...dataFor(current), version: { increment: 1 } },
        }),
    });
    if (!("status" in saved)) return saved;
    if (saved.status === "not_found") return { ok: false, reason: "not_found" };
    if (saved.status === "conflict") return { ok: false, reason: "stale", current: saved.current };
    if (saved.status === "saved") {
      await recordAudit(tx, {
        orgId,
        actorId,
        requestId,
        entity: "kpi",
        entityId: kpiId,
        action: "update",
        before: auditSnapshot(saved.before),
        after: auditSnapshot((await read()) ?? saved.before),
      });
    }
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
