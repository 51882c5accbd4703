import { Prisma, readRows } from "~/lib/db.server";
import { instant, integer, jsonObject, nullable, sqlRow, text } from "~/lib/sql-decode";

/*
 * The AI register's hand-written statement (see readRows): portable SQL, every WHERE
 * and JOIN scoped by orgId.
 */

/** How many use cases the register lists at most. */
export const REGISTER_LIMIT = 2000;

const RegisterUseCaseRow = sqlRow({
  id: text,
  title: text,
  area: text,
  status: text,
  archivedAt: nullable(instant),
  ownerName: nullable(text),
  roadmapTitle: nullable(text),
  drafts: integer,
  rulesetVersion: nullable(text),
  completedAt: nullable(instant),
  result: jsonObject,
});

/**
 * The organisation's use cases for the register, in one statement: owner and roadmap,
 * how many assessments are drafts, and the newest completed assessment (by completion,
 * then id). Live ones first by title, then archived ones as archived.
 */
export function readRegisterUseCases(orgId: string) {
  return readRows(
    Prisma.sql`
      SELECT u."id", u."title", u."area", u."status", u."archivedAt",
             o."name" AS "ownerName", r."title" AS "roadmapTitle",
             (SELECT COUNT(*) FROM "Assessment" d
              WHERE d."useCaseId" = u."id" AND d."orgId" = u."orgId" AND d."status" = 'draft') AS "drafts",
             a."rulesetVersion", a."completedAt", a."result"
      FROM "UseCase" u
      LEFT JOIN "User" o ON o."id" = u."ownerId"
      LEFT JOIN "Roadmap" r ON r."id" = u."roadmapId" AND r."orgId" = u."orgId"
      LEFT JOIN "Assessment" a ON a."id" = (
        SELECT l."id" FROM "Assessment" l
        WHERE l."useCaseId" = u."id" AND l."orgId" = u."orgId" AND l."status" = 'completed'
        ORDER BY l."completedAt" DESC, l."id" DESC
        LIMIT 1)
      WHERE u."orgId" = ${orgId}
      ORDER BY CASE WHEN u."archivedAt" IS NULL THEN 0 ELSE 1 END, u."archivedAt", u."title"
      LIMIT ${REGISTER_LIMIT}`,
    RegisterUseCaseRow,
  );
}
