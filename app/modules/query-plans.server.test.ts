import type { SqlQuery } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { captureStatements, db } from "~/lib/db.server";
import { getDatabaseProvider } from "~/lib/db-url";
import { env } from "~/lib/env.server";
import { isoToUtcDate } from "~/modules/calendar/dates";
import { listTasksApi } from "~/modules/api/read.server";
import { getDashboardCached } from "~/modules/dashboards/dashboard.server";
import { getDataBasisGateWarning } from "~/modules/data-sources/gate.server";
import {
  getKpiDetail,
  getKpiFormOptions,
  listKpis,
  listRecordableKpis,
} from "~/modules/kpis/kpis.server";
import { getLeadershipReport } from "~/modules/reports/report.server";
import { getRoadmapOverview } from "~/modules/roadmaps/overview.server";
import { getPhaseBoard } from "~/modules/tasks/board.server";
import { listMatrixUseCases, listUseCases } from "~/modules/use-cases/use-cases.server";
import { getUseCasePage } from "~/modules/use-cases/page.server";
import { listPilotOversight } from "~/modules/oversight/section.server";
import { getTaskDetail, listMyTasks } from "~/modules/tasks/detail.server";
import { getAssessmentResult } from "~/modules/assessments/results.server";
import { listAuditEvents, listAuditPeople } from "~/modules/audit/log.server";
import {
  getDataSourceForEdit,
  listDataSources,
  listOwnerOptions,
} from "~/modules/data-sources/data-sources.server";
import { getRecordPage } from "~/modules/literacy/completions.server";
import { getLiteracyOverview } from "~/modules/literacy/coverage.server";
import { getTrainingPlan } from "~/modules/literacy/plan.server";
import {
  getOversightLog,
  getOversightUseCase,
  getReview,
  getReviewFormOptions,
} from "~/modules/oversight/oversight.server";
import { getPortfolio } from "~/modules/portfolio/portfolio.server";
import { getNextRoadmapPage } from "~/modules/reviews/next-roadmap-page.server";
import { getReviewPage } from "~/modules/reviews/review.server";
import { getLearningCarryOver, getRoadmapLedger } from "~/modules/roadmaps/learnings.server";
import { getUseCaseFormOptions } from "~/modules/use-cases/use-cases.server";
import { createOrgWithRoadmap } from "~/test/factories";

/*
 * The statements of the pages people use all day may not read whole tables: a page's
 * cost must follow its organisation's size, not the database's (issue 20). Every
 * statement the pages send is explained by the database itself:
 *
 *   - SQLite: no step may SCAN a table (a full table or full index scan); SEARCH is a
 *     lookup by index. SQLite plans without statistics (the app never runs ANALYZE), so
 *     the plan is the same at any data size.
 *   - PostgreSQL: with sequential scans switched off, a Seq Scan left in the plan means
 *     no index can serve the statement.
 */

const onSqlite = getDatabaseProvider(env.DATABASE_URL) === "sqlite";

/** The plan's steps that read a whole table, as the database words them. */
async function fullScans(statement: SqlQuery): Promise<string[]> {
  if (onSqlite) {
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN ${statement.sql}`,
      ...statement.args,
    );
    // Scans of a subquery's or CTE's own rows (SQLite names them in a MATERIALIZE or
    // CO-ROUTINE step of the same plan) and of constant rows or virtual tables are no
    // reads of a table.
    const steps = plan.map((step) => step.detail);
    const derived = new Set(
      steps.flatMap((step) => /^(?:MATERIALIZE|CO-ROUTINE) (\S+)/.exec(step)?.[1] ?? []),
    );
    return steps.filter((step) => {
      const scanned = /^SCAN (\S+)/.exec(step)?.[1];
      return (
        scanned !== undefined &&
        !derived.has(scanned) &&
        !/VIRTUAL TABLE|^SCAN CONSTANT ROW|^SCAN \(subquery/.test(step)
      );
    });
  }
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const plan = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN ${statement.sql}`,
      ...statement.args,
    );
    return plan.map((row) => row["QUERY PLAN"]).filter((line) => /Seq Scan on "?[A-Z]/.test(line));
  });
}

/**
 * A use case in the roadmap's pilot with a record of each kind the AI register's
 * evidence (report, register) and the boards' governance entries read.
 */
