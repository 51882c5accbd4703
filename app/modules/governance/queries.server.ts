import { Prisma, readRows } from "~/lib/db.server";
import {
  calendarDay,
  instant,
  integer,
  jsonObject,
  nullable,
  oneOf,
  taggedRows,
  text,
} from "~/lib/sql-decode";
import type { RowOf } from "~/lib/sql-decode";
import { REGISTER_LIMIT } from "../assessments/queries.server";
import type { IsoDate } from "../calendar/dates";
import { SOURCE_FACTS } from "../data-sources/queries.server";
import { COUNTING_TOPICS, TRAINING_TOPICS } from "../literacy/fields";
import { OVERSIGHT_FIGURES, oversightFigures } from "../oversight/queries.server";

/*
 * The AI register's hand-written statement (see readRows): portable SQL, every WHERE
 * and JOIN scoped by orgId. Beside each use case of the register it reads what
 * oversight (summaries.server.ts), AI literacy (coverage.server.ts) and the data basis
 * (data-sources.server.ts) each read for themselves, in one round trip for the AI
 * register, its CSV and the report; the figures are worked out by the same pure
 * functions (evidence.server.ts).
 */

/** The register statement's row shapes, by kind (the report adds its own beside them). */
export const REGISTER_ROWS = {
  /**
   * A use case of the register (live ones by title, then archived ones as archived) with
   * its owner, roadmap, number of draft assessments, newest completed assessment (by
   * completion, then id) and its oversight of the last 30 days.
   */
  0: {
    /** Its place in the register. */
    rank: integer,
    useCaseId: text,
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
    ...OVERSIGHT_FIGURES,
  },
  /** A person on its team who is a member of the organisation (flag: the owner). */
  1: { useCaseId: text, userId: text, name: text, flag: integer },
  /** A completion of a training that counts for Art 4, by anyone of the organisation. */
  2: { userId: text, topic: oneOf(TRAINING_TOPICS), day: calendarDay, months: nullable(integer) },
  /** A data source of one of its use cases (see SOURCE_FACTS). */
  3: SOURCE_FACTS,
};

const RegisterRow = taggedRows("kind", REGISTER_ROWS);

/** The rows of the register statement, by kind. */
export type RegisterRecord = RowOf<typeof RegisterRow>;

/** The type PostgreSQL is told for a caller's own column (see registerStatement). */
export type ColumnType = "TEXT" | "INTEGER" | "TIMESTAMP";

/** Rows of the caller's own beside the register's (see registerStatement). */
export type BesideRegister = {
  /** The caller's columns, after the register's, with their types. */
  columns: Record<string, ColumnType>;
  /**
   * The caller's branches, each beginning with UNION ALL and selecting its kind (4 or
   * more), then `nulls` (the register's columns, empty), then its own columns in the
   * order given.
   */
  rows: (nulls: Prisma.Sql) => Prisma.Sql;
};

/** How many columns the register's rows have after "kind". */
const REGISTER_WIDTH = 29;

/**
 * The AI register of an organisation in one statement: its use cases (up to
 * REGISTER_LIMIT, chosen once by a CTE, with their place in the register: live ones by
 * title, then archived ones as archived) with their oversight figures (kind 0), their
 * teams (1), the organisation's counting training completions (2) and the use cases'
 * data sources with their checks (3); `beside`, a caller's own rows in the same
 * statement (the report's learnings and budget). Rows come in no order (no ORDER BY,
 * which would sort every row): the use cases carry theirs in "rank". The first branch
 * types every column for PostgreSQL; enum columns are text.
 *
 * For SQLite: the branches start from the CTE's rows (CROSS JOIN keeps it as the outer
 * loop; PostgreSQL reads it as a plain join), which otherwise builds an automatic index
 * on them for every branch; and the LIMIT is written out, as with a bound LIMIT SQLite
 * runs the CTE several times slower.
 */
