// The form actions of use cases, assessments, human oversight, data sources and AI
// literacy, for form-actions.spec.ts.
import type { Prisma } from "../app/lib/db.server";
import { CV_SCREENING } from "../app/modules/assessments/assessments.test-helpers";
import { assess } from "../app/modules/assessments/rules";
import { RULESET_VERSION } from "../app/modules/assessments/ruleset";
import { addDaysIso, todayIso } from "../app/modules/calendar/dates";
import { e2eDb } from "./factories";
import type { TestOrg } from "./factories";
import type { Ctx, FormAction } from "./form-actions-harness";
import type { Fields } from "./form-actions-payloads";
import { createReviewRow, reviewForm } from "./oversight-helpers";
import { dataSourceOf, literacyOf, prepare } from "./role-matrix-governance";

const INTENT = { intent: { kind: "intent" } } as const;
const VERSION = { version: { kind: "version" } } as const;
const orgPath = ({ org }: Ctx) => `/o/${org.org.slug}`;
const caseUrl = (ctx: Ctx) => `${orgPath(ctx)}/use-cases/${ctx.ids.useCaseId}`;

const RATING = { kind: "count", min: 1, max: 5 } as const;
const USE_CASE_FIELDS: Fields = {
  title: { kind: "text", max: 120 },
  area: { kind: "choice" },
  description: { kind: "multiline", max: 4000, optional: true },
  hoursSavedPerWeek: { kind: "decimal", min: 0, max: 168, optional: true },
  hourlyCostCents: { kind: "money", maxEuros: 10_000 },
  extraRevenueCents: { kind: "money", maxEuros: 20_000_000 },
  errorReductionPct: { kind: "percent", optional: true },
  ratingValue: RATING,
  ratingDataQuality: RATING,
  ratingDataProtection: RATING,
  ratingTeamReadiness: RATING,
  ratingEffort: RATING,
  roadmapId: { kind: "id", optional: true },
  ownerId: { kind: "id", optional: true },
};

const caseForm = ({ org }: Ctx) => ({
  title: "Eingangsrechnungen zuordnen",
  area: "documents",
  description: "Rechnungen automatisch den Bestellungen zuordnen",
  hoursSavedPerWeek: "2,5",
  hourlyCostCents: "45,50",
  extraRevenueCents: "1.000",
  errorReductionPct: "10",
  ratingValue: "4",
  ratingDataQuality: "3",
  ratingDataProtection: "3",
  ratingTeamReadiness: "2",
  ratingEffort: "3",
  roadmapId: org.roadmapId!,
  ownerId: org.users.member.id,
});

/** A use case on the roadmap; archived or with an assessment draft / completed assessment. */
async function aUseCase(
  o: TestOrg,
  state: { archived?: boolean; draft?: boolean; completed?: boolean } = {},
) {
  const db = e2eDb();
  const created = await db.useCase.create({
    data: {
      orgId: o.org.id,
      roadmapId: o.roadmapId!,
      ownerId: o.users.member.id,
      title: "Bewerbungen vorsortieren",
      area: "hr",
      archivedAt: state.archived ? new Date() : null,
    },
    select: { id: true },
  });
  const ids: Record<string, string> = { useCaseId: created.id };
  const answers = CV_SCREENING as Prisma.InputJsonValue;
  const base = { orgId: o.org.id, useCaseId: created.id, authorId: o.users.owner.id, answers };
  if (state.draft) {
    await db.assessment.create({
      data: { ...base, status: "draft", rulesetVersion: RULESET_VERSION },
    });
  }
  if (state.completed) {
    const result = assess(CV_SCREENING, { asOf: todayIso() });
    const assessment = await db.assessment.create({
      data: {
        ...base,
        status: "completed",
        result: result as unknown as Prisma.InputJsonValue,
        tier: result.tier,
        rulesetVersion: result.rulesetVersion,
        completedAt: new Date(),
      },
      select: { id: true },
    });
    ids.assessmentId = assessment.id;
  }
  return ids;
}

const pilot = async (o: TestOrg) => {
  const prepared = await prepare(o);
  return prepared.extra;
};

const REVIEW_FIELDS: Fields = {
  date: { kind: "date" },
  reviewerId: { kind: "id" },
  reviewedCount: { kind: "count", max: 100_000 },
  approvedCount: { kind: "count", max: 100_000, optional: true },
  correctedCount: { kind: "count", max: 100_000, optional: true },
  rejectedCount: { kind: "count", max: 100_000, optional: true },
  note: { kind: "multiline", max: 2000, optional: true },
};
const review = ({ org }: Ctx) => {
  const { intent: _ignored, ...fields } = reviewForm(org);
  return fields;
};

