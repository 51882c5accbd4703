import { Prisma, readRows } from "~/lib/db.server";
import {
  instant,
  integer,
  nullable,
  oneOf,
  real,
  sqlRow,
  taggedRows,
  text,
} from "~/lib/sql-decode";
import type { Decoder, RowOf } from "~/lib/sql-decode";
import { ROLES } from "~/lib/permissions";
import { isRiskTier } from "../assessments/register";
import type { IsoDate } from "../calendar/dates";
import { SOURCE_FACTS, sourceFactsOf } from "../data-sources/queries.server";
import {
  COUNTING_ASSIGNMENT,
  COUNTING_COMPLETION,
  TEAM_MEMBER,
  countingAssignmentsOf,
  countingCompletionsOf,
  teamRowsOf,
} from "../literacy/queries.server";
import { membersByName } from "../members/queries.server";
import {
  DERIVED_KPI,
  RECENT_REVIEW,
  USE_CASE_FIGURES,
  derivedKpisOf,
  oversightFiguresOf,
  recentReviewsOf,
} from "../oversight/queries.server";
import { STOP_DECISION, stopDecisionOf } from "../reviews/queries.server";
import { USE_CASE_AREAS } from "./fields";
import { USE_CASE_STATUSES } from "./status";
import type { UseCaseStatus } from "./status";

/*
 * The use cases' hand-written statements (see readRows): portable SQL, scoped by orgId,
 * decoded by their row schemas. The list's and the form's, and the page's (one statement
 * of the other modules' reads).
 */

/** A use case as lists and pages show it (the columns of summariesWhere). */
const USE_CASE_SUMMARY = {
  id: text,
  title: text,
  area: oneOf(USE_CASE_AREAS),
  status: oneOf(USE_CASE_STATUSES),
  description: text,
  hoursSavedPerWeek: real,
  hourlyCostCents: integer,
  extraRevenueCents: integer,
  errorReductionPct: real,
  ratingValue: integer,
  ratingDataQuality: integer,
  ratingDataProtection: integer,
  ratingTeamReadiness: integer,
  ratingEffort: integer,
  archivedAt: nullable(instant),
  createdAt: instant,
  updatedAt: instant,
  version: integer,
  roadmapId: nullable(text),
  ownerId: nullable(text),
  ownerName: nullable(text),
  roadmapTitle: nullable(text),
  tier: nullable(text),
};
const UseCaseSummaryRow = sqlRow(USE_CASE_SUMMARY);

/**
 * Use cases with their owner's name, their roadmap's title and the tier of their newest
 * completed assessment, in the order they were created; `where` on `u`.
 */
function summariesWhere(where: Prisma.Sql, limit: number) {
  return Prisma.sql`
    SELECT u."id", u."title", CAST(u."area" AS TEXT) AS "area",
           CAST(u."status" AS TEXT) AS "status", u."description", u."hoursSavedPerWeek",
           u."hourlyCostCents", u."extraRevenueCents", u."errorReductionPct", u."ratingValue",
           u."ratingDataQuality", u."ratingDataProtection", u."ratingTeamReadiness",
           u."ratingEffort", u."archivedAt", u."createdAt", u."updatedAt", u."version",
           u."roadmapId", u."ownerId", o."name" AS "ownerName", r."title" AS "roadmapTitle",
           (SELECT a."tier" FROM "Assessment" a
            WHERE a."orgId" = u."orgId" AND a."useCaseId" = u."id" AND a."status" = 'completed'
            ORDER BY a."completedAt" DESC, a."id" DESC
            LIMIT 1) AS "tier"
    FROM "UseCase" u
    LEFT JOIN "User" o ON o."id" = u."ownerId"
    LEFT JOIN "Roadmap" r ON r."id" = u."roadmapId" AND r."orgId" = u."orgId"
    WHERE ${where}
    ORDER BY u."createdAt", u."id"
    LIMIT ${limit}`;
}

function oneUseCase(orgId: string, useCaseId: string) {
  return summariesWhere(Prisma.sql`u."orgId" = ${orgId} AND u."id" = ${useCaseId}`, 1);
}

