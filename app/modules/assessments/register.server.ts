import { db } from "~/lib/db.server";
import type { IsoDate } from "../calendar/dates";
import { NO_EVIDENCE } from "../governance/evidence";
import { getGovernanceEvidence } from "../governance/evidence.server";
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
  const rows = await db.useCase.findMany({
    where: { orgId },
    orderBy: [{ archivedAt: "asc" }, { title: "asc" }],
    take: 2000,
    select: {
      id: true,
      title: true,
      area: true,
      status: true,
      archivedAt: true,
      owner: { select: { name: true } },
      roadmap: { select: { title: true } },
      _count: { select: { assessments: { where: { orgId, status: "draft" } } } },
      assessments: {
        where: { orgId, status: "completed" },
        orderBy: { completedAt: "desc" },
        take: 1,
        select: { rulesetVersion: true, completedAt: true, result: true },
      },
    },
  });
  const evidence = await getGovernanceEvidence({
    orgId,
    useCaseIds: rows.map((row) => row.id),
    today,
  });
  const shaped = rows.map((row): RegisterRow => {
    const latest = row.assessments[0];
    const result = latest ? readStoredResult(latest.result) : null;
    return {
      id: row.id,
      title: row.title,
      area: row.area,
      status: row.status,
      isArchived: row.archivedAt !== null,
      ownerName: row.owner?.name ?? null,
      roadmapTitle: row.roadmap?.title ?? null,
      tier: result?.tier ?? null,
      roles: result?.roles ?? [],
      // The day in Germany, where the organisation works.
      assessedOn: latest?.completedAt ? toIsoDay(latest.completedAt) : null,
      rulesetVersion: latest?.rulesetVersion ?? null,
      openJudgements: result?.judgements.length ?? 0,
      documentation: documentationStatus({
        completedRulesetVersion: latest?.rulesetVersion ?? null,
        hasDraft: row._count.assessments > 0,
      }),
      evidence: evidence.get(row.id) ?? NO_EVIDENCE,
    };
  });
  // Archived last (SQLite sorts NULL first, PostgreSQL last: sort here to be sure).
  return shaped.sort((a, b) => Number(a.isArchived) - Number(b.isArchived));
}
