import { db } from "~/lib/db.server";
import { getDataReadiness } from "./data-sources.server";
import { dataBasisWarnings, findDataBasisCriterion } from "./gate";
import type { DataBasisWarning } from "./gate";

export type DataBasisGateWarning = {
  /** The checklist's "Datenbasis geprüft" criterion; null when the checklist has none. */
  criterionId: string | null;
  warnings: DataBasisWarning[];
};

/**
 * For the analysis phase's gate: the roadmap's use cases (not archived) whose data
 * basis is not checked, and which criterion is the data criterion. Null for other
 * phases and when nothing is open. Scoped by orgId; three queries at most.
 */
export async function getDataBasisGateWarning({
  orgId,
  roadmapId,
  phase,
}: {
  orgId: string;
  roadmapId: string;
  phase: { kind: string; exitCriteria: readonly { id: string; text: string }[] };
}): Promise<DataBasisGateWarning | null> {
  if (phase.kind !== "analysis") return null;
  const useCases = await db.useCase.findMany({
    where: { orgId, roadmapId, archivedAt: null, status: { not: "rejected" } },
    take: 200,
    select: { id: true, title: true, status: true },
  });
  if (useCases.length === 0) return null;
  const readiness = await getDataReadiness({ orgId, useCaseIds: useCases.map((u) => u.id) });
  const warnings = dataBasisWarnings(useCases.map((u) => ({ ...u, readiness: readiness[u.id]! })));
  if (warnings.length === 0) return null;
  return { criterionId: findDataBasisCriterion(phase.exitCriteria)?.id ?? null, warnings };
}