const SOURCE_FIELDS: Fields = {
  name: { kind: "text", max: 120 },
  systemOfRecord: { kind: "text", max: 120, optional: true },
  ownerId: { kind: "id", optional: true },
  kind: { kind: "choice" },
  personalData: { kind: "choice" },
  legalBasis: { kind: "choice", optional: true },
  retention: { kind: "text", max: 200, optional: true },
  sentToVendor: { kind: "choice" },
};
const SOURCE_FORM = {
  name: "Kundenanfragen",
  systemOfRecord: "Ticketsystem",
  ownerId: "",
  kind: "customer",
  personalData: "ordinary",
  legalBasis: "b",
  retention: "2 Jahre",
  sentToVendor: "no",
};
const sources = async (o: TestOrg) => {
  const found = await dataSourceOf(o);
  return { base: found.base, dataSourceId: found.dataSourceId };
};

const TRAINING_FIELDS: Fields = {
  title: { kind: "text", max: 160 },
  topic: { kind: "choice" },
  format: { kind: "choice" },
  durationMinutes: { kind: "count", min: 5, max: 2400 },
  provider: { kind: "text", max: 120, optional: true },
  validityMonths: { kind: "count", min: 1, max: 120, optional: true },
  link: { kind: "link", max: 500 },
};
const TRAINING_FORM = {
  title: "Prompting im Vertrieb",
  topic: "tool_use",
  format: "workshop",
  durationMinutes: "90",
  provider: "Akademie",
  validityMonths: "24",
  link: "https://example.de/kurs",
};
const literacy = ({ org }: Ctx) => `/o/${org.org.slug}/governance/literacy`;
const literacyRows = async (o: TestOrg) => ({ ...(await literacyOf(o)) });
const training = (ctx: Ctx) => `${literacy(ctx)}/trainings/${ctx.ids.trainingId}`;