async function recordGovernanceEvidence(
  orgId: string,
  userId: string,
  roadmapId: string,
): Promise<string> {
  const day = isoToUtcDate("2026-03-10");
  const useCase = await db.useCase.create({
    data: { orgId, title: "Posteingang sortieren", ownerId: userId, roadmapId, status: "piloting" },
    select: { id: true },
  });
  await db.useCaseMember.create({ data: { orgId, useCaseId: useCase.id, userId } });
  await db.oversightReview.create({
    data: {
      orgId,
      useCaseId: useCase.id,
      date: day,
      reviewedCount: 10,
      approvedCount: 8,
      correctedCount: 1,
      rejectedCount: 1,
      hasIncident: true,
      incidentSeverity: "high",
    },
  });
  const training = await db.training.create({
    data: { orgId, title: "Grundlagen", topic: "basics", format: "workshop" },
    select: { id: true },
  });
  await db.trainingCompletion.create({
    data: { orgId, trainingId: training.id, userId, completedOn: day },
  });
  const source = await db.dataSource.create({
    data: {
      orgId,
      useCaseId: useCase.id,
      name: "Tickets",
      kind: "customer",
      personalData: "ordinary",
    },
    select: { id: true },
  });
  await db.dataSourceCheck.create({
    data: { orgId, dataSourceId: source.id, aspect: "accuracy", checkedOn: day },
  });
  return useCase.id;
}

async function pagesOfOneOrganisation() {
  const { org, user, roadmap } = await createOrgWithRoadmap();
  const kpi = await db.kpi.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      name: "Bearbeitungszeit",
      category: "efficiency",
      direction: "lower_is_better",
      unit: "min",
      baseline: 30,
      target: 20,
      baselineDate: isoToUtcDate("2026-03-02"),
      targetDate: isoToUtcDate("2026-05-30"),
    },
  });
  await db.kpiMeasurement.create({
    data: { orgId: org.id, kpiId: kpi.id, value: 28, date: isoToUtcDate("2026-03-16") },
  });
  const task = await db.task.findFirstOrThrow({ where: { orgId: org.id }, select: { id: true } });
  const useCaseId = await recordGovernanceEvidence(org.id, user.id, roadmap.id);
  const scope = { orgId: org.id, roadmapId: roadmap.id, today: "2026-03-20" as const };
  const ofUseCase = { orgId: org.id, useCaseId };
  const review = await db.oversightReview.findFirstOrThrow({ where: ofUseCase });
  const source = await db.dataSource.findFirstOrThrow({ where: ofUseCase });
  const assessment = await db.assessment.create({
    data: {
      ...ofUseCase,
      authorId: user.id,
      status: "completed",
      answers: {},
      result: { tier: "minimal", roles: ["deployer"], obligations: [], judgements: [] },
      tier: "minimal",
      rulesetVersion: "test",
      completedAt: new Date(),
    },
  });
  const everyone = { from: null, to: null, reviewerId: null, incidentsOnly: false };
  return {
    kpiId: kpi.id,
    pages: {
      overview: () => getRoadmapOverview(scope),
      // The boards with what their route reads beside them: the pilot's oversight
      // entry, the analysis gate's data-basis warning.
      "phase board": () =>
        Promise.all([
          getPhaseBoard({ ...scope, phase: "pilot", filter: {}, userId: user.id }),
          listPilotOversight({ ...scope, canRecord: true }),
        ]),
      "analysis board": () =>
        Promise.all([
          getPhaseBoard({ ...scope, phase: "analysis", filter: {}, userId: user.id }),
          getDataBasisGateWarning({ ...scope, phase: { kind: "analysis", exitCriteria: [] } }),
        ]),
      "task detail": () => getTaskDetail({ orgId: org.id, roadmapId: roadmap.id, taskId: task.id }),
      dashboard: () => getDashboardCached({ ...scope, dataVersion: -1 }),
      "KPI list": () => listKpis({ orgId: org.id }),
      "KPI detail": () => getKpiDetail({ orgId: org.id, kpiId: kpi.id }),
      "KPI form": () => getKpiFormOptions({ orgId: org.id }),
      "my tasks": () =>
        Promise.all([
          listMyTasks({ orgId: org.id, userId: user.id }),
          listRecordableKpis({ orgId: org.id, userId: user.id }),
        ]),
      "use cases": () => listUseCases({ orgId: org.id }),
      "use case": () => getUseCasePage({ orgId: org.id, useCaseId, today: scope.today }),
      "API task list": () =>
        listTasksApi(org.id, new URL("http://localhost/api/v1/tasks?limit=200&phase=pilot")),
      "use-case matrix": () => listMatrixUseCases({ orgId: org.id }),
      // The data version as the session read it (an organisation not seen before: a miss).
      report: () => getLeadershipReport({ ...scope, dataVersion: -3 }),
      "report (dashboard remembered)": () => getLeadershipReport({ ...scope, dataVersion: -2 }),
      // Pages opened less often, whose reads are hand-written too (issue 20: every page).
      "learnings and budget": () =>
        Promise.all([getRoadmapLedger(scope), getLearningCarryOver(scope)]),
      "closing review": () => getReviewPage(scope),
      "next roadmap": () => getNextRoadmapPage({ ...scope, orgSlug: org.slug }),
      "use-case form": () => getUseCaseFormOptions({ orgId: org.id }),
      "assessment result": () => getAssessmentResult({ ...ofUseCase, assessmentId: assessment.id }),
      "data sources": () => listDataSources(ofUseCase),
      "data source form": () =>
        Promise.all([
          getDataSourceForEdit({ ...ofUseCase, dataSourceId: source.id }),
          listOwnerOptions({ orgId: org.id }),
        ]),
      "oversight log": () =>
        Promise.all([
          getOversightUseCase(ofUseCase),
          getOversightLog({ ...ofUseCase, filter: everyone, today: scope.today }),
          getReviewFormOptions({ ...ofUseCase, userId: user.id }),
          getReview({ ...ofUseCase, reviewId: review.id }),
        ]),
      "audit log": () =>
        Promise.all([
          listAuditEvents(
            { orgId: org.id, userId: user.id, readsAll: true },
            { cursor: undefined },
          ),
          listAuditPeople(org.id),
        ]),
      portfolio: () => getPortfolio(scope),
      "AI literacy": () =>
        Promise.all([
          getLiteracyOverview(scope),
          getTrainingPlan(scope),
          getRecordPage({ orgId: org.id }),
        ]),
    } satisfies Record<string, () => Promise<unknown>>,
  };
}

