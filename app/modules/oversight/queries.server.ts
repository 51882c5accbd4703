import { Prisma, readRows } from "~/lib/db.server";
import {
  calendarDay,
  flag,
  instant,
  integer,
  nullable,
  oneOf,
  real,
  sqlRow,
  taggedRows,
  text,
} from "~/lib/sql-decode";
import type { Decoded, RowOf } from "~/lib/sql-decode";
import { isoToUtcDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { ROLES } from "~/lib/permissions";
import { taskStatus } from "../roadmaps/queries.server";
import { USE_CASE_STATUSES } from "../use-cases/status";
import { INCIDENT_SEVERITIES } from "./fields";
import { DERIVED_KPI_SOURCES, last30DaysStart, ratePercent } from "./rates";
import type { OversightSummary } from "./summaries.server";

/*
 * The oversight module's hand-written statements (see readRows): portable SQL, scoped by
 * orgId, decoded by their row schemas.
 */

/**
 * A use case's oversight figures as columns of a statement over `"UseCase" u`: the last
 * 30 days' review sessions (today included), the outputs reviewed and changed in them,
 * the open high-severity incidents and the newest incident. A high-severity incident
 * stays open until its follow-up task is done; without a task (or when the task was
 * deleted) it stays open.
 */
export function oversightFigures(today: IsoDate) {
  const from = isoToUtcDate(last30DaysStart(today));
  const until = isoToUtcDate(today);
  // The last 30 days' review sessions of u, and u's incidents (newest first).
  const recent = Prisma.sql`FROM "OversightReview" r
    WHERE r."orgId" = u."orgId" AND r."useCaseId" = u."id"
      AND r."date" >= ${from} AND r."date" <= ${until}`;
  const newestIncident = Prisma.sql`FROM "OversightReview" i
    WHERE i."orgId" = u."orgId" AND i."useCaseId" = u."id"
      AND i."hasIncident" = TRUE AND i."incidentSeverity" IS NOT NULL
    ORDER BY i."date" DESC, i."createdAt" DESC, i."id" DESC
    LIMIT 1`;
  return Prisma.sql`
    (SELECT COUNT(*) ${recent}) AS "reviews",
    (SELECT COALESCE(SUM(r."reviewedCount"), 0) ${recent}) AS "reviewed",
    (SELECT COALESCE(SUM(r."correctedCount" + r."rejectedCount"), 0) ${recent}) AS "changed",
    -- A high-severity incident stays open until its follow-up task is done.
    (SELECT COUNT(*) FROM "OversightReview" h
     LEFT JOIN "Task" t ON t."id" = h."followUpTaskId"
     WHERE h."orgId" = u."orgId" AND h."useCaseId" = u."id"
       AND h."hasIncident" = TRUE AND h."incidentSeverity" = 'high'
       AND (h."followUpTaskId" IS NULL OR t."status" <> 'done' OR t."deletedAt" IS NOT NULL)
    ) AS "openHigh",
    (SELECT i."date" ${newestIncident}) AS "incidentDay",
    (SELECT CAST(i."incidentSeverity" AS TEXT) ${newestIncident}) AS "incidentSeverity"`;
}

/** The columns of oversightFigures, decoded. */
export const OVERSIGHT_FIGURES = {
  reviews: integer,
  reviewed: integer,
  changed: integer,
  openHigh: integer,
  incidentDay: nullable(calendarDay),
  incidentSeverity: nullable(oneOf(INCIDENT_SEVERITIES)),
};
type OversightFigures = Decoded<typeof OVERSIGHT_FIGURES>;

/** A use case's oversight summary from the columns of oversightFigures. */
export function summaryOfFigures(row: OversightFigures): Omit<OversightSummary, "useCaseId"> {
  return {
    reviewsLast30Days: row.reviews,
    outputsReviewedLast30Days: row.reviewed,
    correctionRateLast30Days: ratePercent(row.changed, row.reviewed),
    lastIncident:
      row.incidentDay && row.incidentSeverity
        ? { date: row.incidentDay, severity: row.incidentSeverity }
        : null,
    openHighIncidents: row.openHigh,
  };
}

/** A use case's id ("useCaseId") and the columns of oversightFigures, decoded. */
export const USE_CASE_FIGURES = { useCaseId: text, ...OVERSIGHT_FIGURES };
const FiguresRow = sqlRow(USE_CASE_FIGURES);

/**
 * The statement of readOversightFigures (the columns of USE_CASE_FIGURES), also part of
 * the use case page's.
 */
export function oversightFiguresOf({
  orgId,
  useCaseIds,
  today,
}: {
  orgId: string;
  useCaseIds: readonly string[];
  today: IsoDate;
}) {
  return Prisma.sql`
    SELECT u."id" AS "useCaseId", ${oversightFigures(today)}
    FROM "UseCase" u
    WHERE u."orgId" = ${orgId} AND u."id" IN (${Prisma.join([...useCaseIds])})`;
}

/** The oversight figures of some use cases of the organisation (others give no row): one statement. */
export function readOversightFigures(ids: {
  orgId: string;
  useCaseIds: readonly string[];
  today: IsoDate;
}) {
  return readRows(oversightFiguresOf(ids), FiguresRow);
}

/** A review session as the use case page lists it (the columns of recentReviewsOf). */
export const RECENT_REVIEW = {
  id: text,
  date: calendarDay,
  reviewed: integer,
  changed: integer,
  incidentSeverity: nullable(oneOf(INCIDENT_SEVERITIES)),
  reviewerName: nullable(text),
};

/**
 * A use case's latest `limit` review sessions, newest first, with the reviewer's name
 * (the columns of RECENT_REVIEW, and "position": 1 for the newest), as the use case
 * page's statement reads them. Scoped by orgId.
 */
export function recentReviewsOf({
  orgId,
  useCaseId,
  limit,
}: {
  orgId: string;
  useCaseId: string;
  limit: number;
}) {
  const newestFirst = Prisma.sql`r."date" DESC, r."createdAt" DESC, r."id" DESC`;
  return Prisma.sql`
    SELECT r."id", r."date", r."reviewedCount" AS "reviewed",
           r."correctedCount" + r."rejectedCount" AS "changed",
           CAST(r."incidentSeverity" AS TEXT) AS "incidentSeverity", p."name" AS "reviewerName",
           ROW_NUMBER() OVER (ORDER BY ${newestFirst}) AS "position"
    FROM "OversightReview" r
    LEFT JOIN "User" p ON p."id" = r."reviewerId"
    WHERE r."orgId" = ${orgId} AND r."useCaseId" = ${useCaseId}
    ORDER BY ${newestFirst}
    LIMIT ${limit}`;
}

/** An active KPI that reads a use case's oversight log (the columns of derivedKpisOf). */
export const DERIVED_KPI = { id: text, name: text, source: oneOf(DERIVED_KPI_SOURCES) };

/**
 * The active KPIs that read a use case's oversight log, oldest first ("position": 1 for
 * the oldest), as the use case page's statement reads them. Scoped by orgId.
 */
export function derivedKpisOf({ orgId, useCaseId }: { orgId: string; useCaseId: string }) {
  const oldestFirst = Prisma.sql`k."createdAt", k."id"`;
  return Prisma.sql`
    SELECT k."id", k."name", CAST(k."source" AS TEXT) AS "source",
           ROW_NUMBER() OVER (ORDER BY ${oldestFirst}) AS "position"
    FROM "Kpi" k
    WHERE k."orgId" = ${orgId} AND k."useCaseId" = ${useCaseId} AND k."archivedAt" IS NULL
      AND k."source" <> 'manual'
    ORDER BY ${oldestFirst}`;
}

const PilotUseCaseRow = sqlRow({
  id: text,
  title: text,
  status: oneOf(USE_CASE_STATUSES),
  ...OVERSIGHT_FIGURES,
});

/**
 * A roadmap's use cases in the pilot (selected or piloting, not archived), by title,
 * at most 50, each with its oversight figures: one statement.
 */
export async function readPilotUseCases({
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
    SELECT u."id", u."title", CAST(u."status" AS TEXT) AS "status", ${oversightFigures(today)}
    FROM "UseCase" u
    WHERE u."orgId" = ${orgId} AND u."roadmapId" = ${roadmapId} AND u."archivedAt" IS NULL
      AND u."status" IN ('selected', 'piloting')
    ORDER BY u."title", u."id"
    LIMIT 50`,
    PilotUseCaseRow,
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    summary: { useCaseId: row.id, ...summaryOfFigures(row) },
  }));
}

/** Which derived KPIs to read: always of one organisation, optionally narrowed. */
export type DerivedKpiFilter = {
  kpiId?: string;
  roadmapId?: string;
  ownerId?: string;
  /** true: archived KPIs only; false: active ones only; undefined: both. */
  archived?: boolean;
};

const SampleRow = sqlRow({ kpiId: text, date: calendarDay, reviewed: integer, hits: integer });
export type DerivedKpiSampleRow = RowOf<typeof SampleRow>;

/**
 * Per derived KPI and review day: the outputs reviewed and the rate's numerator
 * (corrected + rejected, or approved), summed over that day's sessions of the KPI's
 * use case. One statement; reviews are joined on the KPI's organisation as well.
 */
export function readDerivedKpiSamples(
  orgId: string,
  filter: DerivedKpiFilter,
): Promise<DerivedKpiSampleRow[]> {
  const conditions = [Prisma.sql`k."orgId" = ${orgId}`, Prisma.sql`k."source" <> 'manual'`];
  if (filter.kpiId) conditions.push(Prisma.sql`k."id" = ${filter.kpiId}`);
  if (filter.roadmapId) conditions.push(Prisma.sql`k."roadmapId" = ${filter.roadmapId}`);
  if (filter.ownerId) conditions.push(Prisma.sql`k."ownerId" = ${filter.ownerId}`);
  if (filter.archived === true) conditions.push(Prisma.sql`k."archivedAt" IS NOT NULL`);
  if (filter.archived === false) conditions.push(Prisma.sql`k."archivedAt" IS NULL`);
  return readRows(
    Prisma.sql`
    SELECT k."id" AS "kpiId", o."date",
           SUM(o."reviewedCount") AS "reviewed",
           SUM(CASE WHEN k."source" = 'oversight_approval_rate' THEN o."approvedCount"
                    ELSE o."correctedCount" + o."rejectedCount" END) AS "hits"
    FROM "Kpi" k
    JOIN "OversightReview" o ON o."useCaseId" = k."useCaseId" AND o."orgId" = k."orgId"
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY k."id", o."date"
    ORDER BY o."date"`,
    SampleRow,
  );
}

const KpiValueRow = taggedRows("kind", {
  /** A measurement of a manual KPI. */
  0: { kpiId: text, value: real, date: calendarDay },
  /** A derived KPI's review day, as readDerivedKpiSamples gives it. */
  1: { kpiId: text, date: calendarDay, reviewed: integer, hits: integer },
});

/**
 * What the values of a roadmap's active KPIs are made of, in one statement: every
 * measurement (kind 0, in recording order: date, then creation) and, per derived KPI
 * and review day, its use case's review counts (kind 1, by date; see
 * readDerivedKpiSamples). Both scoped by orgId; a plain JOIN is much cheaper here than
 * Prisma's relation filter (an IN subquery).
 */
export function readRoadmapKpiValues({ orgId, roadmapId }: { orgId: string; roadmapId: string }) {
  return readRows(
    Prisma.sql`
    SELECT 0 AS "kind", m."kpiId", m."value", m."date", m."createdAt" AS "recordedAt",
           0 AS "reviewed", 0 AS "hits"
    FROM "KpiMeasurement" m
    JOIN "Kpi" k ON k."id" = m."kpiId" AND k."orgId" = m."orgId"
    WHERE m."orgId" = ${orgId} AND k."roadmapId" = ${roadmapId} AND k."archivedAt" IS NULL
    UNION ALL
    SELECT 1, k."id", NULL, o."date", NULL,
           SUM(o."reviewedCount"),
           SUM(CASE WHEN k."source" = 'oversight_approval_rate' THEN o."approvedCount"
                    ELSE o."correctedCount" + o."rejectedCount" END)
    FROM "Kpi" k
    JOIN "OversightReview" o ON o."useCaseId" = k."useCaseId" AND o."orgId" = k."orgId"
    WHERE k."orgId" = ${orgId} AND k."source" <> 'manual' AND k."roadmapId" = ${roadmapId}
      AND k."archivedAt" IS NULL
    GROUP BY k."id", o."date"
    ORDER BY 1, 4, 5`,
    KpiValueRow,
  );
}

const OversightUseCaseRow = sqlRow({
  id: text,
  title: text,
  status: oneOf(USE_CASE_STATUSES),
  archivedAt: nullable(instant),
  ownerId: nullable(text),
  roadmapId: nullable(text),
  roadmapTitle: nullable(text),
  roadmapStart: nullable(calendarDay),
  roadmapLength: nullable(integer),
});

/**
 * A use case of the organisation with its roadmap (only when that is the
 * organisation's too), as the oversight pages need it; no row when not there: one
 * statement.
 */
export async function readOversightUseCase({
  orgId,
  useCaseId,
}: {
  orgId: string;
  useCaseId: string;
}) {
  const [row] = await readRows(
    Prisma.sql`
    SELECT u."id", u."title", CAST(u."status" AS TEXT) AS "status", u."archivedAt", u."ownerId",
           r."id" AS "roadmapId", r."title" AS "roadmapTitle", r."startDate" AS "roadmapStart",
           r."lengthDays" AS "roadmapLength"
    FROM "UseCase" u
    LEFT JOIN "Roadmap" r ON r."id" = u."roadmapId" AND r."orgId" = u."orgId"
    WHERE u."orgId" = ${orgId} AND u."id" = ${useCaseId}`,
    OversightUseCaseRow,
  );
  return row ?? null;
}

const FormOptionsRow = taggedRows("kind", {
  /** A member of the organisation, by name (at most 500). */
  0: { id: text, name: text, role: oneOf(ROLES) },
  /**
   * The reviewer and batch size of the person's latest session, in this use case
   * ("here…", NULL counts: none) and in any ("any…").
   */
  1: {
    hereReviewerId: nullable(text),
    hereCount: nullable(integer),
    anyReviewerId: nullable(text),
    anyCount: nullable(integer),
  },
});

/**
 * The review form's choices: the organisation's members by name (kind 0, at most 500)
 * and one row (kind 1) with what this person recorded last, in this use case and in
 * any (newest recorded first). Scoped by orgId; one statement.
 */
export function readReviewFormOptions({
  orgId,
  useCaseId,
  userId,
}: {
  orgId: string;
  useCaseId: string;
  userId: string;
}) {
  const latest = (column: Prisma.Sql, here: boolean) => Prisma.sql`(
    SELECT ${column} FROM "OversightReview" o
    WHERE o."orgId" = ${orgId} AND o."recordedById" = ${userId}
      ${here ? Prisma.sql`AND o."useCaseId" = ${useCaseId}` : Prisma.empty}
    ORDER BY o."createdAt" DESC, o."date" DESC, o."id" DESC
    LIMIT 1)`;
  const reviewer = Prisma.sql`o."reviewerId"`;
  const count = Prisma.sql`o."reviewedCount"`;
  return readRows(
    Prisma.sql`
    SELECT 0 AS "kind", x."id", x."name", x."role",
           NULL AS "hereReviewerId", NULL AS "hereCount", NULL AS "anyReviewerId",
           NULL AS "anyCount"
    FROM (SELECT p."id", p."name", CAST(m."role" AS TEXT) AS "role"
          FROM "Membership" m
          JOIN "User" p ON p."id" = m."userId"
          WHERE m."orgId" = ${orgId}
          ORDER BY p."name", p."id"
          LIMIT 500) x
    UNION ALL
    SELECT 1, NULL, NULL, NULL,
           ${latest(reviewer, true)}, ${latest(count, true)},
           ${latest(reviewer, false)}, ${latest(count, false)}
    ORDER BY 1, 3, 2`,
    FormOptionsRow,
  );
}

/** A review session's own columns, as statements over `"OversightReview" r` select them. */
const REVIEW_COLUMNS = Prisma.sql`r."id", r."date", r."reviewerId", r."reviewedCount",
  r."approvedCount", r."correctedCount", r."rejectedCount", r."note", r."hasIncident",
  CAST(r."incidentSeverity" AS TEXT) AS "incidentSeverity", r."incidentDescription",
  r."followUpTaskId", r."version"`;

/** The columns of REVIEW_COLUMNS, decoded (the same as the ORM's reviewSelect gives). */
const REVIEW_FIELDS = {
  id: text,
  date: calendarDay,
  reviewerId: nullable(text),
  reviewedCount: integer,
  approvedCount: integer,
  correctedCount: integer,
  rejectedCount: integer,
  note: text,
  hasIncident: flag,
  incidentSeverity: nullable(oneOf(INCIDENT_SEVERITIES)),
  incidentDescription: text,
  followUpTaskId: nullable(text),
  version: integer,
};

const ReviewRow = sqlRow({
  ...REVIEW_FIELDS,
  reviewerName: nullable(text),
  recordedByName: nullable(text),
  taskId: nullable(text),
  taskTitle: nullable(text),
  taskStatus: nullable(taskStatus),
  taskRoadmapId: nullable(text),
});

/**
 * One review session of the use case with its reviewer's and recorder's names and its
 * follow-up task (when not deleted); no row when not there. Scoped by orgId; one
 * statement.
 */
export async function readReview({
  orgId,
  useCaseId,
  reviewId,
}: {
  orgId: string;
  useCaseId: string;
  reviewId: string;
}) {
  const [row] = await readRows(
    Prisma.sql`
    SELECT ${REVIEW_COLUMNS}, p."name" AS "reviewerName", rb."name" AS "recordedByName",
           t."id" AS "taskId", t."title" AS "taskTitle", CAST(t."status" AS TEXT) AS "taskStatus",
           t."roadmapId" AS "taskRoadmapId"
    FROM "OversightReview" r
    LEFT JOIN "User" p ON p."id" = r."reviewerId"
    LEFT JOIN "User" rb ON rb."id" = r."recordedById"
    LEFT JOIN "Task" t
      ON t."id" = r."followUpTaskId" AND t."orgId" = r."orgId" AND t."deletedAt" IS NULL
    WHERE r."orgId" = ${orgId} AND r."useCaseId" = ${useCaseId} AND r."id" = ${reviewId}`,
    ReviewRow,
  );
  return row ?? null;
}

/** Which review sessions of a use case the log lists: all, or narrowed. */
export type ReviewLogFilter = {
  from: IsoDate | null;
  to: IsoDate | null;
  reviewerId: string | null;
  incidentsOnly: boolean;
};

const ReviewLogRow = taggedRows("kind", {
  /** The use case's totals of the sessions that match, and its 30-day figures (one row). */
  0: { sessions: integer, totalReviewed: integer, totalChanged: integer, ...OVERSIGHT_FIGURES },
  /** A session that matches, newest first, with its reviewer and follow-up task. */
  1: {
    ...REVIEW_FIELDS,
    reviewerName: nullable(text),
    taskId: nullable(text),
    taskStatus: nullable(taskStatus),
    taskRoadmapId: nullable(text),
  },
  /** An active KPI derived from the log, oldest first. */
  2: { id: text, name: text, source: oneOf(DERIVED_KPI_SOURCES) },
});

/**
 * What a use case's oversight log shows, in one statement: the totals of the sessions
 * that match the filter and the use case's 30-day figures (kind 0, always one row:
 * zeros when the use case is not the organisation's), the newest `limit` matching
 * sessions (kind 1: date, then recording, newest first) and the active KPIs that read
 * the log (kind 2, oldest first). Every table scoped by orgId. PostgreSQL types a
 * column NULL in the first two branches as text, hence the one typed NULL.
 */
export function readReviewLog({
  orgId,
  useCaseId,
  filter,
  limit,
  today,
}: {
  orgId: string;
  useCaseId: string;
  filter: ReviewLogFilter;
  limit: number;
  today: IsoDate;
}) {
  const matching = [Prisma.sql`r."orgId" = ${orgId}`, Prisma.sql`r."useCaseId" = ${useCaseId}`];
  if (filter.from) matching.push(Prisma.sql`r."date" >= ${isoToUtcDate(filter.from)}`);
  if (filter.to) matching.push(Prisma.sql`r."date" <= ${isoToUtcDate(filter.to)}`);
  if (filter.reviewerId) matching.push(Prisma.sql`r."reviewerId" = ${filter.reviewerId}`);
  if (filter.incidentsOnly) matching.push(Prisma.sql`r."hasIncident" = TRUE`);
  const where = Prisma.join(matching, " AND ");
  return readRows(
    Prisma.sql`
    SELECT 0 AS "kind", CAST(NULL AS TIMESTAMP) AS "kpiCreatedAt", NULL AS "createdAt",
           NULL AS "id", NULL AS "date", NULL AS "reviewerId", NULL AS "reviewedCount",
           NULL AS "approvedCount", NULL AS "correctedCount", NULL AS "rejectedCount",
           NULL AS "note", NULL AS "hasIncident", NULL AS "incidentDescription",
           NULL AS "followUpTaskId", NULL AS "version", NULL AS "reviewerName",
           NULL AS "taskId", NULL AS "taskStatus", NULL AS "taskRoadmapId",
           NULL AS "name", NULL AS "source",
           totals."sessions", totals."totalReviewed", totals."totalChanged",
           ${oversightFigures(today)}
    FROM (SELECT COUNT(*) AS "sessions", COALESCE(SUM(r."reviewedCount"), 0) AS "totalReviewed",
                 COALESCE(SUM(r."correctedCount" + r."rejectedCount"), 0) AS "totalChanged"
          FROM "OversightReview" r
          WHERE ${where}) totals
    LEFT JOIN "UseCase" u ON u."orgId" = ${orgId} AND u."id" = ${useCaseId}
    UNION ALL
    SELECT 1, NULL, x."createdAt", x."id", x."date", x."reviewerId", x."reviewedCount",
           x."approvedCount", x."correctedCount", x."rejectedCount", x."note", x."hasIncident",
           x."incidentDescription", x."followUpTaskId", x."version", x."reviewerName",
           x."taskId", x."taskStatus", x."taskRoadmapId", NULL, NULL,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, x."incidentSeverity"
    FROM (SELECT ${REVIEW_COLUMNS}, r."createdAt", p."name" AS "reviewerName",
                 t."id" AS "taskId", CAST(t."status" AS TEXT) AS "taskStatus",
                 t."roadmapId" AS "taskRoadmapId"
          FROM "OversightReview" r
          LEFT JOIN "User" p ON p."id" = r."reviewerId"
          LEFT JOIN "Task" t
            ON t."id" = r."followUpTaskId" AND t."orgId" = r."orgId" AND t."deletedAt" IS NULL
          WHERE ${where}
          ORDER BY r."date" DESC, r."createdAt" DESC, r."id" DESC
          LIMIT ${limit}) x
    UNION ALL
    SELECT 2, k."createdAt", NULL, k."id", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, k."name", CAST(k."source" AS TEXT),
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM "Kpi" k
    WHERE k."orgId" = ${orgId} AND k."useCaseId" = ${useCaseId} AND k."archivedAt" IS NULL
      AND k."source" <> 'manual'
    ORDER BY 1, 2, 5 DESC, 3 DESC, 4 DESC`,
    ReviewLogRow,
  );
}
