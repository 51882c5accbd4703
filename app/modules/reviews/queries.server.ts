import { Prisma, readRows } from "~/lib/db.server";
import {
  calendarDay,
  instant,
  integer,
  jsonObject,
  nullable,
  oneOf,
  real,
  taggedRows,
  text,
} from "~/lib/sql-decode";
import type { IsoDate } from "../calendar/dates";
import { KPI_DIRECTIONS, KPI_SOURCES } from "../kpis/fields";
import { OVERSIGHT_FIGURES, oversightFigures } from "../oversight/queries.server";
import { LEARNING_KINDS } from "../roadmaps/learning-kinds";
import { phaseKind, roadmapStatus, taskStatus } from "../roadmaps/queries.server";
import { USE_CASE_STATUSES } from "../use-cases/status";
import { DECISION_KINDS } from "./form-fields";

/*
 * The closing review's hand-written statements (see readRows): portable SQL, every WHERE
 * and JOIN scoped by orgId, each decoded by its row schema. A use case's stop decision
 * (stopDecisionOf, part of the use case page's statement); the review page's roadmap with
 * its review (readReviewHead) and what its evidence is drawn from (readReviewRecords).
 */

/** A use case's stop decision (the columns of stopDecisionOf). */
export const STOP_DECISION = {
  reason: text,
  completedAt: nullable(instant),
  roadmapId: text,
  roadmapTitle: text,
};

/**
 * Why a completed closing review stopped a use case (the newest such review), with its
 * roadmap: at most one row, as the use case page's statement reads it.
 */
export function stopDecisionOf({ orgId, useCaseId }: { orgId: string; useCaseId: string }) {
  return Prisma.sql`
      SELECT d."reason", v."completedAt", r."id" AS "roadmapId", r."title" AS "roadmapTitle"
      FROM "UseCaseDecision" d
      JOIN "RoadmapReview" v ON v."id" = d."reviewId" AND v."orgId" = d."orgId"
      JOIN "Roadmap" r ON r."id" = v."roadmapId" AND r."orgId" = v."orgId"
      WHERE d."orgId" = ${orgId} AND d."useCaseId" = ${useCaseId} AND d."decision" = 'stop'
        AND v."completedAt" IS NOT NULL
      ORDER BY v."completedAt" DESC, d."id" DESC
      LIMIT 1`;
}

const ReviewHeadRow = taggedRows("kind", {
  /** The roadmap, with its closing review when it has one (the review's columns empty if not). */
  0: {
    id: text,
    title: text,
    status: roadmapStatus,
    startDate: calendarDay,
    lengthDays: integer,
    plannedBudgetCents: integer,
    reviewId: nullable(text),
    version: nullable(integer),
    summary: nullable(text),
    completedAt: nullable(instant),
    snapshot: nullable(jsonObject),
  },
  /** A decision of the review. */
  1: { useCaseId: text, decision: oneOf(DECISION_KINDS), reason: text, rolloutUnits: integer },
});

/**
 * A roadmap of the organisation with its closing review and the review's decisions (by
 * use case id), or null when the roadmap is not the organisation's: one statement.
 */
