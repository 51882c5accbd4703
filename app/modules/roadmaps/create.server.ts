import type { Prisma } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n";
import { recordAudit, recordAuditMany } from "../audit/audit.server";
import { CREATED_TASK_SELECT, taskCreatedEvent } from "../tasks/audit-state";
import { isoToUtcDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { dueDateForWeek, PHASES } from "../calendar/phase-dates";
import { ROADMAP_TEMPLATE, templateTasksFor } from "./template";

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
    ownerId: owners.length > 0 ? owners[index % owners.length] : null,
    position: index,
    sourceKey: `template:${task.key}`,
  }));
  const created = await tx.task.createManyAndReturn({ data: tasks, select: CREATED_TASK_SELECT });
  await recordAuditMany(
    tx,
    created.map((task) => taskCreatedEvent(task, input)),
  );

  await recordAudit(tx, {
    orgId: input.orgId,
    actorId: input.actorId,
    entity: "roadmap",
    entityId: roadmap.id,
    action: "create_from_template",
    after: { title: input.title, startDate: input.startDate, tasks: tasks.length },
    requestId: input.requestId,
  });
  return { id: roadmap.id, phaseIds: phaseId };
}
