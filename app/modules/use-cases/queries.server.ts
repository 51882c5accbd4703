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
import { isRiskTier } from "../assessments/register";
import { USE_CASE_AREAS } from "./fields";
import { USE_CASE_STATUSES } from "./status";
import type { UseCaseStatus } from "./status";

/*
 * The use-case list's hand-written statement (see readRows): portable SQL, scoped by
 * orgId, decoded by its row schema.
 */

const UseCaseSummaryRow = sqlRow({
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
});

/** Use cases as lists and pages show them (see readUseCaseSummaries), `where` on `u`. */
async function summaryRows(where: Prisma.Sql, limit: number) {
  const rows = await readRows(
    Prisma.sql`
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
    LIMIT ${limit}`,
    UseCaseSummaryRow,
  );
  return rows.map(({ ownerName, roadmapTitle, tier, ...row }) => ({
    ...row,
    owner: ownerName === null ? null : { name: ownerName },
    roadmap: roadmapTitle === null ? null : { title: roadmapTitle },
    tier: isRiskTier(tier) ? tier : null,
  }));
}

/**
 * An organisation's use cases in the order they were created, each with its owner's
 * name, its roadmap's title and the tier of its newest completed assessment (null: none,
 * or a value the register does not know): one statement.
 */
export function readUseCaseSummaries({
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
  return summaryRows(
    Prisma.sql`u."orgId" = ${orgId}
      AND u."archivedAt" IS ${archived ? Prisma.sql`NOT NULL` : Prisma.sql`NULL`}
      ${statuses ? Prisma.sql`AND u."status" IN (${Prisma.join([...statuses])})` : Prisma.empty}`,
    limit,
  );
}

/** One use case of the organisation as readUseCaseSummaries gives it, or null: one statement. */
export async function readUseCaseSummary({
  orgId,
  useCaseId,
}: {
  orgId: string;
  useCaseId: string;
}) {
  const [row] = await summaryRows(Prisma.sql`u."orgId" = ${orgId} AND u."id" = ${useCaseId}`, 1);
  return row ?? null;
}

const AssessmentRow = sqlRow({
  id: text,
  status: oneOf(["draft", "completed"] as const),
  tier: nullable(text),
  rulesetVersion: text,
  completedAt: nullable(instant),
  createdAt: instant,
  authorName: nullable(text),
});

/** A use case's latest assessments, newest first, with their author's name: one statement. */
export function readAssessmentHistory({
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
    SELECT a."id", CAST(a."status" AS TEXT) AS "status", a."tier", a."rulesetVersion",
           a."completedAt", a."createdAt", p."name" AS "authorName"
    FROM "Assessment" a
    LEFT JOIN "User" p ON p."id" = a."authorId"
    WHERE a."orgId" = ${orgId} AND a."useCaseId" = ${useCaseId}
    ORDER BY a."createdAt" DESC, a."id" DESC
    LIMIT ${limit}`,
    AssessmentRow,
  );
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
