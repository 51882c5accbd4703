import { Prisma, readRows } from "~/lib/db.server";
import { calendarDay, integer, nullable, oneOf, taggedRows, text } from "~/lib/sql-decode";
import { isoToUtcDate } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { CHECK_ASPECTS, DATA_SOURCE_KINDS, PERSONAL_DATA_LEVELS } from "../data-sources/fields";
import { COUNTING_TOPICS, TRAINING_TOPICS } from "../literacy/fields";
import { INCIDENT_SEVERITIES } from "../oversight/fields";
import { last30DaysStart } from "../oversight/rates";

/*
 * The governance evidence's hand-written statement (see readRows): portable SQL, every
 * WHERE and JOIN scoped by orgId. It reads what oversight (summaries.server.ts), AI
 * literacy (coverage.server.ts) and the data basis (data-sources.server.ts) each read
 * for themselves, in one round trip for the AI register and the report; the figures
 * are worked out by the same pure functions (evidence.server.ts).
 */

const EvidenceRow = taggedRows("kind", {
  /** A use case asked for (of this organisation) with its oversight of the last 30 days. */
  0: {
    useCaseId: text,
    reviews: integer,
    reviewed: integer,
    changed: integer,
    openHigh: integer,
    incidentDay: nullable(calendarDay),
    incidentSeverity: nullable(oneOf(INCIDENT_SEVERITIES)),
  },
  /** A person on a use case's team who is a member of the organisation (flag: the owner). */
  1: { useCaseId: text, userId: text, name: text, flag: integer },
  /** A completion of a training that counts for Art 4, by anyone of the organisation. */
  2: { userId: text, topic: oneOf(TRAINING_TOPICS), day: calendarDay, months: nullable(integer) },
  /** A data source, once per recorded check (aspect) or once without (flag: sent to a vendor). */
  3: {
    useCaseId: text,
    sourceId: text,
    name: text,
    sourceKind: oneOf(DATA_SOURCE_KINDS),
    personalData: oneOf(PERSONAL_DATA_LEVELS),
    legalBasis: nullable(text),
    flag: integer,
    aspect: nullable(oneOf(CHECK_ASPECTS)),
  },
});

/** The rows of readGovernanceEvidence, by kind. */
export type EvidenceRow = ReturnType<typeof EvidenceRow.decode>[number];

/**
 * Everything the governance evidence of some use cases needs, in one statement: per use
 * case asked for its oversight figures (kind 0), its team (1), the organisation's
 * counting training completions (2) and its data sources with their checks (3). Ids of
 * other organisations give no rows. Rows come in no promised order.
 */
export function readGovernanceEvidence({
  orgId,
  useCaseIds,
  today,
}: {
  orgId: string;
  useCaseIds: readonly string[];
  today: IsoDate;
}) {
  const ids = Prisma.join([...useCaseIds]);
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
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", u."id" AS "useCaseId",
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
             (SELECT CAST(i."incidentSeverity" AS TEXT) ${newestIncident}) AS "incidentSeverity",
             CAST(NULL AS TEXT) AS "userId", CAST(NULL AS TEXT) AS "name",
             CAST(NULL AS INTEGER) AS "flag", CAST(NULL AS TEXT) AS "topic",
             CAST(NULL AS TIMESTAMP) AS "day", CAST(NULL AS INTEGER) AS "months",
             CAST(NULL AS TEXT) AS "sourceId", CAST(NULL AS TEXT) AS "sourceKind",
             CAST(NULL AS TEXT) AS "personalData",
             CAST(NULL AS TEXT) AS "legalBasis", CAST(NULL AS TEXT) AS "aspect"
      FROM "UseCase" u
      WHERE u."orgId" = ${orgId} AND u."id" IN (${ids})
      UNION ALL
      -- The owner, if a member of the organisation.
      SELECT 1, u."id", NULL, NULL, NULL, NULL, NULL, NULL, p."id", p."name", 1,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM "UseCase" u
      JOIN "Membership" m ON m."orgId" = u."orgId" AND m."userId" = u."ownerId"
      JOIN "User" p ON p."id" = m."userId"
      WHERE u."orgId" = ${orgId} AND u."id" IN (${ids})
      UNION ALL
      -- The team's other people, if members of the organisation.
      SELECT 1, u."id", NULL, NULL, NULL, NULL, NULL, NULL, p."id", p."name", 0,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM "UseCase" u
      JOIN "UseCaseMember" tm ON tm."useCaseId" = u."id" AND tm."orgId" = u."orgId"
      JOIN "Membership" m ON m."orgId" = u."orgId" AND m."userId" = tm."userId"
      JOIN "User" p ON p."id" = m."userId"
      WHERE u."orgId" = ${orgId} AND u."id" IN (${ids})
      UNION ALL
      SELECT 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c."userId", NULL, NULL,
             CAST(tr."topic" AS TEXT), c."completedOn", tr."validityMonths",
             NULL, NULL, NULL, NULL, NULL
      FROM "TrainingCompletion" c
      JOIN "Training" tr ON tr."id" = c."trainingId" AND tr."orgId" = c."orgId"
      WHERE c."orgId" = ${orgId}
        AND tr."topic" IN (${Prisma.join([...COUNTING_TOPICS])})
      UNION ALL
      SELECT 3, s."useCaseId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, s."name",
             CASE WHEN s."sentToVendor" THEN 1 ELSE 0 END, NULL, NULL, NULL,
             s."id", CAST(s."kind" AS TEXT), CAST(s."personalData" AS TEXT), s."legalBasis",
             CAST(k."aspect" AS TEXT)
      FROM "DataSource" s
      LEFT JOIN "DataSourceCheck" k ON k."dataSourceId" = s."id" AND k."orgId" = s."orgId"
      WHERE s."orgId" = ${orgId} AND s."useCaseId" IN (${ids})`,
    EvidenceRow,
  );
}
