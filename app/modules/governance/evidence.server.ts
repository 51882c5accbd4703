import type { IsoDate } from "../calendar/dates";
import { getDataReadiness } from "../data-sources/data-sources.server";
import { getLiteracyCoverage } from "../literacy/coverage.server";
import { getOversightSummaries } from "../oversight/summaries.server";
import { NO_EVIDENCE } from "./evidence";
import type { GovernanceEvidence } from "./evidence";

/**
 * The governance evidence of some use cases of one organisation, by use case id: each
 * record's module answers for its own figures (oversight summaries, literacy coverage,
 * data readiness), all asked at once. Scoped by orgId in each of them: records of
 * another organisation never count, and an id of another organisation reads as "no
 * records". A fixed number of round trips, however many use cases.
 */
export async function getGovernanceEvidence({
  orgId,
  useCaseIds,
  today,
}: {
  orgId: string;
  useCaseIds: readonly string[];
  today: IsoDate;
}): Promise<Map<string, GovernanceEvidence>> {
  const ids = [...new Set(useCaseIds)];
  if (ids.length === 0) return new Map();
  const [oversight, literacy, data] = await Promise.all([
    getOversightSummaries({ orgId, useCaseIds: ids, today }),
    getLiteracyCoverage({ orgId, useCaseIds: ids, today }),
    getDataReadiness({ orgId, useCaseIds: ids }),
  ]);
  const oversightBy = new Map(oversight.map(({ useCaseId, ...summary }) => [useCaseId, summary]));
  return new Map(
    ids.map((id) => {
      const readiness = data[id];
      return [
        id,
        {
          oversight: oversightBy.get(id) ?? NO_EVIDENCE.oversight,
          literacy: literacy[id] ?? NO_EVIDENCE.literacy,
          data: readiness
            ? {
                sources: readiness.sources,
                fullyChecked: readiness.fullyChecked,
                openChecks: readiness.openChecks,
                openQuestions: readiness.openQuestions.length,
                state: readiness.state,
              }
            : NO_EVIDENCE.data,
        },
      ];
    }),
  );
}
