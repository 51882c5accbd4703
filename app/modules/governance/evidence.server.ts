import type { IsoDate } from "../calendar/dates";
import { sourceFactsByUseCase } from "../data-sources/queries.server";
import { summariseDataReadiness } from "../data-sources/readiness";
import { byUser, personLiteracy, teamCoverage } from "../literacy/coverage";
import type { CompletionFact } from "../literacy/coverage";
import { summaryOfFigures } from "../oversight/queries.server";
import type { GovernanceEvidence } from "./evidence";
import type { RegisterRecord } from "./queries.server";

type Rows<K extends RegisterRecord["kind"]> = Extract<RegisterRecord, { kind: K }>[];
type TeamPerson = { userId: string; name: string; isOwner: boolean };

/**
 * The governance evidence of the register's use cases, by use case id, from the rows of
 * its statement (registerStatement): oversight of the last 30 days, AI literacy of the
 * team and the data basis, counted as each record's module counts them
 * (getOversightSummaries, getLiteracyCoverage, getDataReadiness; the tests hold them to
 * the same figures). The statement is scoped by orgId: records of another organisation
 * never count. A pure fold; rows may come in any order.
 */
export function evidenceByUseCase(
  rows: readonly RegisterRecord[],
  today: IsoDate,
): Map<string, GovernanceEvidence> {
  const useCases: Rows<0> = [];
  const teams = new Map<string, TeamPerson[]>();
  const completions: CompletionFact[] = [];
  const sourceRows: Rows<3> = [];
  for (const row of rows) {
    if (row.kind === 0) useCases.push(row);
    else if (row.kind === 1) {
      const team = teams.get(row.useCaseId) ?? [];
      team.push({ userId: row.userId, name: row.name, isOwner: row.flag === 1 });
      teams.set(row.useCaseId, team);
    } else if (row.kind === 2) {
      completions.push({
        userId: row.userId,
        trainingId: "",
        topic: row.topic,
        completedOn: row.day,
        validityMonths: row.months,
      });
    } else sourceRows.push(row);
  }
  const sources = sourceFactsByUseCase(sourceRows);
  const trained = new Set<string>();
  for (const [userId, list] of byUser(completions)) {
    if (personLiteracy(list, today).state === "trained") trained.add(userId);
  }
  return new Map(
    useCases.map((row): [string, GovernanceEvidence] => {
      const id = row.useCaseId;
      const readiness = summariseDataReadiness(sources.get(id) ?? []);
      return [
        id,
        {
          oversight: summaryOfFigures(row),
          literacy: teamCoverage(teamOrder(teams.get(id) ?? []), (userId) => trained.has(userId)),
          data: {
            sources: readiness.sources,
            fullyChecked: readiness.fullyChecked,
            openChecks: readiness.openChecks,
            openQuestions: readiness.openQuestions.length,
            state: readiness.state,
          },
        },
      ];
    }),
  );
}

/** The owner first, then the others by name (as the use case page lists the team). */
function teamOrder(team: readonly TeamPerson[]): TeamPerson[] {
  const owner = team.find((p) => p.isOwner);
  const others = team
    .filter((p) => !p.isOwner && p.userId !== owner?.userId)
    .sort((a, b) => a.name.localeCompare(b.name, "de"));
  return owner ? [owner, ...others] : others;
}