export const GOVERNANCE_FORMS: FormAction[] = [
  {
    route: "routes/org/use-cases/new.tsx",
    intent: null,
    path: (ctx) => `${orgPath(ctx)}/use-cases/new`,
    form: caseForm,
    fields: USE_CASE_FIELDS,
    audit: { entity: "use_case", action: "create" },
  },
  {
    route: "routes/org/use-cases/edit.tsx",
    intent: null,
    setup: (o) => aUseCase(o),
    path: (ctx) => `${caseUrl(ctx)}/edit`,
    form: (ctx) => ({ ...caseForm(ctx), version: "1" }),
    fields: { ...USE_CASE_FIELDS, ...VERSION },
    audit: { entity: "use_case", action: "update" },
  },
  {
    route: "routes/org/use-cases/detail.tsx",
    intent: "status",
    setup: (o) => aUseCase(o),
    path: caseUrl,
    form: () => ({ status: "selected", version: "1" }),
    fields: { ...INTENT, status: { kind: "choice" }, ...VERSION },
    refusal: "status",
    audit: { entity: "use_case", action: "change_status" },
  },
  {
    route: "routes/org/use-cases/detail.tsx",
    intent: "archive",
    setup: (o) => aUseCase(o),
    path: caseUrl,
    form: () => ({ version: "1" }),
    fields: { ...INTENT, ...VERSION },
    refusal: "status",
    audit: { entity: "use_case", action: "archive" },
  },
  {
    route: "routes/org/use-cases/detail.tsx",
    intent: "restore",
    setup: (o) => aUseCase(o, { archived: true }),
    path: caseUrl,
    form: () => ({ version: "1" }),
    fields: { ...INTENT, ...VERSION },
    refusal: "status",
    audit: { entity: "use_case", action: "restore" },
  },
  {
    route: "routes/org/use-cases/team.ts",
    intent: "add",
    setup: literacyRows,
    path: (ctx) => `${caseUrl(ctx)}/team`,
    form: ({ org }) => ({ userId: org.users.manager.id }),
    fields: { ...INTENT, userId: { kind: "id" } },
    refusal: "redirect",
    audit: { entity: "use_case", action: "team_add" },
  },
  {
    route: "routes/org/use-cases/team.ts",
    intent: "remove",
    implicit: true,
    setup: literacyRows,
    path: (ctx) => `${caseUrl(ctx)}/team`,
    form: ({ org }) => ({ userId: org.users.viewer.id }),
    fields: { ...INTENT, userId: { kind: "id" } },
    refusal: "redirect",
    audit: { entity: "use_case", action: "team_remove" },
  },
  {
    route: "routes/org/use-cases/assessment-step.tsx",
    intent: null,
    setup: (o) => aUseCase(o),
    path: (ctx) => `${caseUrl(ctx)}/assessment/1`,
    form: () => ({ shown: "q1_ai_system", q1_ai_system: "yes" }),
    fields: { q1_ai_system: { kind: "choice" } },
    audit: { entity: "assessment", action: "save_step" },
  },
  {
    route: "routes/org/use-cases/assessment-step.tsx",
    intent: "discard",
    setup: (o) => aUseCase(o, { draft: true }),
    path: (ctx) => `${caseUrl(ctx)}/assessment/1`,
    form: () => ({}),
    fields: {},
    audit: { entity: "assessment", action: "discard_draft" },
  },
  {
    route: "routes/org/use-cases/assessment-review.tsx",
    intent: null,
    setup: (o) => aUseCase(o, { draft: true }),
    path: (ctx) => `${caseUrl(ctx)}/assessment/review`,
    form: () => ({}),
    fields: {},
    audit: { entity: "assessment", action: "complete" },
  },
  {
    route: "routes/org/use-cases/assessment-review.tsx",
    intent: "discard",
    setup: (o) => aUseCase(o, { draft: true }),
    path: (ctx) => `${caseUrl(ctx)}/assessment/review`,
    form: () => ({}),
    fields: {},
    audit: { entity: "assessment", action: "discard_draft" },
  },
  {
    route: "routes/org/use-cases/assessment-result.tsx",
    intent: "plan",
    setup: (o) => aUseCase(o, { completed: true }),
    path: (ctx) => `${caseUrl(ctx)}/assessments/${ctx.ids.assessmentId}`,
    form: () => ({}),
    fields: INTENT,
    refusal: "status",
    audit: { entity: "use_case", action: "plan_obligations", also: [["task", "create"]] },
  },
  {
    route: "routes/org/use-cases/oversight.tsx",
    intent: "create-kpi",
    setup: pilot,
    path: (ctx) => `${caseUrl(ctx)}/oversight`,
    form: () => ({}),
    fields: INTENT,
    refusal: "status",
    audit: { entity: "kpi", action: "create" },
  },
  {
    route: "routes/org/use-cases/oversight-new.tsx",
    intent: null,
    setup: pilot,
    path: (ctx) => `${caseUrl(ctx)}/oversight/new`,
    form: review,
    fields: REVIEW_FIELDS,
    audit: { entity: "oversight_review", action: "create" },
  },
  {
    route: "routes/org/use-cases/oversight-edit.tsx",
    intent: null,
    setup: pilot,
    path: (ctx) => `${caseUrl(ctx)}/oversight/${ctx.ids.reviewId}`,
    form: (ctx) => ({ ...review(ctx), version: "1" }),
    fields: { ...REVIEW_FIELDS, ...VERSION },
    audit: { entity: "oversight_review", action: "update" },
  },
  {
    route: "routes/org/use-cases/oversight-edit.tsx",
    intent: "delete",
    setup: async (o) => {
      const ids = await pilot(o);
      return { ...ids, reviewId: (await createReviewRow(o, ids.useCaseId!)).id };
    },
    path: (ctx) => `${caseUrl(ctx)}/oversight/${ctx.ids.reviewId}`,
    form: () => ({ version: "1" }),
    fields: VERSION,
    refusal: "status",
    audit: { entity: "oversight_review", action: "delete" },
  },
  {
    route: "routes/org/use-cases/data-sources/new.tsx",
    intent: null,
    setup: sources,
    path: ({ ids }) => `${ids.base}/new`,
    form: () => SOURCE_FORM,
    fields: SOURCE_FIELDS,
    audit: { entity: "data_source", action: "create" },
  },
  {
    route: "routes/org/use-cases/data-sources/edit.tsx",
    intent: "save",
    setup: sources,
    path: ({ ids }) => `${ids.base}/${ids.dataSourceId}/edit`,
    form: () => ({ ...SOURCE_FORM, version: "1" }),
    fields: { ...SOURCE_FIELDS, ...VERSION },
    audit: { entity: "data_source", action: "update" },
  },
  {
    route: "routes/org/use-cases/data-sources/edit.tsx",
    intent: "delete",
    setup: sources,
    path: ({ ids }) => `${ids.base}/${ids.dataSourceId}/edit`,
    form: () => ({ version: "1" }),
    fields: VERSION,
    refusal: "status",
    audit: { entity: "data_source", action: "delete" },
  },
  {
    route: "routes/org/use-cases/data-sources/index.tsx",
    intent: "check",
    setup: sources,
    path: ({ ids }) => ids.base!,
    form: ({ ids }) => ({
      dataSourceId: ids.dataSourceId!,
      aspect: "accuracy",
      checkedOn: "",
      note: "Stichprobe",
    }),
    fields: {
      ...INTENT,
      dataSourceId: { kind: "id" },
      aspect: { kind: "choice" },
      checkedOn: { kind: "date", optional: true },
      note: { kind: "text", max: 500, optional: true },
    },
    // The check is a button beside each aspect: which source and aspect are not fields.
    statusOnly: ["dataSourceId", "aspect"],
    audit: { entity: "data_source_check", action: "record" },
  },
  {
    route: "routes/org/use-cases/data-sources/index.tsx",
    intent: "uncheck",
    setup: sources,
    path: ({ ids }) => ids.base!,
    form: ({ ids }) => ({ dataSourceId: ids.dataSourceId!, aspect: "completeness" }),
    fields: { ...INTENT, dataSourceId: { kind: "id" }, aspect: { kind: "choice" } },
    refusal: "status",
    audit: { entity: "data_source_check", action: "remove" },
  },
  {
    route: "routes/org/governance/literacy/training-new.tsx",
    intent: null,
    path: (ctx) => `${literacy(ctx)}/trainings/new`,
    form: () => TRAINING_FORM,
    fields: TRAINING_FIELDS,
    audit: { entity: "training", action: "create" },
  },
  {
    route: "routes/org/governance/literacy/training-edit.tsx",
    intent: null,
    setup: literacyRows,
    path: training,
    form: () => ({ ...TRAINING_FORM, version: "1" }),
    fields: { ...TRAINING_FIELDS, ...VERSION },
    audit: { entity: "training", action: "update" },
  },
  {
    route: "routes/org/governance/literacy/training-edit.tsx",
    intent: "archive",
    setup: literacyRows,
    path: training,
    form: () => ({ version: "1" }),
    fields: VERSION,
    audit: { entity: "training", action: "archive" },
  },
  {
    route: "routes/org/governance/literacy/training-edit.tsx",
    intent: "restore",
    setup: async (o) => {
      const rows = await literacyRows(o);
      await e2eDb().training.update({
        where: { id: rows.trainingId },
        data: { archivedAt: new Date() },
      });
      return rows;
    },
    path: training,
    form: () => ({ version: "1" }),
    fields: VERSION,
    audit: { entity: "training", action: "restore" },
  },
  {
    route: "routes/org/governance/literacy/record.tsx",
    intent: null,
    setup: literacyRows,
    path: (ctx) => `${literacy(ctx)}/record`,
    form: ({ org, ids }) => ({
      trainingId: ids.trainingId!,
      userIds: org.users.viewer.id,
      completedOn: todayIso(),
      note: "Präsenz",
    }),
    fields: {
      trainingId: { kind: "id" },
      userIds: { kind: "ids" },
      completedOn: { kind: "date" },
      note: { kind: "text", max: 500, optional: true },
    },
    audit: { entity: "training_completion", action: "create" },
  },
  {
    route: "routes/org/governance/literacy/record.tsx",
    intent: "delete",
    setup: literacyRows,
    path: (ctx) => `${literacy(ctx)}/record`,
    form: ({ ids }) => ({ completionId: ids.completionId! }),
    fields: { completionId: { kind: "id" } },
    refusal: "status",
    audit: { entity: "training_completion", action: "delete" },
  },
  {
    route: "routes/org/governance/literacy/plan.tsx",
    intent: null,
    setup: literacyRows,
    path: (ctx) => `${literacy(ctx)}/plan`,
    form: ({ org, ids }) => ({
      trainingId: ids.trainingId!,
      userIds: org.users.member.id,
      dueDate: addDaysIso(todayIso(), 7),
    }),
    fields: { trainingId: { kind: "id" }, userIds: { kind: "ids" }, dueDate: { kind: "date" } },
    audit: { entity: "training_assignment", action: "create", also: [["task", "create"]] },
  },
  {
    route: "routes/org/governance/literacy/plan.tsx",
    intent: "remove",
    setup: literacyRows,
    path: (ctx) => `${literacy(ctx)}/plan`,
    form: ({ ids }) => ({ assignmentId: ids.assignmentId! }),
    fields: { assignmentId: { kind: "id" } },
    refusal: "status",
    audit: { entity: "training_assignment", action: "delete" },
  },
];
