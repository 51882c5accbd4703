// The kinds of a learning, and learnings grouped by them: plain data and a pure function,
// free of the form schemas (zod), so pages that only show learnings (the report, the
// decision paper) do not ship the form vocabulary to the browser.
export const LEARNING_KINDS = ["went_well", "to_change", "risk"] as const;
export type LearningKind = (typeof LEARNING_KINDS)[number];

/** Learnings by kind (went well / to change / risk), each list in the order given. */
export function groupLearnings<L extends { kind: string }>(
  learnings: readonly L[],
): Record<LearningKind, L[]> {
  const groups: Record<LearningKind, L[]> = { went_well: [], to_change: [], risk: [] };
  for (const learning of learnings) {
    const kind = LEARNING_KINDS.find((k) => k === learning.kind);
    if (kind) groups[kind].push(learning);
  }
  return groups;
}
