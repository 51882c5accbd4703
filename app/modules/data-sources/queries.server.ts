import { Prisma, readRows } from "~/lib/db.server";
import {
  calendarDay,
  instant,
  integer,
  nullable,
  oneOf,
  sqlRow,
  taggedRows,
  text,
} from "~/lib/sql-decode";
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
 * The statement of readSourceFacts (the columns of SOURCE_FACTS, and "position": the
 * row's place in that order), also part of the use case page's.
 */
export function sourceFactsOf({
  orgId,
  useCaseIds,
}: {
  orgId: string;
  useCaseIds: readonly string[];
}) {
  return Prisma.sql`
    SELECT s."useCaseId", s."id" AS "sourceId", s."name", CAST(s."kind" AS TEXT) AS "sourceKind",
           CAST(s."personalData" AS TEXT) AS "personalData", s."legalBasis",
           CASE WHEN s."sentToVendor" THEN 1 ELSE 0 END AS "flag", CAST(k."aspect" AS TEXT) AS "aspect",
           ROW_NUMBER() OVER (ORDER BY s."createdAt", s."id") AS "position"
    FROM "DataSource" s
    LEFT JOIN "DataSourceCheck" k ON k."dataSourceId" = s."id" AND k."orgId" = s."orgId"
    WHERE s."orgId" = ${orgId} AND s."useCaseId" IN (${Prisma.join([...useCaseIds])})
    ORDER BY s."createdAt", s."id"`;
}

/**
 * The data sources of some use cases of the organisation with their checks (see
 * SOURCE_FACTS), in the order they were recorded: one statement.
 */
export function readSourceFacts(of: { orgId: string; useCaseIds: readonly string[] }) {
  return readRows(sourceFactsOf(of), SourceFactRow);
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

const SourcePageRow = taggedRows("kind", {
  /** The use case (no row: not this organisation's); `name` is its title. */
  0: { id: text, name: text, status: oneOf(USE_CASE_STATUSES), archivedAt: nullable(instant) },
  /** A data source, once per recorded check (check columns empty when it has none). */
  1: {
    id: text,
    useCaseId: text,
    name: text,
    systemOfRecord: text,
    ownerId: nullable(text),
    ownerName: nullable(text),
    sourceKind: oneOf(DATA_SOURCE_KINDS),
    personalData: oneOf(PERSONAL_DATA_LEVELS),
    legalBasis: nullable(text),
    retention: text,
    flag: integer,
    version: integer,
    position: integer,
    aspect: nullable(oneOf(CHECK_ASPECTS)),
    checkedOn: nullable(calendarDay),
    checkedByName: nullable(text),
    note: nullable(text),
  },
});

/**
 * A use case's data-source pages in one statement: the use case (kind 0) and its data
 * sources in the order they were recorded (up to 200; `position`), each with its
 * checks, who made them and their owner's name (kind 1). With `dataSourceId`, only
 * that source. Rows come in no promised order.
 */
export function readDataSourcePage({
  orgId,
  useCaseId,
  dataSourceId,
}: {
  orgId: string;
  useCaseId: string;
  dataSourceId?: string;
}) {
  const only = dataSourceId === undefined ? Prisma.empty : Prisma.sql`AND s."id" = ${dataSourceId}`;
  return readRows(
    Prisma.sql`
    WITH "chosen" AS (
      SELECT s."id", ROW_NUMBER() OVER (ORDER BY s."createdAt", s."id") AS "position"
      FROM "DataSource" s
      WHERE s."orgId" = ${orgId} AND s."useCaseId" = ${useCaseId} ${only}
      ORDER BY s."createdAt", s."id"
      LIMIT 200
    )
    SELECT 0 AS "kind", u."id", CAST(NULL AS TEXT) AS "useCaseId", u."title" AS "name",
           CAST(u."status" AS TEXT) AS "status", u."archivedAt",
           CAST(NULL AS TEXT) AS "systemOfRecord", CAST(NULL AS TEXT) AS "ownerId",
           CAST(NULL AS TEXT) AS "ownerName", CAST(NULL AS TEXT) AS "sourceKind",
           CAST(NULL AS TEXT) AS "personalData", CAST(NULL AS TEXT) AS "legalBasis",
           CAST(NULL AS TEXT) AS "retention", 0 AS "flag", 0 AS "version", 0 AS "position",
           CAST(NULL AS TEXT) AS "aspect", CAST(NULL AS TIMESTAMP) AS "checkedOn",
           CAST(NULL AS TEXT) AS "checkedByName", CAST(NULL AS TEXT) AS "note"
    FROM "UseCase" u
    WHERE u."orgId" = ${orgId} AND u."id" = ${useCaseId}
    UNION ALL
    SELECT 1, s."id", s."useCaseId", s."name", NULL, NULL, s."systemOfRecord", s."ownerId",
           o."name", CAST(s."kind" AS TEXT), CAST(s."personalData" AS TEXT), s."legalBasis",
           s."retention", CASE WHEN s."sentToVendor" THEN 1 ELSE 0 END, s."version",
           "chosen"."position", CAST(k."aspect" AS TEXT), k."checkedOn", p."name", k."note"
    FROM "chosen"
    JOIN "DataSource" s ON s."id" = "chosen"."id" AND s."orgId" = ${orgId}
    LEFT JOIN "User" o ON o."id" = s."ownerId"
    LEFT JOIN "DataSourceCheck" k ON k."dataSourceId" = s."id" AND k."orgId" = s."orgId"
    LEFT JOIN "User" p ON p."id" = k."checkedById"`,
    SourcePageRow,
  );
}
