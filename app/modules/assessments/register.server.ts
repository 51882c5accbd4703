import type { IsoDate } from "../calendar/dates";
import { NO_EVIDENCE } from "../governance/evidence";
import { evidenceByUseCase } from "../governance/evidence.server";
import { readRegister } from "../governance/queries.server";
import type { RegisterRecord } from "../governance/queries.server";
import { documentationStatus, readStoredResult } from "./register";
import type { RegisterRow } from "./register";
import { toIsoDay } from "./rules";

/**
 * The AI register of an organisation: every use case (archived ones too, marked), with
 * the newest completed assessment's tier, roles, date, ruleset version and open
 * judgement flags, and its governance evidence as of `today` (oversight, AI literacy,
 * data basis). Scoped by orgId; one statement whatever the number of use cases.
 */
export async function listRegister({
  orgId,
  today,
}: {
  orgId: string;
  today: IsoDate;
}): Promise<RegisterRow[]> {
  return registerRows(await readRegister({ orgId, today }), today);
}

/**
 * The register's rows from its statement's (registerStatement; the report reads them
 * beside its own): its use cases in the register's order, each with its evidence.
 */
export function registerRows(records: readonly RegisterRecord[], today: IsoDate): RegisterRow[] {
  const evidence = evidenceByUseCase(records, today);
  const useCases = records.flatMap((row) => (row.kind === 0 ? [row] : []));
  useCases.sort((a, b) => a.rank - b.rank);
  return useCases.map((row): RegisterRow => {
    const result = row.result ? readStoredResult(row.result) : null;
    return {
      id: row.useCaseId,
      title: row.title,
      area: row.area,
      status: row.status,
      isArchived: row.archivedAt !== null,
      ownerName: row.ownerName,
      roadmapTitle: row.roadmapTitle,
      tier: result?.tier ?? null,
      roles: result?.roles ?? [],
      // The day in Germany, where the organisation works.
      assessedOn: row.completedAt ? toIsoDay(row.completedAt) : null,
      rulesetVersion: row.rulesetVersion,
      openJudgements: result?.judgements.length ?? 0,
      documentation: documentationStatus({
        completedRulesetVersion: row.rulesetVersion,
        hasDraft: row.drafts > 0,
      }),
      evidence: evidence.get(row.useCaseId) ?? NO_EVIDENCE,
    };
  });
}