export function registerStatement(
  { orgId, today }: { orgId: string; today: IsoDate },
  beside?: BesideRegister,
) {
  const columns = Object.entries(beside?.columns ?? {});
  const typed = Prisma.raw(
    columns.map(([name, type]) => `, CAST(NULL AS ${type}) AS "${name}"`).join(""),
  );
  const empty = Prisma.raw(columns.map(() => ", NULL").join(""));
  const nulls = Prisma.raw(Array.from({ length: REGISTER_WIDTH }, () => "NULL").join(", "));
  return Prisma.sql`
      WITH "chosen" AS (
        SELECT u."id",
               ROW_NUMBER() OVER (
                 ORDER BY CASE WHEN u."archivedAt" IS NULL THEN 0 ELSE 1 END, u."archivedAt", u."title"
               ) AS "rank"
        FROM "UseCase" u
        WHERE u."orgId" = ${orgId}
        ORDER BY "rank"
        LIMIT ${Prisma.raw(String(REGISTER_LIMIT))}
      )
      SELECT 0 AS "kind", "chosen"."rank", u."id" AS "useCaseId", u."title" AS "title",
             CAST(u."area" AS TEXT) AS "area", CAST(u."status" AS TEXT) AS "status",
             u."archivedAt" AS "archivedAt", o."name" AS "ownerName",
             r."title" AS "roadmapTitle",
             (SELECT COUNT(*) FROM "Assessment" d
              WHERE d."useCaseId" = u."id" AND d."orgId" = u."orgId" AND d."status" = 'draft') AS "drafts",
             a."rulesetVersion", a."completedAt", a."result",
             ${oversightFigures(today)},
             CAST(NULL AS TEXT) AS "userId", CAST(NULL AS TEXT) AS "name",
             CAST(NULL AS INTEGER) AS "flag", CAST(NULL AS TEXT) AS "topic",
             CAST(NULL AS TIMESTAMP) AS "day", CAST(NULL AS INTEGER) AS "months",
             CAST(NULL AS TEXT) AS "sourceId", CAST(NULL AS TEXT) AS "sourceKind",
             CAST(NULL AS TEXT) AS "personalData",
             CAST(NULL AS TEXT) AS "legalBasis", CAST(NULL AS TEXT) AS "aspect"${typed}
      FROM "chosen"
      JOIN "UseCase" u ON u."id" = "chosen"."id" AND u."orgId" = ${orgId}
      LEFT JOIN "User" o ON o."id" = u."ownerId"
      LEFT JOIN "Roadmap" r ON r."id" = u."roadmapId" AND r."orgId" = u."orgId"
      LEFT JOIN "Assessment" a ON a."id" = (
        SELECT l."id" FROM "Assessment" l
        WHERE l."useCaseId" = u."id" AND l."orgId" = u."orgId" AND l."status" = 'completed'
        ORDER BY l."completedAt" DESC, l."id" DESC
        LIMIT 1)
      UNION ALL
      -- The owner, if a member of the organisation.
      SELECT 1, NULL, u."id", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, p."id", p."name", 1,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL${empty}
      FROM "chosen"
      CROSS JOIN "UseCase" u
      JOIN "Membership" m ON m."orgId" = u."orgId" AND m."userId" = u."ownerId"
      JOIN "User" p ON p."id" = m."userId"
      WHERE u."id" = "chosen"."id" AND u."orgId" = ${orgId}
      UNION ALL
      -- The team's other people, if members of the organisation.
      SELECT 1, NULL, tm."useCaseId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, p."id", p."name", 0,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL${empty}
      FROM "chosen"
      CROSS JOIN "UseCaseMember" tm
      JOIN "Membership" m ON m."orgId" = tm."orgId" AND m."userId" = tm."userId"
      JOIN "User" p ON p."id" = m."userId"
      WHERE tm."useCaseId" = "chosen"."id" AND tm."orgId" = ${orgId}
      UNION ALL
      SELECT 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, c."userId", NULL, NULL,
             CAST(tr."topic" AS TEXT), c."completedOn", tr."validityMonths",
             NULL, NULL, NULL, NULL, NULL${empty}
      FROM "TrainingCompletion" c
      JOIN "Training" tr ON tr."id" = c."trainingId" AND tr."orgId" = c."orgId"
      WHERE c."orgId" = ${orgId}
        AND tr."topic" IN (${Prisma.join([...COUNTING_TOPICS])})
      UNION ALL
      SELECT 3, NULL, s."useCaseId", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, NULL, s."name",
             CASE WHEN s."sentToVendor" THEN 1 ELSE 0 END, NULL, NULL, NULL,
             s."id", CAST(s."kind" AS TEXT), CAST(s."personalData" AS TEXT), s."legalBasis",
             CAST(k."aspect" AS TEXT)${empty}
      FROM "chosen"
      CROSS JOIN "DataSource" s
      LEFT JOIN "DataSourceCheck" k ON k."dataSourceId" = s."id" AND k."orgId" = s."orgId"
      WHERE s."useCaseId" = "chosen"."id" AND s."orgId" = ${orgId}
      ${beside ? beside.rows(nulls) : Prisma.empty}`;
}

/** The AI register's statement (registerStatement) alone, its rows decoded. */
export function readRegister(scope: { orgId: string; today: IsoDate }) {
  return readRows(registerStatement(scope), RegisterRow);
}
