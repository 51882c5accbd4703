import { Prisma, readRows } from "~/lib/db.server";
import { instant, integer, nullable, oneOf, taggedRows, text } from "~/lib/sql-decode";
import { utcDateToIso } from "../calendar/dates";
import { LEARNING_KINDS } from "../roadmaps/learning-kinds";
import { phaseKind } from "../roadmaps/queries.server";

/*
 * The leadership report's own hand-written statement (see readRows): portable SQL,
 * every WHERE and JOIN scoped by orgId. The report's figures come from the dashboard,
 * its charts from the roadmap's KPI values; this reads what only the report shows.
 */

const ReportRow = taggedRows("kind", {
  /** A learning (up to 200, oldest first). */
  0: {
    id: text,
    learningKind: oneOf(LEARNING_KINDS),
    label: text,
    phase: phaseKind,
    authorName: nullable(text),
    createdAt: instant,
  },
  /** A budget line, by phase, then as created. */
  1: {
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
 * The roadmap's learnings (kind 0) and budget lines (kind 1) in one statement: row
 * shapes side by side rather than two round trips. The learnings come first in the
 * statement, typed, so PostgreSQL types the UNION's columns from real values.
 */
export async function readLearningsAndBudget({
  orgId,
  roadmapId,
}: {
  orgId: string;
  roadmapId: string;
}) {
  const rows = await readRows(
    Prisma.sql`
      SELECT * FROM (
        SELECT 0 AS "kind", l."id", l."kind" AS "learningKind", l."text" AS "label",
               p."kind" AS "phase", 0 AS "position", u."name" AS "authorName",
               l."createdAt", 0 AS "plannedCents", 0 AS "actualCents"
        FROM "Learning" l
        JOIN "Phase" p ON p."id" = l."phaseId" AND p."orgId" = l."orgId"
        LEFT JOIN "User" u ON u."id" = l."authorId"
        WHERE l."orgId" = ${orgId} AND l."roadmapId" = ${roadmapId}
        ORDER BY l."createdAt", l."id"
        LIMIT 200
      ) learnings
      UNION ALL
      SELECT 1, b."id", NULL, b."label", p."kind", p."position", NULL, b."createdAt",
             b."plannedCents", b."actualCents"
      FROM "BudgetLine" b
      JOIN "Phase" p ON p."id" = b."phaseId" AND p."orgId" = b."orgId"
      WHERE b."orgId" = ${orgId} AND b."roadmapId" = ${roadmapId}`,
    ReportRow,
  );
  const learnings = [];
  const budgetLines = [];
  for (const row of rows) {
    if (row.kind === 0) {
      learnings.push({
        id: row.id,
        kind: row.learningKind,
        text: row.label,
        phase: row.phase,
        authorName: row.authorName,
        createdAt: row.createdAt,
      });
    } else {
      const { kind: _kind, ...line } = row;
      budgetLines.push(line);
    }
  }
  // A UNION's rows come in no promised order.
  const byTime = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
    a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
  learnings.sort(byTime);
  budgetLines.sort((a, b) => a.position - b.position || byTime(a, b));
  return {
    learnings: learnings.map(({ createdAt, ...learning }) => ({
      ...learning,
      createdOn: utcDateToIso(createdAt),
    })),
    budgetLines: budgetLines.map(({ createdAt: _created, ...line }) => line),
  };
}