/** A row of USE_CASE_SUMMARY with its owner, roadmap and tier as the callers use them. */
export function summaryOf({
  ownerName,
  roadmapTitle,
  tier,
  ...row
}: RowOf<typeof UseCaseSummaryRow>) {
  return {
    ...row,
    owner: ownerName === null ? null : { name: ownerName },
    roadmap: roadmapTitle === null ? null : { title: roadmapTitle },
    tier: isRiskTier(tier) ? tier : null,
  };
}
export type UseCaseSummaryRecord = ReturnType<typeof summaryOf>;

/**
 * An organisation's use cases in the order they were created, each with its owner's
 * name, its roadmap's title and the tier of its newest completed assessment (null: none,
 * or a value the register does not know): one statement.
 */
export async function readUseCaseSummaries({
  orgId,
  archived,
  statuses,
  limit,
}: {
  orgId: string;
  archived: boolean;
  /** Only these statuses (all when undefined). */
  statuses?: readonly UseCaseStatus[];
  limit: number;
}) {
  const rows = await readRows(
    summariesWhere(
      Prisma.sql`u."orgId" = ${orgId}
      AND u."archivedAt" IS ${archived ? Prisma.sql`NOT NULL` : Prisma.sql`NULL`}
      ${statuses ? Prisma.sql`AND u."status" IN (${Prisma.join([...statuses])})` : Prisma.empty}`,
      limit,
    ),
    UseCaseSummaryRow,
  );
  return rows.map(summaryOf);
}

/** One use case of the organisation as readUseCaseSummaries gives it, or null: one statement. */
export async function readUseCaseSummary({
  orgId,
  useCaseId,
}: {
  orgId: string;
  useCaseId: string;
}) {
  const [row] = await readRows(oneUseCase(orgId, useCaseId), UseCaseSummaryRow);
  return row ? summaryOf(row) : null;
}

/** An assessment of a use case with its author's name (the columns of assessmentHistoryOf). */
const ASSESSMENT = {
  id: text,
  status: oneOf(["draft", "completed"] as const),
  tier: nullable(text),
  rulesetVersion: text,
  completedAt: nullable(instant),
  createdAt: instant,
  authorName: nullable(text),
};
const AssessmentRow = sqlRow(ASSESSMENT);
export type AssessmentRecord = RowOf<typeof AssessmentRow>;

/** A use case's latest `limit` assessments, newest first ("position": 1 for the newest). */
function assessmentHistoryOf({
  orgId,
  useCaseId,
  limit,
}: {
  orgId: string;
  useCaseId: string;
  limit: number;
}) {
  const newestFirst = Prisma.sql`a."createdAt" DESC, a."id" DESC`;
  return Prisma.sql`
    SELECT a."id", CAST(a."status" AS TEXT) AS "status", a."tier", a."rulesetVersion",
           a."completedAt", a."createdAt", p."name" AS "authorName",
           ROW_NUMBER() OVER (ORDER BY ${newestFirst}) AS "position"
    FROM "Assessment" a
    LEFT JOIN "User" p ON p."id" = a."authorId"
    WHERE a."orgId" = ${orgId} AND a."useCaseId" = ${useCaseId}
    ORDER BY ${newestFirst}
    LIMIT ${limit}`;
}

/** A use case's latest assessments, newest first, with their author's name: one statement. */
export function readAssessmentHistory(of: { orgId: string; useCaseId: string; limit: number }) {
  return readRows(assessmentHistoryOf(of), AssessmentRow);
}

/** How many assessments a use case's page reads (its newest). */
export const ASSESSMENT_HISTORY_LIMIT = 20;
/** How many review sessions a use case's page lists (its newest). */
export const RECENT_REVIEWS_LIMIT = 5;

/*
 * The use case page's statements: each a UNION ALL of differently shaped reads, one
 * branch "SELECT <kind>, <the union's columns> FROM (<its read>) x" per read, filling the
 * columns its row shape (PAGE_KINDS) names and leaving the others NULL. Each column's
 * type is given once (PAGE_COLUMNS): PostgreSQL types a UNION's column from its
 * branches, and needs the NULLs typed and every branch's values of one type (hence the
 * casts: an enum, a COUNT's bigint). Timestamps pass uncast: SQLite's CAST(… AS
 * TIMESTAMP) would turn the ISO text into a number.
 */
