import type { IsoDate } from "../calendar/dates";
import { summariseDataReadiness } from "../data-sources/readiness";
import { sourceFactsByUseCase } from "../data-sources/queries.server";
import type { CompletionFact } from "../literacy/coverage";
import { teamSection } from "../literacy/coverage.server";
import type { Person } from "../literacy/coverage.server";
import { teamsOf } from "../literacy/queries.server";
import { summaryOfFigures } from "../oversight/queries.server";
import { readUseCasePage, summaryOf } from "./queries.server";
import type { UseCasePageRow } from "./queries.server";
import { detailOf } from "./use-cases.server";

/** The rows of one kind of the page's statements, in their order. */
function ofKind<K extends UseCasePageRow["kind"]>(rows: readonly UseCasePageRow[], kind: K) {
  return rows.filter((row): row is Extract<UseCasePageRow, { kind: K }> => row.kind === kind);
}

/** The team section (see teamSection) from the page's team rows (kinds 7 to 10). */
function teamOf(rows: readonly UseCasePageRow[], today: IsoDate) {
  const [useCase] = teamsOf(ofKind(rows, 7));
  if (!useCase) return null;
  const members = new Map<string, Person>(
    ofKind(rows, 8).map((m) => [m.id, { userId: m.id, name: m.name, role: m.role }]),
  );
  const completions: CompletionFact[] = ofKind(rows, 9);
  return teamSection({ useCase, members, completions, planned: ofKind(rows, 10), today });
}

/**
 * What a use case's page shows: the use case with its assessment state, its oversight
 * (30-day figures, latest sessions, derived KPIs), its team with their AI literacy, its
 * data readiness and the closing review that stopped it. Null when the use case is not
 * the organisation's. Scoped by orgId; two statements (readUseCasePage).
 */
export async function getUseCasePage({
  orgId,
  useCaseId,
  today,
}: {
  orgId: string;
  useCaseId: string;
  today: IsoDate;
}) {
  const rows = await readUseCasePage({ orgId, useCaseId, today });
  const [row] = ofKind(rows, 0);
  const [figures] = ofKind(rows, 1);
  if (!row || !figures) return null;
  const [stop] = ofKind(rows, 5);
  const sources = sourceFactsByUseCase(ofKind(rows, 6)).get(useCaseId) ?? [];
  return {
    useCase: detailOf(summaryOf(row), ofKind(rows, 2)),
    oversight: {
      summary: { useCaseId: figures.useCaseId, ...summaryOfFigures(figures) },
      recent: ofKind(rows, 3).map(({ kind: _k, position: _p, ...review }) => review),
      kpis: ofKind(rows, 4).map(({ id, name, source }) => ({ id, name, source })),
    },
    team: teamOf(rows, today),
    dataReadiness: summariseDataReadiness(sources),
    stopDecision: stop
      ? {
          reason: stop.reason,
          completedAt: stop.completedAt?.toISOString() ?? null,
          roadmap: { id: stop.roadmapId, title: stop.roadmapTitle },
        }
      : null,
  };
}
export type UseCasePage = NonNullable<Awaited<ReturnType<typeof getUseCasePage>>>;
