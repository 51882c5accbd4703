/**
 * The life of a use case: candidate → selected → piloting → scaled, or rejected.
 *
 * DECISION: besides the next step forward, a use case may go back one step (a
 * selection made too early is undone, a pilot is paused before it runs) and be
 * rejected from any open state; a rejected one can be reopened as a candidate.
 * "scaled" is the end of the road: it can only be rejected later (switched off).
 * "stopped" is set only by a roadmap's closing review (decision "stop", with its reason);
 * like a rejected one, a stopped use case can be reopened as a candidate.
 */
export const USE_CASE_STATUSES = [
  "candidate",
  "selected",
  "piloting",
  "scaled",
  "rejected",
  "stopped",
] as const;
export type UseCaseStatus = (typeof USE_CASE_STATUSES)[number];

const NEXT: Record<UseCaseStatus, readonly UseCaseStatus[]> = {
  candidate: ["selected", "rejected"],
  selected: ["piloting", "candidate", "rejected"],
  piloting: ["scaled", "selected", "rejected"],
  scaled: ["rejected"],
  rejected: ["candidate"],
  stopped: ["candidate"],
};

/** The statuses a use case may move to from `from` (never includes `from` itself). */
export function nextStatuses(from: UseCaseStatus): readonly UseCaseStatus[] {
  return NEXT[from];
}

export function canTransition(from: UseCaseStatus, to: UseCaseStatus): boolean {
  return NEXT[from].includes(to);
}

/** Forward moves get the primary button; going back and rejecting are secondary. */
export function isForwardTransition(from: UseCaseStatus, to: UseCaseStatus): boolean {
  const order: readonly UseCaseStatus[] = ["candidate", "selected", "piloting", "scaled"];
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  return a >= 0 && b === a + 1;
}
