import type { IsoDate } from "../calendar/dates";
import { computePhaseDates, dueDateForWeek } from "../calendar/phase-dates";
import type { PhaseKind, RoadmapSpan } from "../calendar/phase-dates";

export type PlacementPhase = { kind: PhaseKind; gateApproved: boolean };

export type Placement = { phase: PhaseKind; dueDate: IsoDate };

/** Where a newly planned obligation went: its task's title, phase and due date. */
export type PlacedObligation = Placement & { title: string };

/**
 * Where an obligation planned as a task goes (issue 15): never into a phase that has
 * ended or whose gate is approved, never due in the past.
 *
 * - The phase: the obligation's suggested phase while it is still ahead or running and
 *   its gate is open; otherwise the phase running today (or, before the roadmap starts
 *   or while today's phase is closed, the next open one).
 * - The due date: the chosen phase's last working day (before its gate), but no later
 *   than the day the duty applies from when that is still ahead, and not before today.
 *   A legal date before the suggested phase begins pulls the task into the phase that
 *   date falls in, if that one is open.
 *
 * Null when no phase is open any more (every gate approved or the roadmap over).
 */
export function placeObligation({
  roadmap,
  today,
  suggested,
  phases,
  appliesFrom,
}: {
  roadmap: RoadmapSpan;
  today: IsoDate;
  suggested: PhaseKind;
  phases: readonly PlacementPhase[];
  /** The day the duty applies from; undefined when the ruleset names none. */
  appliesFrom?: IsoDate;
}): Placement | null {
  const approved = new Set(phases.filter((p) => p.gateApproved).map((p) => p.kind));
  const open = computePhaseDates(roadmap).filter(
    (p) => p.endDate >= today && !approved.has(p.kind),
  );
  if (open.length === 0) return null;
  const legal = appliesFrom !== undefined && appliesFrom >= today ? appliesFrom : null;

  // The suggested phase if open; else the first open one (today's, or the next).
  let phase = open.find((p) => p.kind === suggested) ?? open[0]!;
  if (legal !== null && legal < phase.startDate) {
    phase = open.find((p) => p.startDate <= legal && legal <= p.endDate) ?? open[0]!;
  }
  let due = dueDateForWeek(roadmap, phase.endWeek);
  if (due > phase.endDate) due = phase.endDate;
  if (legal !== null && legal < due) due = legal;
  if (due < today) due = today;
  if (due < phase.startDate) due = phase.startDate;
  return { phase: phase.kind, dueDate: due };
}
