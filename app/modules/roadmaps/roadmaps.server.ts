import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { isUnchanged, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import { createRoadmapFromTemplate } from "./create.server";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { PHASES, roadmapEndDate, spanOf } from "../calendar/phase-dates";
import type { PhaseKind, RoadmapSpan } from "../calendar/phase-dates";
import { percentOf } from "./progress";
import { dueDateMoves, planStartDateChange } from "./reschedule";
import type { KpiMove, ReschedulableKpi } from "./reschedule";
import { chosenTemplateKpis, PHASE_OWNER_FIELDS } from "./schema";
import type { CreateRoadmapInput, EditRoadmapInput } from "./schema";

/**
 * All roadmaps of the organisation, newest start first, with their task progress and
 * their neighbours in the chain (the roadmap each follows, the one following it).
 * Two round trips: the roadmaps, and one grouped count of their tasks.
 */
export async function listRoadmaps({ orgId }: { orgId: string }) {
  const [roadmaps, counts] = await Promise.all([
    db.roadmap.findMany({
      where: { orgId },
      orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        title: true,
        status: true,
        startDate: true,
        lengthDays: true,
        focusArea: true,
        predecessorId: true,
      },
    }),
    db.task.groupBy({
      by: ["roadmapId", "status"],
      where: { orgId, deletedAt: null },
      _count: { _all: true },
    }),
  ]);
  const linked = (id: string | undefined) => {
    const found = roadmaps.find((r) => r.id === id);
    return found ? { id: found.id, title: found.title } : null;
  };
  return roadmaps.map((r) => {
    const mine = counts.filter((c) => c.roadmapId === r.id);
    const total = mine.reduce((sum, c) => sum + c._count._all, 0);
    const done = mine.find((c) => c.status === "done")?._count._all ?? 0;
    const span = spanOf(r);
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      focusArea: r.focusArea,
      ...span,
      endDate: roadmapEndDate(span),
      total,
      done,
      percentDone: percentOf(done, total),
      chain: {
        predecessor: linked(r.predecessorId ?? undefined),
        successor: linked(roadmaps.find((s) => s.predecessorId === r.id)?.id),
      },
    };
  });
}

export async function countRoadmaps({ orgId }: { orgId: string }) {
  return db.roadmap.count({ where: { orgId } });
}

/**
 * Creates a roadmap from the 90-day template (phases, exit criteria, dated tasks, the
 * chosen template KPIs) or blank (the three phases and their gates only). Each phase's
 * tasks go to its owner (or to `ownerId`); everyone named must be a member who may own
 * tasks. The KPIs belong to the pilot phase's owner.
 */
