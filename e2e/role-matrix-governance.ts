// The governance rows of the role matrix (issue 14): human oversight, AI literacy and
// data sources, with what each needs in the cell's organisation. role-matrix.spec.ts
// runs them with the other rows.
import type { Role } from "../app/lib/permissions";
import { addDaysIso, isoToUtcDate, todayIso } from "../app/modules/calendar/dates";
import { e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import { createPilotUseCase, createReviewRow, reviewForm } from "./oversight-helpers";

export type Form = Record<string, string>;
export type CellOrg = TestOrg & { extra?: Record<string, string> };
export type Mutation = {
  action: string;
  path: (org: CellOrg) => Promise<string> | string;
  /** `me`: the acting member's user id (for "their own" records); undefined for outsiders. */
  form: (org: CellOrg, me: string | undefined) => Promise<Form> | Form;
  /** Whether the database shows the mutation's effect, read back after the request. */
  applied: (org: CellOrg, form: Form) => Promise<boolean>;
  /**
   * The row needs a roadmap with a piloting use case and one review (see `prepare`);
   * the other rows' actions touch no roadmap, so their cells' organisations have none.
   */
  pilot?: true;
};

type LiteracyRows = {
  trainingId: string;
  completionId: string;
  assignmentId: string;
  useCaseId: string;
};

/** One row of each AI literacy record per organisation, made once and shared by path and form. */
const literacyRows = new WeakMap<TestOrg, Promise<LiteracyRows>>();
export function literacyOf(org: TestOrg): Promise<LiteracyRows> {
  let rows = literacyRows.get(org);
  if (!rows) {
    rows = (async () => {
      const db = e2eDb();
      const orgId = org.org.id;
      const training = await db.training.create({
        data: { orgId, title: "Matrix-Schulung", topic: "basics", format: "webinar" },
        select: { id: true },
      });
      const completion = await db.trainingCompletion.create({
        data: {
          orgId,
          trainingId: training.id,
          userId: org.users.member.id,
          completedOn: isoToUtcDate(addDaysIso(todayIso(), -30)),
        },
        select: { id: true },
      });
      const assignment = await db.trainingAssignment.create({
        data: { orgId, trainingId: training.id, userId: org.users.viewer.id, dueDate: new Date() },
        select: { id: true },
      });
      const useCase = await db.useCase.create({
        data: { orgId, title: "Matrix-Anwendungsfall", ownerId: org.users.member.id },
        select: { id: true },
      });
      await db.useCaseMember.create({
        data: { orgId, useCaseId: useCase.id, userId: org.users.viewer.id },
      });
      return {
        trainingId: training.id,
        completionId: completion.id,
        assignmentId: assignment.id,
        useCaseId: useCase.id,
      };
    })();
    literacyRows.set(org, rows);
  }
  return rows;
}
const literacy = (o: TestOrg) => `/o/${o.org.slug}/governance/literacy`;

/** Completions of the matrix training by one person on one day. */
async function completionsOn(o: TestOrg, userId: string, day: string) {
  return e2eDb().trainingCompletion.count({
    where: {
      orgId: o.org.id,
      trainingId: (await literacyOf(o)).trainingId,
      userId,
      completedOn: isoToUtcDate(day),
    },
  });
}

/**
 * A use case with one data source, its completeness already checked (once per
 * organisation; each cell has its own organisation).
 */
const dataSources = new WeakMap<TestOrg, Promise<{ base: string; dataSourceId: string }>>();
export function dataSourceOf(org: TestOrg) {
  let found = dataSources.get(org);
  if (!found) {
    const orgId = org.org.id;
    found = e2eDb()
      .useCase.create({
        data: {
          orgId,
          title: "Antwortentwürfe",
          dataSources: {
            create: {
              orgId,
              name: "Tickets",
              kind: "customer",
              personalData: "none",
              checks: { create: { orgId, aspect: "completeness", checkedOn: new Date() } },
            },
          },
        },
        select: { id: true, dataSources: { select: { id: true } } },
      })
      .then((u) => ({
        base: `/o/${org.org.slug}/use-cases/${u.id}/data-sources`,
        dataSourceId: u.dataSources[0]!.id,
      }));
    dataSources.set(org, found);
  }
  return found;
}

async function sourceEditPath(org: TestOrg) {
  const { base, dataSourceId } = await dataSourceOf(org);
  return `${base}/${dataSourceId}/edit`;
}

async function checkCount(org: TestOrg, aspect: "accuracy" | "completeness") {
  const { dataSourceId } = await dataSourceOf(org);
  return e2eDb().dataSourceCheck.count({ where: { orgId: org.org.id, dataSourceId, aspect } });
}

const SOURCE_FORM = { name: "FAQ", kind: "public", personalData: "none", sentToVendor: "no" };

/** A piloting use case with one review, for the oversight rows (`pilot`). */
export async function prepare(org: TestOrg): Promise<TestOrg & { extra: Record<string, string> }> {
  const useCase = await createPilotUseCase(org);
  const review = await createReviewRow(org, useCase.id);
  return { ...org, extra: { useCaseId: useCase.id, reviewId: review.id } };
}

export const GOVERNANCE_MUTATIONS: Mutation[] = [
  // Human oversight log (issue 14). The path needs the record the form names, so both
  // are made per cell; `prepare` runs first and passes its ids on.
  {
    action: "oversight:record",
    pilot: true,
    path: (o) => `/o/${o.org.slug}/use-cases/${o.extra!.useCaseId}/oversight/new`,
    form: (o) => reviewForm(o),
    applied: async (o) =>
      (await e2eDb().oversightReview.count({
        where: { orgId: o.org.id, useCaseId: o.extra!.useCaseId, reviewedCount: 12 },
      })) === 1,
  },
  {
    action: "oversight:manage (correct)",
    pilot: true,
    path: (o) => `/o/${o.org.slug}/use-cases/${o.extra!.useCaseId}/oversight/${o.extra!.reviewId}`,
    form: (o) => reviewForm(o, { version: "1" }),
    applied: async (o) =>
      (await e2eDb().oversightReview.count({
        where: { id: o.extra!.reviewId, orgId: o.org.id, reviewedCount: 12 },
      })) === 1,
  },
  {
    action: "oversight:manage (delete)",
    pilot: true,
    path: (o) => `/o/${o.org.slug}/use-cases/${o.extra!.useCaseId}/oversight/${o.extra!.reviewId}`,
    form: () => ({ intent: "delete", version: "1" }),
    applied: async (o) =>
      (await e2eDb().oversightReview.count({ where: { id: o.extra!.reviewId } })) === 0,
  },
  {
    action: "kpi:create (correction-rate KPI)",
    pilot: true,
    path: (o) => `/o/${o.org.slug}/use-cases/${o.extra!.useCaseId}/oversight`,
    form: () => ({ intent: "create-kpi" }),
    applied: async (o) =>
      (await e2eDb().kpi.count({
        where: {
          orgId: o.org.id,
          useCaseId: o.extra!.useCaseId,
          source: "oversight_correction_rate",
        },
      })) === 1,
  },
  // AI literacy (issue 14)
  {
    action: "training:create",
    path: (o) => `${literacy(o)}/trainings/new`,
    form: () => ({ title: "Neu", topic: "basics", format: "workshop", durationMinutes: "60" }),
    applied: async (o) =>
      (await e2eDb().training.count({ where: { orgId: o.org.id, title: "Neu" } })) === 1,
  },
  {
    action: "training:update",
    path: async (o) => `${literacy(o)}/trainings/${(await literacyOf(o)).trainingId}`,
    form: () => ({
      intent: "save",
      title: "Geändert",
      topic: "tool_use",
      format: "webinar",
      durationMinutes: "45",
      version: "1",
    }),
    applied: async (o) =>
      (
        await e2eDb().training.findUniqueOrThrow({
          where: { id: (await literacyOf(o)).trainingId },
          select: { title: true },
        })
      ).title === "Geändert",
  },
  {
    action: "training:archive",
    path: async (o) => `${literacy(o)}/trainings/${(await literacyOf(o)).trainingId}`,
    form: () => ({ intent: "archive", version: "1" }),
    applied: async (o) =>
      (
        await e2eDb().training.findUniqueOrThrow({
          where: { id: (await literacyOf(o)).trainingId },
          select: { archivedAt: true },
        })
      ).archivedAt !== null,
  },
  {
    action: "training:record-others",
    path: (o) => `${literacy(o)}/record`,
    form: async (o) => ({
      intent: "record",
      trainingId: (await literacyOf(o)).trainingId,
      userIds: o.users.viewer.id,
      completedOn: todayIso(),
    }),
    applied: async (o, form) =>
      (await completionsOn(o, o.users.viewer.id, form.completedOn!)) === 1,
  },
  {
    action: "training:record-own",
    path: (o) => `${literacy(o)}/record`,
    form: async (o, me) => ({
      intent: "record",
      trainingId: (await literacyOf(o)).trainingId,
      userIds: me ?? o.users.member.id,
      completedOn: todayIso(),
    }),
    applied: async (o, form) => (await completionsOn(o, form.userIds!, form.completedOn!)) === 1,
  },
  {
    action: "training:delete-completion",
    path: (o) => `${literacy(o)}/record`,
    form: async (o) => ({ intent: "delete", completionId: (await literacyOf(o)).completionId }),
    applied: async (o, form) =>
      (await e2eDb().trainingCompletion.count({ where: { id: form.completionId } })) === 0,
  },
  {
    action: "training:assign",
    path: (o) => `${literacy(o)}/plan`,
    form: async (o) => ({
      intent: "assign",
      trainingId: (await literacyOf(o)).trainingId,
      userIds: o.users.member.id,
      dueDate: todayIso(),
    }),
    applied: async (o, form) =>
      (await e2eDb().trainingAssignment.count({
        where: { orgId: o.org.id, trainingId: form.trainingId, userId: o.users.member.id },
      })) === 1,
  },
  {
    action: "training:unassign",
    path: (o) => `${literacy(o)}/plan`,
    form: async (o) => ({ intent: "remove", assignmentId: (await literacyOf(o)).assignmentId }),
    applied: async (o, form) =>
      (await e2eDb().trainingAssignment.count({ where: { id: form.assignmentId } })) === 0,
  },
  {
    action: "usecase:team-add",
    path: async (o) => `/o/${o.org.slug}/use-cases/${(await literacyOf(o)).useCaseId}/team`,
    form: (o) => ({ intent: "add", userId: o.users.manager.id }),
    applied: async (o) =>
      (await e2eDb().useCaseMember.count({
        where: { useCaseId: (await literacyOf(o)).useCaseId, userId: o.users.manager.id },
      })) === 1,
  },
  {
    action: "usecase:team-remove",
    path: async (o) => `/o/${o.org.slug}/use-cases/${(await literacyOf(o)).useCaseId}/team`,
    form: (o) => ({ intent: "remove", userId: o.users.viewer.id }),
    applied: async (o) =>
      (await e2eDb().useCaseMember.count({
        where: { useCaseId: (await literacyOf(o)).useCaseId, userId: o.users.viewer.id },
      })) === 0,
  },
  {
    action: "datasource:manage (create)",
    path: async (o) => `${(await dataSourceOf(o)).base}/new`,
    form: () => SOURCE_FORM,
    applied: async (o) =>
      (await e2eDb().dataSource.count({ where: { orgId: o.org.id, name: "FAQ" } })) === 1,
  },
  {
    action: "datasource:manage (edit)",
    path: sourceEditPath,
    form: () => ({ intent: "save", version: "1", ...SOURCE_FORM }),
    applied: async (o) => {
      const { dataSourceId } = await dataSourceOf(o);
      const source = await e2eDb().dataSource.findUniqueOrThrow({
        where: { id: dataSourceId },
        select: { name: true },
      });
      return source.name === "FAQ";
    },
  },
  {
    action: "datasource:manage (delete)",
    path: sourceEditPath,
    form: () => ({ intent: "delete", version: "1" }),
    applied: async (o) =>
      (await e2eDb().dataSource.count({ where: { id: (await dataSourceOf(o)).dataSourceId } })) ===
      0,
  },
  {
    action: "datasource:check",
    path: async (o) => (await dataSourceOf(o)).base,
    form: async (o) => ({
      intent: "check",
      dataSourceId: (await dataSourceOf(o)).dataSourceId,
      aspect: "accuracy",
    }),
    applied: async (o) => (await checkCount(o, "accuracy")) === 1,
  },
  {
    action: "datasource:manage (take back a check)",
    path: async (o) => (await dataSourceOf(o)).base,
    form: async (o) => ({
      intent: "uncheck",
      dataSourceId: (await dataSourceOf(o)).dataSourceId,
      aspect: "completeness",
    }),
    applied: async (o) => (await checkCount(o, "completeness")) === 0,
  },
];

/** Who may do what. Deliberately written out, not derived from app/lib/permissions.ts. */
export const GOVERNANCE_EXPECTED: Record<string, Role[]> = {
  "oversight:record": ["owner", "manager", "member"],
  "oversight:manage (correct)": ["owner", "manager"],
  "oversight:manage (delete)": ["owner", "manager"],
  "kpi:create (correction-rate KPI)": ["owner", "manager"],
  "training:create": ["owner", "manager"],
  "training:update": ["owner", "manager"],
  "training:archive": ["owner", "manager"],
  "training:record-others": ["owner", "manager"],
  "training:record-own": ["owner", "manager", "member"],
  "training:delete-completion": ["owner", "manager"],
  "training:assign": ["owner", "manager"],
  "training:unassign": ["owner", "manager"],
  "usecase:team-add": ["owner", "manager"],
  "usecase:team-remove": ["owner", "manager"],
  "datasource:manage (create)": ["owner", "manager"],
  "datasource:manage (edit)": ["owner", "manager"],
  "datasource:manage (delete)": ["owner", "manager"],
  "datasource:check": ["owner", "manager", "member"],
  "datasource:manage (take back a check)": ["owner", "manager"],
};
