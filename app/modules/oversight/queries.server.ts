import { Prisma, readRows } from "~/lib/db.server";
import {
  calendarDay,
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
import { USE_CASE_STATUSES } from "../use-cases/status";
import { INCIDENT_SEVERITIES } from "./fields";
import { last30DaysStart, ratePercent } from "./rates";
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

const FiguresRow = sqlRow({ useCaseId: text, ...OVERSIGHT_FIGURES });

/** The oversight figures of some use cases of the organisation (others give no row): one statement. */
export function readOversightFigures({
  orgId,
  useCaseIds,
  today,
}: {
  orgId: string;
  useCaseIds: readonly string[];
  today: IsoDate;
}) {
  return readRows(
    Prisma.sql`
    SELECT u."id" AS "useCaseId", ${oversightFigures(today)}
    FROM "UseCase" u
    WHERE u."orgId" = ${orgId} AND u."id" IN (${Prisma.join([...useCaseIds])})`,
    FiguresRow,
  );
}

const RecentReviewRow = sqlRow({
  id: text,
  date: calendarDay,
  reviewed: integer,
  changed: integer,
  incidentSeverity: nullable(oneOf(INCIDENT_SEVERITIES)),
  reviewerName: nullable(text),
});

/** A use case's latest review sessions, newest first, with the reviewer's name: one statement. */
export function readRecentReviews({
  orgId,
  useCaseId,
  limit,
}: {
  orgId: string;
  useCaseId: string;
  limit: number;
}) {
  return readRows(
    Prisma.sql`
    SELECT r."id", r."date", r."reviewedCount" AS "reviewed",
           r."correctedCount" + r."rejectedCount" AS "changed",
           CAST(r."incidentSeverity" AS TEXT) AS "incidentSeverity", p."name" AS "reviewerName"
    FROM "OversightReview" r
    LEFT JOIN "User" p ON p."id" = r."reviewerId"
    WHERE r."orgId" = ${orgId} AND r."useCaseId" = ${useCaseId}
    ORDER BY r."date" DESC, r."createdAt" DESC, r."id" DESC
    LIMIT ${limit}`,
    RecentReviewRow,
  );
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
