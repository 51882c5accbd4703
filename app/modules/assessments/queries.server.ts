import { Prisma, readRows } from "~/lib/db.server";
import { instant, jsonObject, nullable, oneOf, taggedRows, text } from "~/lib/sql-decode";
import { ROADMAP_STATUSES } from "../roadmaps/status";

/*
 * An assessment result page's hand-written statement (see readRows): portable SQL,
 * every WHERE and JOIN scoped by orgId. The AI register's is governance/queries.server.ts's.
 */

/** How many use cases the register lists at most (governance/queries.server.ts reads it). */
export const REGISTER_LIMIT = 2000;

const AssessmentResultRow = taggedRows("kind", {
  /** The use case, its roadmap (when the organisation's) and its newest completed assessment. */
  0: {
    id: text,
    title: text,
    archivedAt: nullable(instant),
    roadmapId: nullable(text),
    roadmapTitle: nullable(text),
    roadmapStatus: nullable(oneOf(ROADMAP_STATUSES)),
    newestId: nullable(text),
  },
  /** The completed assessment, with its author's name. */
  1: {
    id: text,
    answers: jsonObject,
    result: jsonObject,
    rulesetVersion: text,
    completedAt: nullable(instant),
    authorName: nullable(text),
  },
  /** A task of the use case's roadmap planned for one of its obligations (deleted ones too). */
  2: { sourceKey: text },
});

/**
 * What a completed assessment's result page is read from, in one statement: the use case
 * with its roadmap and the id of its newest completed assessment (by completion, then id;
 * kind 0), the assessment when it is a completed one of this use case (kind 1), and the
 * source keys of the tasks in the use case's roadmap planned for its obligations
 * (obligation:<useCaseId>:<code>, kind 2). No kind 0 row: the use case is not the
 * organisation's. The Json columns come as text on both providers; the first branch types
 * every column for PostgreSQL.
 */
export function readAssessmentResultRecords({
  orgId,
  useCaseId,
  assessmentId,
}: {
  orgId: string;
  useCaseId: string;
  assessmentId: string;
}) {
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", u."id", u."title", u."archivedAt", r."id" AS "roadmapId",
             r."title" AS "roadmapTitle", CAST(r."status" AS TEXT) AS "roadmapStatus",
             (SELECT n."id" FROM "Assessment" n
              WHERE n."orgId" = u."orgId" AND n."useCaseId" = u."id" AND n."status" = 'completed'
              ORDER BY n."completedAt" DESC, n."id" DESC
              LIMIT 1) AS "newestId",
             CAST(NULL AS TEXT) AS "answers", CAST(NULL AS TEXT) AS "result",
             CAST(NULL AS TEXT) AS "rulesetVersion", CAST(NULL AS TIMESTAMP) AS "completedAt",
             CAST(NULL AS TEXT) AS "authorName", CAST(NULL AS TEXT) AS "sourceKey"
      FROM "UseCase" u
      LEFT JOIN "Roadmap" r ON r."id" = u."roadmapId" AND r."orgId" = u."orgId"
      WHERE u."orgId" = ${orgId} AND u."id" = ${useCaseId}
      UNION ALL
      SELECT 1, a."id", NULL, NULL, NULL, NULL, NULL, NULL,
             CAST(a."answers" AS TEXT), CAST(a."result" AS TEXT), a."rulesetVersion",
             a."completedAt", p."name", NULL
      FROM "Assessment" a
      LEFT JOIN "User" p ON p."id" = a."authorId"
      WHERE a."orgId" = ${orgId} AND a."id" = ${assessmentId} AND a."useCaseId" = ${useCaseId}
        AND a."status" = 'completed'
      UNION ALL
      SELECT 2, t."id", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             t."sourceKey"
      FROM "Task" t
      JOIN "UseCase" u ON u."id" = ${useCaseId} AND u."orgId" = t."orgId"
        AND u."roadmapId" = t."roadmapId"
      WHERE t."orgId" = ${orgId} AND t."sourceKey" LIKE ${`obligation:${useCaseId}:%`}
      ORDER BY 1`,
    AssessmentResultRow,
  );
}
