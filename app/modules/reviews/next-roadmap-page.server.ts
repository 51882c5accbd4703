import { Prisma, readRows } from "~/lib/db.server";
import type { DbEnum } from "~/lib/db-types";
import { LOCALES } from "~/lib/i18n/core";
import {
  calendarDay,
  instant,
  integer,
  nullable,
  oneOf,
  real,
  taggedRows,
  text,
} from "~/lib/sql-decode";
import type { Decoder } from "~/lib/sql-decode";
import { computePhaseDates, LENGTH_DAYS } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { KPI_CATEGORIES, KPI_DIRECTIONS, KPI_SOURCES, KPI_VALUE_KINDS } from "../kpis/fields";
import { getRoadmapKpiValues } from "../oversight/derived.server";
import { DECISION_KINDS } from "./form-fields";
import { carriedKpis, defaultStartDate, suggestTitle } from "./next-roadmap";
import type { PreviousKpi, ReviewDecision, ReviewedUseCase } from "./next-roadmap";

/*
 * The "next roadmap" page's reads (the proposal made from a completed closing review):
 * the roadmap with its successor, its review and decisions, and its KPIs in one
 * hand-written statement (see readRows), the KPIs' values in one more
 * (oversight/derived.server.ts). Portable SQL, every table scoped by orgId. Generating
 * the roadmap (reviews/next-roadmap.server.ts) reads with the ORM: it is a write.
 */

const locale: Decoder<DbEnum<"Locale">> = oneOf(LOCALES);

const NextRoadmapRow = taggedRows("kind", {
  /** The roadmap, with its successor and its review's completion (empty when none). */
  0: {
    id: text,
    title: text,
    startDate: calendarDay,
    lengthDays: integer,
    locale,
    successorId: nullable(text),
    successorTitle: nullable(text),
    completedAt: nullable(instant),
  },
  /** A decision of its review; the use case's columns empty when it is not the organisation's. */
  1: {
    id: text,
    title: nullable(text),
    useCaseId: nullable(text),
    ownerId: nullable(text),
    decision: oneOf(DECISION_KINDS),
    reason: text,
    rolloutUnits: integer,
  },
  /** An active KPI of the roadmap. */
  2: {
    id: text,
    title: text,
    useCaseId: nullable(text),
    ownerId: nullable(text),
    category: oneOf(KPI_CATEGORIES),
    unit: text,
    direction: oneOf(KPI_DIRECTIONS),
    valueKind: oneOf(KPI_VALUE_KINDS),
    source: oneOf(KPI_SOURCES),
    baseline: real,
    target: real,
  },
});

/**
 * A roadmap of the organisation (kind 0) with the one that follows it and when its
 * closing review was completed; its review's decisions with their use cases (kind 1, by
 * use case id); its active KPIs (kind 2, by id). One statement; no rows when the roadmap
 * is not the organisation's. The first branch types every column for PostgreSQL.
 */
export function readNextRoadmapRecords({ orgId, roadmapId }: { orgId: string; roadmapId: string }) {
  return readRows(
    Prisma.sql`
      SELECT 0 AS "kind", r."id", r."title", r."startDate", r."lengthDays",
             CAST(r."locale" AS TEXT) AS "locale", s."id" AS "successorId",
             s."title" AS "successorTitle", v."completedAt",
             CAST(NULL AS TEXT) AS "useCaseId", CAST(NULL AS TEXT) AS "ownerId",
             CAST(NULL AS TEXT) AS "decision", CAST(NULL AS TEXT) AS "reason",
             CAST(NULL AS INTEGER) AS "rolloutUnits", CAST(NULL AS TEXT) AS "category",
             CAST(NULL AS TEXT) AS "unit", CAST(NULL AS TEXT) AS "direction",
             CAST(NULL AS TEXT) AS "valueKind", CAST(NULL AS TEXT) AS "source",
             CAST(NULL AS DOUBLE PRECISION) AS "baseline",
             CAST(NULL AS DOUBLE PRECISION) AS "target"
      FROM "Roadmap" r
      LEFT JOIN "Roadmap" s ON s."predecessorId" = r."id" AND s."orgId" = r."orgId"
      LEFT JOIN "RoadmapReview" v ON v."roadmapId" = r."id" AND v."orgId" = r."orgId"
      WHERE r."orgId" = ${orgId} AND r."id" = ${roadmapId}
      UNION ALL
      SELECT 1, d."useCaseId", u."title", NULL, NULL, NULL, NULL, NULL, NULL,
             u."id", u."ownerId", CAST(d."decision" AS TEXT), d."reason", d."rolloutUnits",
             NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM "UseCaseDecision" d
      JOIN "RoadmapReview" v ON v."id" = d."reviewId" AND v."orgId" = d."orgId"
      LEFT JOIN "UseCase" u ON u."id" = d."useCaseId" AND u."orgId" = d."orgId"
      WHERE d."orgId" = ${orgId} AND v."roadmapId" = ${roadmapId}
      UNION ALL
      SELECT 2, k."id", k."name", NULL, NULL, NULL, NULL, NULL, NULL,
             k."useCaseId", k."ownerId", NULL, NULL, NULL, CAST(k."category" AS TEXT), k."unit",
             CAST(k."direction" AS TEXT), CAST(k."valueKind" AS TEXT), CAST(k."source" AS TEXT),
             k."baseline", k."target"
      FROM "Kpi" k
      WHERE k."orgId" = ${orgId} AND k."roadmapId" = ${roadmapId} AND k."archivedAt" IS NULL
      ORDER BY 1, 2`,
    NextRoadmapRow,
  );
}

