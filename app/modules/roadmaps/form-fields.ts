import type { PhaseKind } from "../calendar/phase-dates";

/* The new-roadmap form's field names, apart from schema.ts (zod) for the form's browser code. */

/** The form fields of a template KPI on the new-roadmap form: ticked, baseline, target. */
export function templateKpiField(key: string, part?: "baseline" | "target") {
  return part ? `kpi.${key}.${part}` : `kpi.${key}`;
}

/** The phase owner fields: each phase's tasks go to one person. */
export const PHASE_OWNER_FIELDS = {
  analysis: "analysisOwnerId",
  pilot: "pilotOwnerId",
  scale: "scaleOwnerId",
} as const satisfies Record<PhaseKind, string>;