const PAGE_COLUMNS = {
  position: "INTEGER",
  id: "TEXT",
  title: "TEXT",
  area: "TEXT",
  status: "TEXT",
  description: "TEXT",
  hoursSavedPerWeek: "DOUBLE PRECISION",
  hourlyCostCents: "INTEGER",
  extraRevenueCents: "INTEGER",
  errorReductionPct: "DOUBLE PRECISION",
  ratingValue: "INTEGER",
  ratingDataQuality: "INTEGER",
  ratingDataProtection: "INTEGER",
  ratingTeamReadiness: "INTEGER",
  ratingEffort: "INTEGER",
  archivedAt: "TIMESTAMP",
  createdAt: "TIMESTAMP",
  updatedAt: "TIMESTAMP",
  version: "INTEGER",
  roadmapId: "TEXT",
  ownerId: "TEXT",
  ownerName: "TEXT",
  roadmapTitle: "TEXT",
  tier: "TEXT",
  useCaseId: "TEXT",
  reviews: "INTEGER",
  reviewed: "INTEGER",
  changed: "INTEGER",
  openHigh: "INTEGER",
  incidentDay: "TIMESTAMP",
  incidentSeverity: "TEXT",
  rulesetVersion: "TEXT",
  completedAt: "TIMESTAMP",
  authorName: "TEXT",
  date: "TIMESTAMP",
  reviewerName: "TEXT",
  name: "TEXT",
  source: "TEXT",
  reason: "TEXT",
  sourceId: "TEXT",
  sourceKind: "TEXT",
  personalData: "TEXT",
  legalBasis: "TEXT",
  flag: "INTEGER",
  aspect: "TEXT",
  memberId: "TEXT",
  role: "TEXT",
  userId: "TEXT",
  trainingId: "TEXT",
  topic: "TEXT",
  completedOn: "TIMESTAMP",
  validityMonths: "INTEGER",
  dueDate: "TIMESTAMP",
} as const satisfies Record<string, "TEXT" | "INTEGER" | "DOUBLE PRECISION" | "TIMESTAMP">;
type PageColumn = keyof typeof PAGE_COLUMNS;

const position = { position: integer };
const MEMBER = { id: text, name: text, role: oneOf(ROLES) };

/**
 * The row shapes of the use case page's statements, by kind; each kind's rows come in
 * their read's order ("position"), the kinds in this order.
 */
const PAGE_KINDS = {
  /** The use case (no row: not the organisation's). */
  0: USE_CASE_SUMMARY,
  /** Its oversight figures (one row with the use case). */
  1: USE_CASE_FIGURES,
  /** Its latest assessments, newest first. */
  2: { ...ASSESSMENT, ...position },
  /** Its latest review sessions, newest first. */
  3: { ...RECENT_REVIEW, ...position },
  /** Its active KPIs that read the oversight log, oldest first. */
  4: { ...DERIVED_KPI, ...position },
  /** The closing review that stopped it (at most one row). */
  5: STOP_DECISION,
  /** Its data sources, once per check, in the order they were recorded. */
  6: { ...SOURCE_FACTS, ...position },
  /** Its owner, once per person on its team (memberId NULL: nobody). */
  7: TEAM_MEMBER,
  /** The organisation's members, by name. */
  8: { ...MEMBER, ...position },
  /** The organisation's completions of counting trainings (in no order). */
  9: COUNTING_COMPLETION,
  /** The organisation's plan entries of counting trainings, earliest first. */
  10: { ...COUNTING_ASSIGNMENT, ...position },
} satisfies Record<number, Partial<Record<PageColumn, Decoder<unknown>>>>;
type PageKind = keyof typeof PAGE_KINDS;

/** The row shapes of some kinds (a statement's). */
function kindsOf<K extends PageKind>(...kinds: K[]) {
  const shapes = Object.fromEntries(kinds.map((kind) => [kind, PAGE_KINDS[kind]]));
  return shapes as Pick<typeof PAGE_KINDS, K>;
}

const UseCaseRecordRow = taggedRows("kind", kindsOf(0, 1, 2, 3, 4, 5, 6));
const TeamRecordRow = taggedRows("kind", kindsOf(7, 8, 9, 10));
export type UseCasePageRow = RowOf<typeof UseCaseRecordRow> | RowOf<typeof TeamRecordRow>;

/**
 * The UNION ALL of some reads, each with its kind: the union's columns are those its
 * kinds name (the fewer, the cheaper its rows), its rows by kind and position.
 */
