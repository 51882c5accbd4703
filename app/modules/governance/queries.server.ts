import { Prisma, readRows } from "~/lib/db.server";
import { calendarDay, integer, nullable, oneOf, taggedRows, text } from "~/lib/sql-decode";
import type { IsoDate } from "../calendar/dates";
import { SOURCE_FACTS } from "../data-sources/queries.server";
import { COUNTING_TOPICS, TRAINING_TOPICS } from "../literacy/fields";
import { OVERSIGHT_FIGURES, oversightFigures } from "../oversight/queries.server";

/*
 * The governance evidence's hand-written statement (see readRows): portable SQL, every
 * WHERE and JOIN scoped by orgId. It reads what oversight (summaries.server.ts), AI
 * literacy (coverage.server.ts) and the data basis (data-sources.server.ts) each read
 * for themselves, in one round trip for the AI register and the report; the figures
 * are worked out by the same pure functions (evidence.server.ts).
 */

const EvidenceRow = taggedRows("kind", {
  /** A use case asked for (of this organisation) with its oversight of the last 30 days. */
  0: { useCaseId: text, ...OVERSIGHT_FIGURES },
  /** A person on a use case's team who is a member of the organisation (flag: the owner). */
  1: { useCaseId: text, userId: text, name: text, flag: integer },
  /** A completion of a training that counts for Art 4, by anyone of the organisation. */
  2: { userId: text, topic: oneOf(TRAINING_TOPICS), day: calendarDay, months: nullable(integer) },
  /** A data source of a use case asked for (see SOURCE_FACTS). */
  3: SOURCE_FACTS,
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
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", u."id" AS "useCaseId", ${oversightFigures(today)},
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
