import { Prisma, readRows } from "~/lib/db.server";
import { instant, integer, nullable, oneOf, taggedRows, text } from "~/lib/sql-decode";
import type { IsoDate } from "../calendar/dates";
import { utcDateToIso } from "../calendar/dates";
import { REGISTER_ROWS, registerStatement } from "../governance/queries.server";
import type { RegisterRecord } from "../governance/queries.server";
import { LEARNING_KINDS } from "../roadmaps/learning-kinds";
import { phaseKind } from "../roadmaps/queries.server";

/*
 * The leadership report's own hand-written statement (see readRows): portable SQL,
 * every WHERE and JOIN scoped by orgId. The report's figures come from the dashboard,
 * its charts from the roadmap's KPI values; this reads what only the report shows.
 */

const ReportRow = taggedRows("kind", {
  ...REGISTER_ROWS,
  /** A learning (up to 200, oldest first). */
  4: {
    id: text,
    learningKind: oneOf(LEARNING_KINDS),
    label: text,
    phase: phaseKind,
    authorName: nullable(text),
    createdAt: instant,
  },
  /** A budget line, by phase, then as created. */
  5: {
    id: text,
    label: text,
    phase: phaseKind,
    position: integer,
    plannedCents: integer,
    actualCents: integer,
    createdAt: instant,
  },
});

/**
 * What only the report shows, in one statement: the organisation's AI register (its
 * statement's rows, kinds 0–3, see registerStatement; for registerRows) and beside it
 * the roadmap's learnings (kind 4) and budget lines (kind 5): row shapes side by side
 * rather than two round trips.
 */
export async function readReportRecords({
  orgId,
  roadmapId,
  today,
}: {
  orgId: string;
  roadmapId: string;
  today: IsoDate;
}) {
  const rows = await readRows(
    registerStatement(
      { orgId, today },
      {
        columns: {
          id: "TEXT",
          learningKind: "TEXT",
          label: "TEXT",
          phase: "TEXT",
          position: "INTEGER",
          authorName: "TEXT",
          createdAt: "TIMESTAMP",
          plannedCents: "INTEGER",
          actualCents: "INTEGER",
        },
        rows: (nulls) => Prisma.sql`
          UNION ALL
          SELECT 4, ${nulls}, "learnings".* FROM (
            SELECT l."id", CAST(l."kind" AS TEXT) AS "learningKind", l."text" AS "label",
                   CAST(p."kind" AS TEXT) AS "phase", 0 AS "position", u."name" AS "authorName",
                   l."createdAt", 0 AS "plannedCents", 0 AS "actualCents"
            FROM "Learning" l
            JOIN "Phase" p ON p."id" = l."phaseId" AND p."orgId" = l."orgId"
            LEFT JOIN "User" u ON u."id" = l."authorId"
            WHERE l."orgId" = ${orgId} AND l."roadmapId" = ${roadmapId}
            ORDER BY l."createdAt", l."id"
            LIMIT 200
          ) "learnings"
          UNION ALL
          SELECT 5, ${nulls}, b."id", NULL, b."label", CAST(p."kind" AS TEXT), p."position",
                 NULL, b."createdAt", b."plannedCents", b."actualCents"
          FROM "BudgetLine" b
          JOIN "Phase" p ON p."id" = b."phaseId" AND p."orgId" = b."orgId"
          WHERE b."orgId" = ${orgId} AND b."roadmapId" = ${roadmapId}`,
      },
    ),
    ReportRow,
  );
  const register: RegisterRecord[] = [];
  const learnings = [];
  const budgetLines = [];
  for (const row of rows) {
    if (row.kind === 4) {
      learnings.push({
        id: row.id,
        kind: row.learningKind,
        text: row.label,
        phase: row.phase,
        authorName: row.authorName,
        createdAt: row.createdAt,
      });
    } else if (row.kind === 5) {
      const { kind: _kind, ...line } = row;
      budgetLines.push(line);
    } else register.push(row);
  }
  // A UNION's rows come in no promised order.
  const byTime = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
    a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
  learnings.sort(byTime);
  budgetLines.sort((a, b) => a.position - b.position || byTime(a, b));
  return {
    register,
    learnings: learnings.map(({ createdAt, ...learning }) => ({
      ...learning,
      createdOn: utcDateToIso(createdAt),
    })),
    budgetLines: budgetLines.map(({ createdAt: _created, ...line }) => line),
  };
}
