import { Prisma, readRows } from "~/lib/db.server";
import { integer, nullable, oneOf, sqlRow, taggedRows, text } from "~/lib/sql-decode";
import type { Decoded } from "~/lib/sql-decode";
import { USE_CASE_STATUSES } from "../use-cases/status";
import { CHECK_ASPECTS, DATA_SOURCE_KINDS, isLegalBasis, PERSONAL_DATA_LEVELS } from "./fields";
import type { SourceFacts } from "./readiness";

/*
 * The data basis's hand-written statements (see readRows): portable SQL, scoped by
 * orgId, decoded by their row schemas.
 */

/**
 * A data source as a row of a statement over `"DataSource" s LEFT JOIN
 * "DataSourceCheck" k`: once per recorded check (aspect), or once without one (flag:
 * sent to the AI vendor).
 */
export const SOURCE_FACTS = {
  useCaseId: text,
  sourceId: text,
  name: text,
  sourceKind: oneOf(DATA_SOURCE_KINDS),
  personalData: oneOf(PERSONAL_DATA_LEVELS),
  legalBasis: nullable(text),
  flag: integer,
  aspect: nullable(oneOf(CHECK_ASPECTS)),
};
type SourceFactRow = Decoded<typeof SOURCE_FACTS>;

/** The facts of each use case's data sources, from rows of SOURCE_FACTS. */
export function sourceFactsByUseCase(rows: readonly SourceFactRow[]) {
  const byUseCase = new Map<string, Map<string, SourceFacts & { checkedAspects: string[] }>>();
  for (const row of rows) {
    const ofUseCase = byUseCase.get(row.useCaseId) ?? new Map();
    const source = ofUseCase.get(row.sourceId) ?? {
      id: row.sourceId,
      name: row.name,
      kind: row.sourceKind,
      personalData: row.personalData,
      legalBasis: isLegalBasis(row.legalBasis) ? row.legalBasis : null,
      sentToVendor: row.flag === 1,
      checkedAspects: [],
    };
    if (row.aspect) source.checkedAspects.push(row.aspect);
    ofUseCase.set(row.sourceId, source);
    byUseCase.set(row.useCaseId, ofUseCase);
  }
  return new Map(
    [...byUseCase].map(([id, sources]): [string, SourceFacts[]] => [id, [...sources.values()]]),
  );
}

const SourceFactRow = sqlRow(SOURCE_FACTS);

/**
 * The data sources of some use cases of the organisation with their checks (see
 * SOURCE_FACTS), in the order they were recorded: one statement.
 */
export function readSourceFacts({
  orgId,
  useCaseIds,
}: {
  orgId: string;
  useCaseIds: readonly string[];
}) {
  return readRows(
    Prisma.sql`
    SELECT s."useCaseId", s."id" AS "sourceId", s."name", CAST(s."kind" AS TEXT) AS "sourceKind",
           CAST(s."personalData" AS TEXT) AS "personalData", s."legalBasis",
           CASE WHEN s."sentToVendor" THEN 1 ELSE 0 END AS "flag", CAST(k."aspect" AS TEXT) AS "aspect"
    FROM "DataSource" s
    LEFT JOIN "DataSourceCheck" k ON k."dataSourceId" = s."id" AND k."orgId" = s."orgId"
    WHERE s."orgId" = ${orgId} AND s."useCaseId" IN (${Prisma.join([...useCaseIds])})
    ORDER BY s."createdAt", s."id"`,
    SourceFactRow,
  );
}

const RoadmapDataBasisRow = taggedRows("kind", {
  /** A use case of the roadmap (not archived, not rejected); `name` is its title. */
  0: { useCaseId: text, name: text, status: oneOf(USE_CASE_STATUSES) },
  /** One of its data sources (see SOURCE_FACTS). */
  1: SOURCE_FACTS,
});

/**
 * The data basis of a roadmap's use cases (not archived, not rejected; at most 200), in
 * one statement: each use case (kind 0) and its data sources with their checks (kind 1).
 * Rows come in no promised order.
 */
export async function readRoadmapDataBasis({
  orgId,
  roadmapId,
}: {
  orgId: string;
  roadmapId: string;
}) {
  const rows = await readRows(
    Prisma.sql`
    WITH "chosen" AS (
      SELECT u."id", u."title", CAST(u."status" AS TEXT) AS "status"
      FROM "UseCase" u
      WHERE u."orgId" = ${orgId} AND u."roadmapId" = ${roadmapId} AND u."archivedAt" IS NULL
        AND u."status" <> 'rejected'
      ORDER BY u."id"
      LIMIT 200
    )
    SELECT 0 AS "kind", "chosen"."id" AS "useCaseId", "chosen"."title" AS "name", "chosen"."status",
           CAST(NULL AS TEXT) AS "sourceId", CAST(NULL AS TEXT) AS "sourceKind",
           CAST(NULL AS TEXT) AS "personalData", CAST(NULL AS TEXT) AS "legalBasis",
           CAST(NULL AS INTEGER) AS "flag", CAST(NULL AS TEXT) AS "aspect"
    FROM "chosen"
    UNION ALL
    SELECT 1, s."useCaseId", s."name", NULL, s."id", CAST(s."kind" AS TEXT),
           CAST(s."personalData" AS TEXT), s."legalBasis",
           CASE WHEN s."sentToVendor" THEN 1 ELSE 0 END, CAST(k."aspect" AS TEXT)
    FROM "chosen"
    JOIN "DataSource" s ON s."useCaseId" = "chosen"."id" AND s."orgId" = ${orgId}
    LEFT JOIN "DataSourceCheck" k ON k."dataSourceId" = s."id" AND k."orgId" = s."orgId"`,
    RoadmapDataBasisRow,
  );
  const sources = sourceFactsByUseCase(rows.filter((r) => r.kind === 1));
  return rows.flatMap((row) =>
    row.kind === 0
      ? [
          {
            id: row.useCaseId,
            title: row.name,
            status: row.status,
            sources: sources.get(row.useCaseId) ?? [],
          },
        ]
      : [],
  );
}
