import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { computePhaseDates, PHASE_KINDS, roadmapEndDate, spanOf } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { isIsoDate, isoToUtcDate, todayIso, utcDateToIso } from "../calendar/dates";
import { listRegister } from "../assessments/register.server";
import { TASK_STATUS_VALUES } from "./contract";
import { readStoredResult } from "../assessments/register";
import { annualHoursValueCents, priorityScore } from "../use-cases/priority";
import { ratingsOf } from "../use-cases/use-cases.server";
import { ApiProblem } from "./problem.server";
import { decodeCursor, pageOf, parseLimit } from "./pagination";
import { readApiTasks } from "./queries.server";
import type { ApiTaskFilter } from "./queries.server";

// The API's reads (v1). Every query is scoped by the token's organisation; a record of
// another organisation is "not found", exactly like the pages. Lists page by id.

/** limit and cursor of a list request, or a 400. */
export function listParams(url: URL): { limit: number; after: string | undefined } {
  const limit = parseLimit(url.searchParams.get("limit"));
  if (limit === null) throw new ApiProblem("bad_request", "limit must be a whole number 1–200.");
  const after = decodeCursor(url.searchParams.get("cursor"));
  if (after === null) throw new ApiProblem("bad_request", "cursor is not one this API gave out.");
  return { limit, after };
}

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

