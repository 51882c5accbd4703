import { readRoadmapDataBasis } from "./queries.server";
import { summariseDataReadiness } from "./readiness";
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
 * phases and when nothing is open. Scoped by orgId; one round trip.
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
  const useCases = await readRoadmapDataBasis({ orgId, roadmapId });
  if (useCases.length === 0) return null;
  const warnings = dataBasisWarnings(
    useCases.map((u) => ({ ...u, readiness: summariseDataReadiness(u.sources) })),
  );
  if (warnings.length === 0) return null;
  return { criterionId: findDataBasisCriterion(phase.exitCriteria)?.id ?? null, warnings };
}
