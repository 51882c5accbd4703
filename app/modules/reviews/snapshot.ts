import { z } from "zod";
import { PHASES } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { USE_CASE_STATUSES } from "../use-cases/status";
import { DECISION_KINDS, needsReason } from "./form-fields";
import type { DecisionKind } from "./form-fields";
export { DECISION_KINDS, needsReason };
export type { DecisionKind };

/*
 * What a closing review looks at (the evidence) and what it keeps (the snapshot): the
 * evidence as it stood when the review was completed, with the decisions, the summary
 * and who completed it. The decision paper is rendered from the snapshot only, so later
 * edits of KPIs, use cases or budget never change a paper leadership has read. The
 * shape is written down as a schema: a stored snapshot is read through it, and a
 * snapshot of another version (or a broken one) reads as null, never as a crash.
 */

/** The snapshot's format; a reader refuses other versions rather than guessing. */
export const SNAPSHOT_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const phaseKind = z.enum(PHASES.map((p) => p.kind) as [PhaseKind, ...PhaseKind[]]);

const KpiEvidenceSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(["higher_is_better", "lower_is_better"]),
  baseline: z.number(),
  target: z.number(),
  useCaseId: z.string().nullable(),
  last: z.number().nullable(),
  progress: z.number().nullable(),
  verdict: z.enum(["met", "partly", "missed", "no_data"]),
  trend: z.enum(["improving", "steady", "worsening"]).nullable(),
});

const ObligationEvidenceSchema = z.object({
  code: z.string(),
  /** When it applies by law (YYYY-MM-DD), if known. */
  appliesFrom: isoDate.nullable(),
});

const UseCaseEvidenceSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(USE_CASE_STATUSES),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  score: z.number(),
  /** The AI Act tier of the newest completed assessment; null: not assessed. */
  tier: z.enum(["outside", "prohibited", "high_risk", "limited", "minimal"]).nullable(),
  /** Its obligations whose task on this roadmap is not done (or that have none). */
  openObligations: z.array(ObligationEvidenceSchema),
  obligationsTotal: z.number(),
  hoursSavedPerWeek: z.number(),
  hourlyCostCents: z.number(),
  /** hours per week × hourly cost × the roadmap's weeks (its days ÷ 7, see valueWeeks). */
  valueCents: z.number(),
  oversight: z
    .object({
      reviewsLast30Days: z.number(),
      outputsReviewedLast30Days: z.number(),
      correctionRateLast30Days: z.number().nullable(),
      openHighIncidents: z.number(),
      lastIncident: z.object({ date: isoDate, severity: z.string() }).nullable(),
    })
    .nullable(),
});

const LearningEvidenceSchema = z.object({
  id: z.string(),
  text: z.string(),
  phase: phaseKind,
  authorName: z.string().nullable(),
});

const PhaseBudgetSchema = z.object({
  kind: phaseKind,
  position: z.number(),
  budget: z.object({ plannedCents: z.number(), actualCents: z.number() }),
});

export const ReviewEvidenceSchema = z.object({
  roadmap: z.object({
    id: z.string(),
    title: z.string(),
    startDate: isoDate,
    endDate: isoDate,
    budgetCents: z.number(),
  }),
  /** The weeks the euro value of saved hours counts (the roadmap's 90 days). */
  valueWeeks: z.number(),
  kpis: z.array(KpiEvidenceSchema),
  useCases: z.array(UseCaseEvidenceSchema),
  learnings: z.object({
    went_well: z.array(LearningEvidenceSchema),
    to_change: z.array(LearningEvidenceSchema),
    risk: z.array(LearningEvidenceSchema),
  }),
  budget: z.array(PhaseBudgetSchema),
});
export type ReviewEvidence = z.infer<typeof ReviewEvidenceSchema>;
export type KpiEvidence = ReviewEvidence["kpis"][number];
export type UseCaseEvidence = ReviewEvidence["useCases"][number];
export type LearningEvidence = z.infer<typeof LearningEvidenceSchema>;

export const DecisionSchema = z.object({
  useCaseId: z.string(),
  decision: z.enum(DECISION_KINDS),
  reason: z.string(),
  rolloutUnits: z.number(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const ReviewSnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  evidence: ReviewEvidenceSchema,
  decisions: z.array(DecisionSchema),
  summary: z.string(),
  completedAt: z.string(),
  completedByName: z.string().nullable(),
});
export type ReviewSnapshot = z.infer<typeof ReviewSnapshotSchema>;

/** A stored snapshot, or null when it is missing, of another version or broken. */
export function readSnapshot(json: unknown): ReviewSnapshot | null {
  const parsed = ReviewSnapshotSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Planned and actual money per phase, every phase listed (also at 0), in phase order. */
export function budgetByPhase(
  lines: readonly { phase: PhaseKind; plannedCents: number; actualCents: number }[],
) {
  return PHASES.map((p) => {
    const mine = lines.filter((l) => l.phase === p.kind);
    return {
      kind: p.kind,
      position: p.position,
      budget: {
        plannedCents: mine.reduce((sum, l) => sum + l.plannedCents, 0),
        actualCents: mine.reduce((sum, l) => sum + l.actualCents, 0),
      },
    };
  });
}
