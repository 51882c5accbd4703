export const ROADMAP_STATUSES = ["draft", "active", "completed", "archived"] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** A phase gate: open → requested → approved or rejected (then requested again). */
export const GATE_STATUSES = ["open", "requested", "approved", "rejected"] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];

/**
 * The roadmap's life: draft → active → completed → archived, one step at a time.
 * Ways back, because people make mistakes: an active roadmap can return to draft
 * (started too early), a completed one can be reopened, and an archived one is
 * restored as a draft. A draft that will never run can be archived directly.
 */
const TRANSITIONS: Record<RoadmapStatus, readonly RoadmapStatus[]> = {
  draft: ["active", "archived"],
  active: ["completed", "draft"],
  completed: ["archived", "active"],
  archived: ["draft"],
};

export function nextStatuses(status: RoadmapStatus): readonly RoadmapStatus[] {
  return TRANSITIONS[status];
}

export function canTransition(from: RoadmapStatus, to: RoadmapStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isRoadmapStatus(value: unknown): value is RoadmapStatus {
  return typeof value === "string" && (ROADMAP_STATUSES as readonly string[]).includes(value);
}
