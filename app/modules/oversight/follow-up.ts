import { compareIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { currentPhase } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";
import { defaultDueDate } from "../tasks/due-date";

/**
 * The phase a follow-up task of an incident goes into: the roadmap's current phase;
 * before the start the first, after the end the last (work still belongs to the plan).
 */
export function followUpPhase(roadmapStart: IsoDate, today: IsoDate): PhaseKind {
  return (
    currentPhase(roadmapStart, today) ??
    (compareIso(today, roadmapStart) < 0 ? "analysis" : "scale")
  );
}

/** Phase and the due date a follow-up task starts with: the end of this plan week. */
export function followUpDefaults(roadmapStart: IsoDate, today: IsoDate) {
  const phase = followUpPhase(roadmapStart, today);
  return { phase, dueDate: defaultDueDate(roadmapStart, phase, today) };
}