describe("the hot pages' statements", () => {
  it("read no table in full, on either provider", async () => {
    const { pages } = await pagesOfOneOrganisation();
    const scans: string[] = [];
    for (const [page, load] of Object.entries(pages)) {
      const statements = await captureStatements(load);
      expect(statements.length, page).toBeGreaterThan(0);
      for (const statement of statements) {
        for (const scan of await fullScans(statement)) {
          scans.push(`${page}: ${scan} ← ${statement.sql.replace(/\s+/g, " ").slice(0, 120)}`);
        }
      }
    }
    expect(scans).toEqual([]);
  });

  it("KPI detail finds one KPI's measurements through the KPI's index, not the organisation's", async () => {
    const { pages, kpiId } = await pagesOfOneOrganisation();
    const statements = await captureStatements(pages["KPI detail"]);
    const measurements = statements.filter((s) => /FROM\s+\S*KpiMeasurement\b/.test(s.sql));
    expect(measurements.length).toBeGreaterThan(0);
    expect(measurements.some((s) => s.args.includes(kpiId))).toBe(true);
    if (!onSqlite) return; // PostgreSQL picks by statistics; SQLite's rule-based pick is held here
    for (const statement of measurements) {
      const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN ${statement.sql}`,
        ...statement.args,
      );
      const steps = plan.map((step) => step.detail).join(" ; ");
      expect(steps).not.toContain("KpiMeasurement_orgId_date_idx");
    }
  });

  it("hold the pages people open most to five statements with the session's (at any data size)", async () => {
    const { pages } = await pagesOfOneOrganisation();
    // The session, its user, memberships and each organisation's data version: one.
    // (`npm run bench` counts whole requests.)
    const SESSION = 1;
    const budgets = [
      "overview",
      "phase board",
      "analysis board",
      "task detail",
      "dashboard",
      "KPI list",
      "KPI detail",
      "my tasks",
      "use cases",
    ] as const;
    const counts: Record<string, number> = {};
    for (const page of budgets)
      counts[page] = SESSION + (await captureStatements(pages[page])).length;
    // The report is usually opened from its dashboard, whose figures are remembered;
    // after any write they are not ("dashboard" and "report" read afresh).
    counts.report = SESSION + (await captureStatements(pages.report)).length;
    await pages["report (dashboard remembered)"]();
    counts["report (dashboard remembered)"] =
      SESSION + (await captureStatements(pages["report (dashboard remembered)"])).length;
    counts["use case"] = SESSION + (await captureStatements(pages["use case"])).length;
    expect(counts).toEqual({
      overview: 4,
      "phase board": 5,
      "analysis board": 5,
      "task detail": 4,
      dashboard: 3,
      "KPI list": 4,
      "KPI detail": 4,
      "my tasks": 3,
      "use cases": 2,
      "use case": 3,
      report: 5,
      "report (dashboard remembered)": 3,
    });
  });
});