export async function readReviewHead({ orgId, roadmapId }: { orgId: string; roadmapId: string }) {
  const rows = await readRows(
    Prisma.sql`
      SELECT 0 AS "kind", r."id", r."title", CAST(r."status" AS TEXT) AS "status", r."startDate",
             r."lengthDays", r."plannedBudgetCents", v."id" AS "reviewId", v."version",
             v."summary", v."completedAt", v."snapshot",
             CAST(NULL AS TEXT) AS "useCaseId", CAST(NULL AS TEXT) AS "decision",
             CAST(NULL AS TEXT) AS "reason", CAST(NULL AS INTEGER) AS "rolloutUnits"
      FROM "Roadmap" r
      LEFT JOIN "RoadmapReview" v ON v."roadmapId" = r."id" AND v."orgId" = r."orgId"
      WHERE r."orgId" = ${orgId} AND r."id" = ${roadmapId}
      UNION ALL
      SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             d."useCaseId", CAST(d."decision" AS TEXT), d."reason", d."rolloutUnits"
      FROM "UseCaseDecision" d
      JOIN "RoadmapReview" v ON v."id" = d."reviewId" AND v."orgId" = d."orgId"
      WHERE d."orgId" = ${orgId} AND v."roadmapId" = ${roadmapId}
      ORDER BY 1, "useCaseId"`,
    ReviewHeadRow,
  );
  const [head] = rows;
  if (head?.kind !== 0) return null;
  const decisions = rows.flatMap((row) =>
    row.kind === 1
      ? [
          {
            useCaseId: row.useCaseId,
            decision: row.decision,
            reason: row.reason,
            rolloutUnits: row.rolloutUnits,
          },
        ]
      : [],
  );
  const { reviewId, version, summary, completedAt, snapshot } = head;
  return {
    roadmap: {
      id: head.id,
      title: head.title,
      status: head.status,
      startDate: head.startDate,
      lengthDays: head.lengthDays,
      plannedBudgetCents: head.plannedBudgetCents,
    },
    review:
      reviewId !== null && version !== null && summary !== null
        ? { version, summary, decisions, completedAt, snapshot }
        : null,
  };
}
export type ReviewHead = NonNullable<Awaited<ReturnType<typeof readReviewHead>>>;

const ReviewRecordRow = taggedRows("kind", {
  /** A use case (by creation): owner, ratings, newest completed assessment, oversight. */
  0: {
    id: text,
    label: text,
    status: oneOf(USE_CASE_STATUSES),
    person: nullable(text),
    ownerId: nullable(text),
    hoursSavedPerWeek: real,
    hourlyCostCents: integer,
    ratingValue: integer,
    ratingDataQuality: integer,
    ratingDataProtection: integer,
    ratingTeamReadiness: integer,
    ratingEffort: integer,
    result: nullable(jsonObject),
    ...OVERSIGHT_FIGURES,
  },
  /** A KPI (by creation); `label` is its name. */
  1: {
    id: text,
    label: text,
    unit: text,
    direction: oneOf(KPI_DIRECTIONS),
    baseline: real,
    target: real,
    source: oneOf(KPI_SOURCES),
    useCaseId: nullable(text),
  },
  /** A learning; `label` is its text, `person` its author, `phase` null if not this roadmap's. */
  2: {
    id: text,
    label: text,
    learningKind: oneOf(LEARNING_KINDS),
    phase: nullable(phaseKind),
    person: nullable(text),
    createdAt: instant,
  },
  /** A budget line; `phase` null if not this roadmap's. */
  3: { phase: nullable(phaseKind), plannedCents: integer, actualCents: integer },
  /** A task planned for an obligation (obligation:<useCaseId>:<code>, see obligation-plan). */
  4: { sourceKey: text, status: taskStatus },
});

/**
 * What a roadmap's closing review is drawn from, but the KPIs' values
 * (oversight/derived.server.ts reads those), in one statement: its use cases, not
 * archived, each with its owner's name, the result of its newest completed assessment
 * and its oversight figures (oversightFigures; kind 0, by creation); its active KPIs
 * (kind 1, by creation); its learnings with their phase and author (kind 2); its budget
 * lines with their phase (kind 3); its tasks planned for obligations, not deleted (kind
 * 4). Every table scoped by orgId; the first branch types every column for PostgreSQL.
 */
