import type { IsoDate } from "../calendar/dates";
import { NO_EVIDENCE } from "../governance/evidence";
import { getGovernanceEvidence } from "../governance/evidence.server";
import { readRegisterUseCases } from "./queries.server";
import { documentationStatus, readStoredResult } from "./register";
import type { RegisterRow } from "./register";
import { toIsoDay } from "./rules";

/**
 * The AI register of an organisation: every use case (archived ones too, marked), with
 * the newest completed assessment's tier, roles, date, ruleset version and open
 * judgement flags, and its governance evidence as of `today` (oversight, AI literacy,
 * data basis). Scoped by orgId; a fixed number of round trips whatever the number of
 * use cases.
 */
export async function listRegister({
  orgId,
  today,
}: {
  orgId: string;
  today: IsoDate;
}): Promise<RegisterRow[]> {
  const rows = await readRegisterUseCases(orgId);
  const evidence = await getGovernanceEvidence({
    orgId,
    useCaseIds: rows.map((row) => row.id),
    today,
  });
  return rows.map((row): RegisterRow => {
    const result = row.result ? readStoredResult(row.result) : null;
    return {
      id: row.id,
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
      evidence: evidence.get(row.id) ?? NO_EVIDENCE,
    };
  });
}