function unionOf(reads: [PageKind, Prisma.Sql][]) {
  const named = new Set(reads.flatMap(([kind]) => Object.keys(PAGE_KINDS[kind])));
  const columns = Object.entries(PAGE_COLUMNS).filter(([name]) => named.has(name));
  const branches = reads.map(([kind, read]) => {
    const filled = new Set(Object.keys(PAGE_KINDS[kind]));
    const list = columns.map(([name, type]) => {
      const value = !filled.has(name)
        ? `CAST(NULL AS ${type})`
        : type === "TIMESTAMP"
          ? `x."${name}"`
          : `CAST(x."${name}" AS ${type})`;
      return Prisma.raw(`${value} AS "${name}"`);
    });
    return Prisma.sql`SELECT ${Prisma.raw(String(kind))} AS "kind", ${Prisma.join(list)}
    FROM (${read}) x`;
  });
  return Prisma.sql`${Prisma.join(branches, " UNION ALL ")} ORDER BY "kind", "position"`;
}

/**
 * Everything a use case's page shows (see PAGE_KINDS), in two statements: the use case
 * with its oversight figures, assessments, latest sessions, derived KPIs, stop decision
 * and data sources (kinds 0–6); its team and the organisation's members with their
 * counting trainings, for the team's AI literacy and who may join it (kinds 7–10). Each
 * read is a statement its module owns (oversight, literacy, data sources, reviews), every
 * table scoped by orgId; a use case of another organisation gives no kind 0–7 rows. One statement would
 * do, but its rows would carry every column of both: measured on SQLite, the two take
 * about a fifth less time together.
 */
export async function readUseCasePage({
  orgId,
  useCaseId,
  today,
}: {
  orgId: string;
  useCaseId: string;
  today: IsoDate;
}): Promise<UseCasePageRow[]> {
  const ofUseCase = { orgId, useCaseId };
  const ofUseCases = { orgId, useCaseIds: [useCaseId] };
  const membersInOrder = Prisma.sql`
    SELECT m.*, ROW_NUMBER() OVER (ORDER BY m."name", m."id") AS "position"
    FROM (${membersByName(orgId)}) m`;
  const [records, team] = await Promise.all([
    readRows(
      unionOf([
        [0, oneUseCase(orgId, useCaseId)],
        [1, oversightFiguresOf({ ...ofUseCases, today })],
        [2, assessmentHistoryOf({ ...ofUseCase, limit: ASSESSMENT_HISTORY_LIMIT })],
        [3, recentReviewsOf({ ...ofUseCase, limit: RECENT_REVIEWS_LIMIT })],
        [4, derivedKpisOf(ofUseCase)],
        [5, stopDecisionOf(ofUseCase)],
        [6, sourceFactsOf(ofUseCases)],
      ]),
      UseCaseRecordRow,
    ),
    readRows(
      unionOf([
        [7, teamRowsOf(ofUseCases)],
        [8, membersInOrder],
        [9, countingCompletionsOf(orgId)],
        [10, countingAssignmentsOf(orgId)],
      ]),
      TeamRecordRow,
    ),
  ]);
  return [...records, ...team];
}

const FormOptionRow = taggedRows("kind", {
  /** A roadmap a use case may belong to (not archived). */
  0: { id: text, name: text, position: integer },
  /** A member of the organisation, who may own it. */
  1: { id: text, name: text, position: integer },
});

/**
 * What the use-case form offers: the organisation's roadmaps that are not archived
 * (newest start first, up to 50; kind 0) and its members by name (up to 500; kind 1).
 * One statement; `position` is each row's place in its kind's order (a UNION's rows come
 * in no promised order).
 */
export function readUseCaseFormOptions(orgId: string) {
  return readRows(
    Prisma.sql`
      SELECT * FROM (
        SELECT 0 AS "kind", r."id", r."title" AS "name",
               ROW_NUMBER() OVER (ORDER BY r."startDate" DESC, r."id") AS "position"
        FROM "Roadmap" r
        WHERE r."orgId" = ${orgId} AND r."status" <> 'archived'
        ORDER BY r."startDate" DESC, r."id"
        LIMIT 50
      ) roadmaps
      UNION ALL
      SELECT * FROM (
        SELECT 1, u."id", u."name", ROW_NUMBER() OVER (ORDER BY u."name", u."id")
        FROM "Membership" m
        JOIN "User" u ON u."id" = m."userId"
        WHERE m."orgId" = ${orgId}
        ORDER BY u."name", u."id"
        LIMIT 500
      ) members`,
    FormOptionRow,
  );
}
