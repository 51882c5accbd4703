import type { Prisma } from "~/lib/db.server";
import { utcDateToIso } from "../calendar/dates";
import { TASK_SELECT, taskOut } from "../api/read.server";

// The record a webhook carries (its `data`), read inside the transaction of the change,
// after it: JSON-ready, dates as ISO strings (calendar dates as YYYY-MM-DD), amounts in
// cents, people as ids and names (no e-mail addresses leave the app). Scoped by orgId.

type Tx = Prisma.TransactionClient;
const iso = (date: Date | null) => (date ? date.toISOString() : null);
const person = { select: { id: true, name: true } } as const;

/** A task as the API describes it, with its owner and who completed it named. */
export async function taskRecord(tx: Tx, orgId: string, taskId: string) {
  const task = await tx.task.findFirst({
    where: { id: taskId, orgId },
    select: { ...TASK_SELECT, owner: person, completedBy: person },
  });
  return task ? taskOut(task) : null;
}

export async function gateRecord(tx: Tx, orgId: string, phaseId: string) {
  const phase = await tx.phase.findFirst({
    where: { id: phaseId, orgId },
    select: {
      id: true,
      roadmapId: true,
      kind: true,
      gateStatus: true,
      gateRequestedAt: true,
      gateDecidedAt: true,
      gateComment: true,
      roadmap: { select: { title: true } },
      gateRequestedBy: person,
      gateDecidedBy: person,
    },
  });
  if (!phase) return null;
  return {
    phaseId: phase.id,
    roadmapId: phase.roadmapId,
    roadmapTitle: phase.roadmap.title,
    phase: phase.kind,
    status: phase.gateStatus,
    requestedAt: iso(phase.gateRequestedAt),
    requestedBy: phase.gateRequestedBy,
    decidedAt: iso(phase.gateDecidedAt),
    decidedBy: phase.gateDecidedBy,
    comment: phase.gateComment,
  };
}

export async function measurementRecord(tx: Tx, orgId: string, measurementId: string) {
  const m = await tx.kpiMeasurement.findFirst({
    where: { id: measurementId, orgId },
    select: {
      id: true,
      kpiId: true,
      value: true,
      date: true,
      note: true,
      createdAt: true,
      kpi: { select: { name: true, unit: true } },
      recordedBy: person,
    },
  });
  if (!m) return null;
  return {
    id: m.id,
    kpiId: m.kpiId,
    kpiName: m.kpi.name,
    unit: m.kpi.unit,
    value: m.value,
    date: utcDateToIso(m.date),
    note: m.note,
    recordedBy: m.recordedBy,
    createdAt: iso(m.createdAt),
  };
}

export async function assessmentRecord(tx: Tx, orgId: string, assessmentId: string) {
  const a = await tx.assessment.findFirst({
    where: { id: assessmentId, orgId },
    select: {
      id: true,
      useCaseId: true,
      tier: true,
      rulesetVersion: true,
      completedAt: true,
      useCase: { select: { title: true } },
      author: person,
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    useCaseId: a.useCaseId,
    useCaseTitle: a.useCase.title,
    tier: a.tier,
    rulesetVersion: a.rulesetVersion,
    completedAt: iso(a.completedAt),
    completedBy: a.author,
  };
}

export async function roadmapRecord(tx: Tx, orgId: string, roadmapId: string) {
  const r = await tx.roadmap.findFirst({
    where: { id: roadmapId, orgId },
    select: {
      id: true,
      title: true,
      status: true,
      startDate: true,
      lengthDays: true,
      plannedBudgetCents: true,
      version: true,
      updatedAt: true,
    },
  });
  if (!r) return null;
  return {
    ...r,
    startDate: utcDateToIso(r.startDate),
    updatedAt: iso(r.updatedAt),
  };
}