export async function createRoadmap(actor: Actor & { data: CreateRoadmapInput }) {
  const { orgId, data } = actor;
  const fields = data as Record<string, unknown>;
  const person = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
  const phaseOwners = Object.fromEntries(
    PHASES.map(({ kind }) => {
      // A phase the form does not name follows ownerId; one named "nobody" stays unassigned.
      const named = fields[PHASE_OWNER_FIELDS[kind]];
      return [kind, named === undefined ? person(data.ownerId) : person(named)];
    }),
  ) as Record<PhaseKind, string | null>;
  // Everyone named must be a member who can own tasks (not a viewer).
  const named = [...new Set([person(data.ownerId), ...Object.values(phaseOwners)])].filter(
    (id): id is string => id !== null,
  );
  const owners = await db.membership.count({
    where: { orgId, userId: { in: named }, role: { not: "viewer" } },
  });
  if (owners !== named.length) return { status: "invalid_owner" as const };
  const id = await db.$transaction(async (tx) => {
    if (data.mode === "template") {
      const created = await createRoadmapFromTemplate(tx, {
        orgId,
        actorId: actor.actorId,
        title: data.title,
        ambition: data.ambition,
        focusArea: data.focusArea,
        startDate: data.startDate,
        locale: data.locale,
        phaseOwners,
        // The pilot's owner answers for the figures the pilot is judged by.
        kpis: chosenTemplateKpis(fields).map((kpi) => ({ ...kpi, ownerId: phaseOwners.pilot })),
        requestId: actor.requestId,
      });
      return created.id;
    }
    const roadmap = await tx.roadmap.create({
      data: {
        orgId,
        title: data.title,
        ambition: data.ambition,
        focusArea: data.focusArea,
        startDate: isoToUtcDate(data.startDate),
        locale: data.locale,
        createdById: actor.actorId,
        phases: {
          create: PHASES.map((phase) => ({
            orgId,
            kind: phase.kind,
            position: phase.position,
            startWeek: phase.startWeek,
            endWeek: phase.endWeek,
          })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "roadmap",
      entityId: roadmap.id,
      action: "create",
      after: { title: data.title, startDate: data.startDate, template: false },
      requestId: actor.requestId,
    });
    return roadmap.id;
  });
  return { status: "ok" as const, id };
}

/** What the edit form shows, and what a save compares against. */
const editableFields = {
  id: true,
  title: true,
  ambition: true,
  focusArea: true,
  startDate: true,
  lengthDays: true,
  status: true,
  plannedBudgetCents: true,
  version: true,
} as const satisfies Prisma.RoadmapSelect;

/** The roadmap's editable fields and version. Scoped by orgId. */
export async function getRoadmapForEdit({
  orgId,
  roadmapId,
}: {
  orgId: string;
  roadmapId: string;
}) {
  const roadmap = await db.roadmap.findFirst({
    where: { id: roadmapId, orgId },
    select: editableFields,
  });
  if (!roadmap) return null;
  return { ...roadmap, startDate: utcDateToIso(roadmap.startDate) };
}
export type RoadmapForEdit = NonNullable<Awaited<ReturnType<typeof getRoadmapForEdit>>>;

/** What would move if the roadmap started on `newStart` (for the confirm step). */
export async function previewStartDateChange({
  orgId,
  roadmapId,
  old,
  newStart,
}: {
  orgId: string;
  roadmapId: string;
  old: RoadmapSpan;
  newStart: IsoDate;
}) {
  const [tasks, kpis] = await Promise.all([
    db.task.findMany({
      where: { orgId, roadmapId, deletedAt: null },
      select: { id: true, title: true, dueDate: true, status: true },
    }),
    roadmapKpis(db, orgId, roadmapId),
  ]);
  return planStartDateChange(
    old,
    newStart,
    tasks.map((t) => ({ ...t, dueDate: utcDateToIso(t.dueDate) })),
    kpis,
  );
}

/** The roadmap's KPIs (archived ones too: they keep their place in the plan) with their dates. */
async function roadmapKpis(
  client: Pick<typeof db, "kpi">,
  orgId: string,
  roadmapId: string,
): Promise<ReschedulableKpi[]> {
  const kpis = await client.kpi.findMany({
    where: { orgId, roadmapId },
    select: { id: true, name: true, baselineDate: true, targetDate: true },
    orderBy: { name: "asc" },
  });
  return kpis.map((k) => ({
    ...k,
    baselineDate: utcDateToIso(k.baselineDate),
    targetDate: utcDateToIso(k.targetDate),
  }));
}

/**
 * Moves the KPI dates tied to the plan (one update and one audit event per KPI; a
 * roadmap has a handful). The version moves too, so an edit form opened before the
 * move cannot put the old dates back.
 */
async function moveKpiDates(tx: Prisma.TransactionClient, actor: Actor, moves: KpiMove[]) {
  for (const move of moves) {
    await tx.kpi.updateMany({
      where: { id: move.id, orgId: actor.orgId },
      data: {
        ...(move.baseline ? { baselineDate: isoToUtcDate(move.baseline.to) } : {}),
        ...(move.target ? { targetDate: isoToUtcDate(move.target.to) } : {}),
        version: { increment: 1 },
      },
    });
  }
  if (moves.length === 0) return;
  await tx.auditEvent.createMany({
    data: moves.map((move) => ({
      orgId: actor.orgId,
      actorId: actor.actorId,
      entity: "kpi",
      entityId: move.id,
      action: "reschedule",
      before: {
        ...(move.baseline ? { baselineDate: move.baseline.from } : {}),
        ...(move.target ? { targetDate: move.target.from } : {}),
      },
      after: {
        ...(move.baseline ? { baselineDate: move.baseline.to } : {}),
        ...(move.target ? { targetDate: move.target.to } : {}),
      },
      requestId: actor.requestId ?? "",
    })),
  });
}

export type UpdateRoadmapResult =
  | { status: "ok"; movedTasks: number }
  | { status: "not_found" }
  | { status: "conflict"; current: RoadmapForEdit };

/**
 * Saves title, ambition, focus area, budget and start date, refusing a stale version
 * (app/lib/versioned.server.ts; a save without a change writes nothing).
 * A new start date moves every task's due date (deleted ones too, so an undo puts
 * them back in the right place) by the same number of days, each with its own audit
 * event, all in the one transaction. The phases and gates need no update: their
 * dates are computed from the start date.
 */
export async function updateRoadmap(
  actor: Actor & { roadmapId: string; data: EditRoadmapInput },
): Promise<UpdateRoadmapResult> {
  const { orgId, roadmapId, data } = actor;
  const next = {
    title: data.title,
    ambition: data.ambition,
    focusArea: data.focusArea,
    plannedBudgetCents: data.plannedBudget,
    startDate: data.startDate,
  };
  return db.$transaction(async (tx): Promise<UpdateRoadmapResult> => {
    const saved = await saveVersioned({
      read: async () => {
        const row = await tx.roadmap.findFirst({
          where: { id: roadmapId, orgId },
          select: editableFields,
        });
        return row ? { ...row, startDate: utcDateToIso(row.startDate) } : null;
      },
      version: data.version,
      isUnchanged: (stored) => isUnchanged(stored, next),
      write: () =>
        tx.roadmap.updateMany({
          where: { id: roadmapId, orgId, version: data.version },
          data: { ...next, startDate: isoToUtcDate(data.startDate), version: { increment: 1 } },
        }),
    });
    if (saved.status === "not_found" || saved.status === "conflict") return saved;
    if (saved.status === "unchanged") return { status: "ok", movedTasks: 0 };
    const current = saved.before;

    let movedTasks = 0;
    if (data.startDate !== current.startDate) {
      const tasks = await tx.task.findMany({
        where: { orgId, roadmapId },
        select: { id: true, dueDate: true },
      });
      const plan = planStartDateChange(
        current,
        data.startDate,
        tasks.map((t) => ({ id: t.id, title: "", status: "", dueDate: utcDateToIso(t.dueDate) })),
        await roadmapKpis(tx, orgId, roadmapId),
      );
      await moveKpiDates(tx, actor, plan.kpis);
      // One statement per distinct due date (at most 90), in an order that never moves a
      // group onto a date whose tasks have not moved yet.
      for (const move of dueDateMoves(
        plan.tasks.map((t) => t.from),
        plan.shiftDays,
      )) {
        await tx.task.updateMany({
          where: { orgId, roadmapId, dueDate: isoToUtcDate(move.from) },
          data: { dueDate: isoToUtcDate(move.to), version: { increment: 1 } },
        });
      }
      movedTasks = plan.tasks.length;
      if (plan.tasks.length > 0) {
        await tx.auditEvent.createMany({
          data: plan.tasks.map((t) => ({
            orgId,
            actorId: actor.actorId,
            entity: "task",
            entityId: t.id,
            action: "reschedule",
            before: { dueDate: t.from },
            after: { dueDate: t.to },
            requestId: actor.requestId ?? "",
          })),
        });
      }
    }
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "roadmap",
      entityId: roadmapId,
      action: "update",
      before: {
        title: current.title,
        ambition: current.ambition,
        focusArea: current.focusArea,
        startDate: current.startDate,
        plannedBudgetCents: current.plannedBudgetCents,
      },
      after: {
        title: data.title,
        ambition: data.ambition,
        focusArea: data.focusArea,
        startDate: data.startDate,
        plannedBudgetCents: data.plannedBudget,
        movedTasks,
      },
      requestId: actor.requestId,
    });
    return { status: "ok", movedTasks };
  });
}
