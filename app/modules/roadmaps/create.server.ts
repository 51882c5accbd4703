import type { Prisma } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n";
import { recordAudit, recordAuditMany } from "../audit/audit.server";
import { CREATED_TASK_SELECT, taskCreatedEvent } from "../tasks/audit-state";
import { isoToUtcDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import {
  computePhaseDates,
  dueDateForWeek,
  PHASES,
  ROADMAP_DAYS,
  roadmapEndDate,
  templateSpan,
} from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { defaultValueKind } from "../kpis/value-rules";
import { ROADMAP_TEMPLATE, templateKpisFor, templateTasksFor } from "./template";

type Tx = Prisma.TransactionClient;

export type CreateFromTemplateInput = {
  orgId: string;
  actorId: string | null;
  title: string;
  ambition?: string;
  focusArea?: string;
  startDate: IsoDate;
  locale: Locale;
  status?: "draft" | "active";
  plannedBudgetCents?: number;
  /** Task owners, assigned round-robin; empty leaves tasks unassigned. */
  ownerIds?: string[];
  /** One owner for all of a phase's tasks (overrides `ownerIds` for that phase). */
  phaseOwners?: Partial<Record<PhaseKind, string | null>>;
  /** Template KPIs to create, with the company's own baseline and target. */
  kpis?: { key: string; baseline: number; target: number; ownerId: string | null }[];
  requestId?: string;
};

export type RoadmapWithGatesInput = Pick<
  CreateFromTemplateInput,
  | "orgId"
  | "actorId"
  | "title"
  | "ambition"
  | "focusArea"
  | "startDate"
  | "locale"
  | "status"
  | "plannedBudgetCents"
> & {
  /** The roadmap whose closing review this one continues (unique: one successor each). */
  predecessorId?: string;
  /** Days the roadmap runs; default the method's 90 (the phases keep their shares). */
  lengthDays?: number;
  /** The gates' exit criteria; default the template's. */
  exitCriteria?: Record<PhaseKind, readonly string[]>;
};

/**
 * Creates a roadmap with its three phases (the template's goals) and the gates' exit
 * criteria, inside the caller's transaction. Scoped: every row gets orgId. Writes no
 * audit event: the caller records what it created.
 */
export async function createRoadmapWithGates(tx: Tx, input: RoadmapWithGatesInput) {
  const span = { startDate: input.startDate, lengthDays: input.lengthDays ?? ROADMAP_DAYS };
  const roadmap = await tx.roadmap.create({
    data: {
      orgId: input.orgId,
      title: input.title,
      ambition: input.ambition ?? "",
      focusArea: input.focusArea ?? "",
      startDate: isoToUtcDate(input.startDate),
      lengthDays: span.lengthDays,
      status: input.status ?? "draft",
      locale: input.locale,
      plannedBudgetCents: input.plannedBudgetCents ?? 0,
      createdById: input.actorId,
      predecessorId: input.predecessorId,
      phases: {
        create: computePhaseDates(span).map((phase) => ({
          orgId: input.orgId,
          kind: phase.kind,
          position: phase.position,
          startWeek: phase.startWeek,
          endWeek: phase.endWeek,
          goal: ROADMAP_TEMPLATE.phases[phase.kind].goal[input.locale],
        })),
      },
    },
    select: { id: true, phases: { select: { id: true, kind: true } } },
  });
  const phaseId = Object.fromEntries(roadmap.phases.map((p) => [p.kind, p.id])) as Record<
    PhaseKind,
    string
  >;
  const criteria =
    input.exitCriteria ??
    (Object.fromEntries(
      PHASES.map(({ kind }) => [
        kind,
        ROADMAP_TEMPLATE.phases[kind].exitCriteria.map((c) => c[input.locale]),
      ]),
    ) as Record<PhaseKind, string[]>);
  await tx.exitCriterion.createMany({
    data: PHASES.flatMap((phase) =>
      criteria[phase.kind].map((text, index) => ({
        orgId: input.orgId,
        phaseId: phaseId[phase.kind],
        text,
        position: index,
      })),
    ),
  });
  return { id: roadmap.id, phaseIds: phaseId };
}

/**
 * Creates a roadmap with its three phases, the gates' exit criteria and the
 * template's tasks, dated from the start date, inside the caller's
 * transaction, and records the audit event. Scoped: every row gets orgId.
 */
export async function createRoadmapFromTemplate(tx: Tx, input: CreateFromTemplateInput) {
  const roadmap = await createRoadmapWithGates(tx, input);
  const phaseId = roadmap.phaseIds;

  const owners = input.ownerIds ?? [];
  const tasks = templateTasksFor(input.locale).map((task, index) => ({
    orgId: input.orgId,
    roadmapId: roadmap.id,
    phaseId: phaseId[task.phase],
    title: task.title,
    description: task.description,
    category: task.category,
    priority: task.priority,
    dueDate: isoToUtcDate(dueDateForWeek(templateSpan(input.startDate), task.week)),
    ownerId:
      input.phaseOwners?.[task.phase] !== undefined
        ? input.phaseOwners[task.phase]!
        : owners.length > 0
          ? owners[index % owners.length]!
          : null,
    position: index,
    sourceKey: `template:${task.key}`,
  }));
  const created = await tx.task.createManyAndReturn({ data: tasks, select: CREATED_TASK_SELECT });
  await recordAuditMany(
    tx,
    created.map((task) => taskCreatedEvent(task, input)),
  );

  const kpis = await createTemplateKpis(tx, input, roadmap.id);

  await recordAudit(tx, {
    orgId: input.orgId,
    actorId: input.actorId,
    entity: "roadmap",
    entityId: roadmap.id,
    action: "create_from_template",
    after: { title: input.title, startDate: input.startDate, tasks: tasks.length, kpis },
    requestId: input.requestId,
  });
  return roadmap;
}

/**
 * The chosen template KPIs, each on the plan's line: baseline on the start date, target
 * on the last day (so they move with the plan), in the roadmap's language.
 */
async function createTemplateKpis(tx: Tx, input: CreateFromTemplateInput, roadmapId: string) {
  const chosen = input.kpis ?? [];
  if (chosen.length === 0) return 0;
  const template = new Map(templateKpisFor(input.locale).map((kpi) => [kpi.key, kpi]));
  const created = await tx.kpi.createManyAndReturn({
    data: chosen.map((choice) => {
      const kpi = template.get(choice.key);
      if (!kpi) throw new Error(`unknown template KPI ${choice.key}`);
      return {
        orgId: input.orgId,
        roadmapId,
        ownerId: choice.ownerId,
        name: kpi.name,
        category: kpi.category,
        unit: kpi.unit,
        valueKind: defaultValueKind(kpi.unit),
        direction: kpi.direction,
        baseline: choice.baseline,
        target: choice.target,
        baselineDate: isoToUtcDate(input.startDate),
        targetDate: isoToUtcDate(roadmapEndDate(templateSpan(input.startDate))),
      };
    }),
    select: { id: true, name: true, baseline: true, target: true, ownerId: true },
  });
  await recordAuditMany(
    tx,
    created.map(({ id, ...after }) => ({
      orgId: input.orgId,
      actorId: input.actorId,
      entity: "kpi",
      entityId: id,
      action: "create",
      after: { ...after, roadmapId },
      requestId: input.requestId,
    })),
  );
  return created.length;
}