export async function readReviewRecords({
  orgId,
  roadmapId,
  today,
}: {
  orgId: string;
  roadmapId: string;
  today: IsoDate;
}) {
  const rows = await readRows(
    Prisma.sql`
      SELECT 0 AS "kind", u."id", u."title" AS "label", CAST(u."status" AS TEXT) AS "status",
             o."name" AS "person", u."ownerId", u."hoursSavedPerWeek", u."hourlyCostCents",
             u."ratingValue", u."ratingDataQuality", u."ratingDataProtection",
             u."ratingTeamReadiness", u."ratingEffort", a."result", ${oversightFigures(today)},
             CAST(NULL AS TEXT) AS "unit", CAST(NULL AS TEXT) AS "direction",
             CAST(NULL AS DOUBLE PRECISION) AS "baseline",
             CAST(NULL AS DOUBLE PRECISION) AS "target", CAST(NULL AS TEXT) AS "source",
             CAST(NULL AS TEXT) AS "useCaseId", CAST(NULL AS TEXT) AS "learningKind",
             CAST(NULL AS TEXT) AS "phase", CAST(NULL AS INTEGER) AS "plannedCents",
             CAST(NULL AS INTEGER) AS "actualCents", CAST(NULL AS TEXT) AS "sourceKey",
             u."createdAt"
      FROM "UseCase" u
      LEFT JOIN "User" o ON o."id" = u."ownerId"
      LEFT JOIN "Assessment" a ON a."id" = (
        SELECT l."id" FROM "Assessment" l
        WHERE l."useCaseId" = u."id" AND l."orgId" = u."orgId" AND l."status" = 'completed'
        ORDER BY l."completedAt" DESC, l."id" DESC
        LIMIT 1)
      WHERE u."orgId" = ${orgId} AND u."roadmapId" = ${roadmapId} AND u."archivedAt" IS NULL
      UNION ALL
      SELECT 1, k."id", k."name", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             k."unit", CAST(k."direction" AS TEXT), k."baseline", k."target",
             CAST(k."source" AS TEXT), k."useCaseId", NULL, NULL, NULL, NULL, NULL, k."createdAt"
      FROM "Kpi" k
      WHERE k."orgId" = ${orgId} AND k."roadmapId" = ${roadmapId} AND k."archivedAt" IS NULL
      UNION ALL
      SELECT 2, l."id", l."text", NULL, p."name", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, CAST(l."kind" AS TEXT), CAST(f."kind" AS TEXT),
             NULL, NULL, NULL, l."createdAt"
      FROM "Learning" l
      LEFT JOIN "Phase" f
        ON f."id" = l."phaseId" AND f."orgId" = l."orgId" AND f."roadmapId" = l."roadmapId"
      LEFT JOIN "User" p ON p."id" = l."authorId"
      WHERE l."orgId" = ${orgId} AND l."roadmapId" = ${roadmapId}
      UNION ALL
      SELECT 3, b."id", b."label", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, CAST(f."kind" AS TEXT),
             b."plannedCents", b."actualCents", NULL, b."createdAt"
      FROM "BudgetLine" b
      LEFT JOIN "Phase" f
        ON f."id" = b."phaseId" AND f."orgId" = b."orgId" AND f."roadmapId" = b."roadmapId"
      WHERE b."orgId" = ${orgId} AND b."roadmapId" = ${roadmapId}
      UNION ALL
      SELECT 4, t."id", t."title", CAST(t."status" AS TEXT), NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, t."sourceKey",
             t."createdAt"
      FROM "Task" t
      WHERE t."orgId" = ${orgId} AND t."roadmapId" = ${roadmapId} AND t."deletedAt" IS NULL
        AND t."sourceKey" LIKE 'obligation:%'
      ORDER BY 1, "createdAt", "id"`,
    ReviewRecordRow,
  );
  const records = {
    useCases: [] as Extract<(typeof rows)[number], { kind: 0 }>[],
    kpis: [] as Extract<(typeof rows)[number], { kind: 1 }>[],
    learnings: [] as Extract<(typeof rows)[number], { kind: 2 }>[],
    budgetLines: [] as Extract<(typeof rows)[number], { kind: 3 }>[],
    obligationTasks: [] as Extract<(typeof rows)[number], { kind: 4 }>[],
  };
  for (const row of rows) {
    if (row.kind === 0) records.useCases.push(row);
    else if (row.kind === 1) records.kpis.push(row);
    else if (row.kind === 2) records.learnings.push(row);
    else if (row.kind === 3) records.budgetLines.push(row);
    else records.obligationTasks.push(row);
  }
  return records;
}
export type ReviewRecords = Awaited<ReturnType<typeof readReviewRecords>>;
