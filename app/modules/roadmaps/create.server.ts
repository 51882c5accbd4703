import type { Prisma } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n";
import { recordAudit, recordAuditMany } from "../audit/audit.server";
import { CREATED_TASK_SELECT, taskCreatedEvent } from "../tasks/audit-state";
import { isoToUtcDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { dueDateForWeek, PHASES, roadmapEndDate } from "../calendar/phase-dates";
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

/**
 * Creates a roadmap with its three phases, the gates' exit criteria and the
 * template's tasks, dated from the start date, inside the caller's
 * transaction, and records the audit event. Scoped: every row gets orgId.
 */
export async function createRoadmapFromTemplate(tx: Tx, input: CreateFromTemplateInput) {
  const roadmap = await tx.roadmap.create({
    data: {
      orgId: input.orgId,
      title: input.title,
      ambition: input.ambition ?? "",
      focusArea: input.focusArea ?? "",
      startDate: isoToUtcDate(input.startDate),
      status: input.status ?? "draft",
      locale: input.locale,
      plannedBudgetCents: input.plannedBudgetCents ?? 0,
      createdById: input.actorId,
      phases: {
        create: PHASES.map((phase) => ({
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
    (typeof PHASES)[number]["kind"],
    string
  >;

  await tx.exitCriterion.createMany({
    data: PHASES.flatMap((phase) =>
      ROADMAP_TEMPLATE.phases[phase.kind].exitCriteria.map((criterion, index) => ({
        orgId: input.orgId,
        phaseId: phaseId[phase.kind],
        text: criterion[input.locale],
        position: index,
      })),
    ),
  });

  const owners = input.ownerIds ?? [];
  const tasks = templateTasksFor(input.locale).map((task, index) => ({
    orgId: input.orgId,
    roadmapId: roadmap.id,
    phaseId: phaseId[task.phase],
    title: task.title,
    description: task.description,
    category: task.category,
    priority: task.priority,
    dueDate: isoToUtcDate(dueDateForWeek(input.startDate, task.week)),
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
  return { id: roadmap.id, phaseIds: phaseId };
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
        targetDate: isoToUtcDate(roadmapEndDate(input.startDate)),
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