const ROADMAP_SELECT = {
  id: true,
  title: true,
  status: true,
  ambition: true,
  focusArea: true,
  startDate: true,
  lengthDays: true,
  plannedBudgetCents: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.RoadmapSelect;

function roadmapOut(row: Prisma.RoadmapGetPayload<{ select: typeof ROADMAP_SELECT }>) {
  const span = spanOf(row);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    ambition: row.ambition,
    focusArea: row.focusArea,
    startDate: span.startDate,
    endDate: roadmapEndDate(span),
    lengthDays: row.lengthDays,
    plannedBudgetCents: row.plannedBudgetCents,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export async function listRoadmapsApi(orgId: string, url: URL) {
  const { limit, after } = listParams(url);
  const rows = await db.roadmap.findMany({
    where: { orgId, ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: ROADMAP_SELECT,
  });
  const page = pageOf(rows, limit);
  return { data: page.data.map(roadmapOut), next: page.next };
}

export async function readRoadmapApi(orgId: string, roadmapId: string) {
  const row = await db.roadmap.findFirst({
    where: { id: roadmapId, orgId },
    select: {
      ...ROADMAP_SELECT,
      phases: {
        where: { orgId },
        orderBy: { position: "asc" },
        select: {
          kind: true,
          position: true,
          goal: true,
          gateStatus: true,
          gateRequestedAt: true,
          gateDecidedAt: true,
          gateComment: true,
        },
      },
    },
  });
  if (!row) throw new ApiProblem("not_found");
  const dates = new Map(computePhaseDates(spanOf(row)).map((p) => [p.kind, p]));
  return {
    ...roadmapOut(row),
    phases: row.phases.map((phase) => ({
      kind: phase.kind,
      position: phase.position,
      startDate: dates.get(phase.kind)!.startDate,
      endDate: dates.get(phase.kind)!.endDate,
      goal: phase.goal,
      gate: {
        status: phase.gateStatus,
        requestedAt: isoOrNull(phase.gateRequestedAt),
        decidedAt: isoOrNull(phase.gateDecidedAt),
        comment: phase.gateComment,
      },
    })),
  };
}

export const TASK_SELECT = {
  id: true,
  roadmapId: true,
  title: true,
  description: true,
  status: true,
  priority: true,
  ownerId: true,
  dueDate: true,
  completedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  phase: { select: { kind: true } },
} as const satisfies Prisma.TaskSelect;

/** A task on the wire (the API's and the webhooks'), with whatever else `row` carries. */
export function taskOut<Row extends Prisma.TaskGetPayload<{ select: typeof TASK_SELECT }>>(
  row: Row,
) {
  const { phase, dueDate, completedAt, createdAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    phase: phase.kind,
    dueDate: utcDateToIso(dueDate),
    completedAt: isoOrNull(completedAt),
    createdAt: iso(createdAt),
    updatedAt: iso(updatedAt),
  };
}

/** The task list's filters: roadmap, phase, status, owner, due before/after (days, inclusive). */
function taskFilter(url: URL): ApiTaskFilter {
  const q = url.searchParams;
  const filter: ApiTaskFilter = {};
  const roadmapId = q.get("roadmapId");
  if (roadmapId) filter.roadmapId = roadmapId;
  const phase = q.get("phase");
  if (phase) {
    if (!PHASE_KINDS.includes(phase as PhaseKind))
      throw new ApiProblem("bad_request", `phase must be one of ${PHASE_KINDS.join(", ")}.`);
    filter.phase = phase as PhaseKind;
  }
  const status = q.get("status");
  if (status) {
    if (!(TASK_STATUS_VALUES as readonly string[]).includes(status))
      throw new ApiProblem(
        "bad_request",
        `status must be one of ${TASK_STATUS_VALUES.join(", ")}.`,
      );
    filter.status = status as (typeof TASK_STATUS_VALUES)[number];
  }
  const ownerId = q.get("ownerId");
  if (ownerId) filter.ownerId = ownerId;
  for (const [name, key] of [
    ["dueBefore", "dueUntil"],
    ["dueAfter", "dueFrom"],
  ] as const) {
    const day = q.get(name);
    if (!day) continue;
    if (!isIsoDate(day)) throw new ApiProblem("bad_request", `${name} must be a day, YYYY-MM-DD.`);
    filter[key] = isoToUtcDate(day);
  }
  return filter;
}

export async function listTasksApi(orgId: string, url: URL) {
  const { limit, after } = listParams(url);
  const rows = await readApiTasks({ orgId, filter: taskFilter(url), after, limit: limit + 1 });
  const page = pageOf(rows, limit);
  return { data: page.data.map(taskOut), next: page.next };
}

export async function readTaskApi(orgId: string, taskId: string) {
  const row = await db.task.findFirst({
    where: { id: taskId, orgId, deletedAt: null },
    select: TASK_SELECT,
  });
  if (!row) throw new ApiProblem("not_found");
  return taskOut(row);
}

const KPI_SELECT = {
  id: true,
  name: true,
  category: true,
  unit: true,
  direction: true,
  baseline: true,
  baselineDate: true,
  target: true,
  targetDate: true,
  source: true,
  roadmapId: true,
  useCaseId: true,
  ownerId: true,
  archivedAt: true,
} as const satisfies Prisma.KpiSelect;

function kpiOut(row: Prisma.KpiGetPayload<{ select: typeof KPI_SELECT }>) {
  const { archivedAt, baselineDate, targetDate, ...rest } = row;
  return {
    ...rest,
    baselineDate: utcDateToIso(baselineDate),
    targetDate: utcDateToIso(targetDate),
    archived: archivedAt !== null,
  };
}

export async function listKpisApi(orgId: string, url: URL) {
  const { limit, after } = listParams(url);
  const roadmapId = url.searchParams.get("roadmapId");
  const rows = await db.kpi.findMany({
    where: {
      orgId,
      ...(roadmapId ? { roadmapId } : {}),
      ...(after ? { id: { gt: after } } : {}),
    },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: KPI_SELECT,
  });
  const page = pageOf(rows, limit);
  return { data: page.data.map(kpiOut), next: page.next };
}

/** How many measurements a KPI's read carries, newest first. */
export const KPI_MEASUREMENTS_SHOWN = 500;

export const MEASUREMENT_SELECT = {
  id: true,
  date: true,
  value: true,
  note: true,
  createdAt: true,
} as const satisfies Prisma.KpiMeasurementSelect;

export function measurementOut(
  row: Prisma.KpiMeasurementGetPayload<{ select: typeof MEASUREMENT_SELECT }>,
) {
  return { ...row, date: utcDateToIso(row.date), createdAt: iso(row.createdAt) };
}

export async function readKpiApi(orgId: string, kpiId: string) {
  const row = await db.kpi.findFirst({
    where: { id: kpiId, orgId },
    select: {
      ...KPI_SELECT,
      measurements: {
        where: { orgId },
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        take: KPI_MEASUREMENTS_SHOWN,
        select: MEASUREMENT_SELECT,
      },
    },
  });
  if (!row) throw new ApiProblem("not_found");
  const { measurements, ...kpi } = row;
  return { ...kpiOut(kpi), measurements: measurements.map(measurementOut) };
}

const USE_CASE_SELECT = {
  id: true,
  title: true,
  area: true,
  status: true,
  description: true,
  roadmapId: true,
  ownerId: true,
  archivedAt: true,
  hoursSavedPerWeek: true,
  hourlyCostCents: true,
  ratingValue: true,
  ratingDataQuality: true,
  ratingDataProtection: true,
  ratingTeamReadiness: true,
  ratingEffort: true,
} as const satisfies Prisma.UseCaseSelect;

function selectUseCase(orgId: string) {
  return {
    ...USE_CASE_SELECT,
    assessments: {
      where: { orgId, status: "completed" },
      orderBy: { completedAt: "desc" },
      take: 1,
      select: { result: true, completedAt: true, rulesetVersion: true },
    },
  } as const satisfies Prisma.UseCaseSelect;
}

function toUseCase(row: Prisma.UseCaseGetPayload<{ select: ReturnType<typeof selectUseCase> }>) {
  const latest = row.assessments[0];
  const result = latest ? readStoredResult(latest.result) : null;
  return {
    id: row.id,
    title: row.title,
    area: row.area,
    status: row.status,
    description: row.description,
    roadmapId: row.roadmapId,
    ownerId: row.ownerId,
    archived: row.archivedAt !== null,
    priorityScore: priorityScore({ ...ratingsOf(row), tier: null }),
    annualHoursValueCents: annualHoursValueCents(row.hoursSavedPerWeek, row.hourlyCostCents),
    assessment:
      latest && result && latest.completedAt
        ? {
            tier: result.tier,
            roles: result.roles,
            completedOn: utcDateToIso(latest.completedAt),
            rulesetVersion: latest.rulesetVersion,
          }
        : null,
  };
}

export async function listUseCasesApi(orgId: string, url: URL) {
  const { limit, after } = listParams(url);
  const rows = await db.useCase.findMany({
    where: { orgId, ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: selectUseCase(orgId),
  });
  const page = pageOf(rows, limit);
  return { data: page.data.map(toUseCase), next: page.next };
}

export async function readUseCaseApi(orgId: string, useCaseId: string) {
  const row = await db.useCase.findFirst({
    where: { id: useCaseId, orgId },
    select: selectUseCase(orgId),
  });
  if (!row) throw new ApiProblem("not_found");
  return toUseCase(row);
}

/** The AI register as its page lists it (app/modules/assessments/register.server.ts). */
export async function readRegisterApi(orgId: string) {
  const rows = await listRegister({ orgId, today: todayIso() });
  return {
    data: rows.map((row) => ({
      id: row.id,
      title: row.title,
      area: row.area,
      status: row.status,
      archived: row.isArchived,
      ownerName: row.ownerName,
      roadmapTitle: row.roadmapTitle,
      tier: row.tier,
      roles: row.roles,
      assessedOn: row.assessedOn,
      rulesetVersion: row.rulesetVersion,
      openJudgements: row.openJudgements,
      documentation: row.documentation,
    })),
    next: null,
  };
}