type Scope = { orgId: string; roadmapId: string };

/**
 * What the "next roadmap" page shows: the form's defaults and the KPIs and use cases the
 * review carries, or why there is no form (review not completed, successor exists); null
 * when the roadmap is not the organisation's. The same page as
 * reviews/next-roadmap.server.ts's getNextRoadmapPage (its tests hold the two alike), in
 * two statements instead of eight.
 */
export async function getNextRoadmapPage({ orgId, roadmapId }: Scope & { orgSlug?: string }) {
  const [rows, valuesOf] = await Promise.all([
    readNextRoadmapRecords({ orgId, roadmapId }),
    getRoadmapKpiValues({ orgId, roadmapId }),
  ]);
  const [head] = rows;
  if (head?.kind !== 0) return null;
  const previous = { id: head.id, title: head.title };
  if (head.successorId !== null && head.successorTitle !== null) {
    return {
      state: "exists" as const,
      previous,
      successor: { id: head.successorId, title: head.successorTitle },
    };
  }
  if (head.completedAt === null) return { state: "not_ready" as const, previous };

  const useCases: ReviewedUseCase[] = [];
  const decisions: ReviewDecision[] = [];
  const kpis: PreviousKpi[] = [];
  for (const row of rows) {
    if (row.kind === 1) {
      decisions.push({
        useCaseId: row.id,
        decision: row.decision,
        reason: row.reason,
        rolloutUnits: row.rolloutUnits,
      });
      if (row.useCaseId !== null && row.title !== null) {
        useCases.push({ id: row.useCaseId, title: row.title, ownerId: row.ownerId });
      }
    } else if (row.kind === 2) {
      const { kind: _kind, title: name, ...kpi } = row;
      kpis.push({ ...kpi, name, measurements: valuesOf(kpi) });
    }
  }
  const span = { startDate: head.startDate, lengthDays: head.lengthDays };
  const input = {
    previous: { ...previous, ...span },
    locale: head.locale,
    useCases,
    decisions,
    kpis,
  };
  const titleOf = new Map(useCases.map((u) => [u.id, u.title]));
  const defaults = { startDate: defaultStartDate(span), lengthDays: LENGTH_DAYS.default };
  return {
    state: "ready" as const,
    previous: { ...previous, startDate: head.startDate },
    lengthRange: { min: LENGTH_DAYS.min, max: LENGTH_DAYS.max },
    defaults: {
      startDate: defaults.startDate,
      lengthDays: defaults.lengthDays,
      phaseDays: Object.fromEntries(
        computePhaseDates(defaults).map((p) => [p.kind, p.days]),
      ) as Record<PhaseKind, number>,
      title: suggestTitle(input),
    },
    kpis: carriedKpis(input).map((kpi) => ({
      id: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      useCase: kpi.useCaseId ? (titleOf.get(kpi.useCaseId) ?? "") : "",
      oldBaseline: kpi.baseline,
      baseline: kpi.newBaseline,
      baselineFromLast: kpi.baselineFromLast,
      target: kpi.target,
    })),
    useCases: [...decisions]
      .sort((a, b) =>
        (titleOf.get(a.useCaseId) ?? "").localeCompare(titleOf.get(b.useCaseId) ?? ""),
      )
      .map((d) => ({
        id: d.useCaseId,
        title: titleOf.get(d.useCaseId) ?? "",
        decision: d.decision,
        rolloutUnits: d.rolloutUnits,
      })),
  };
}
