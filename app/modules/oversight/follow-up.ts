import type { IsoDate } from "../calendar/dates";
import { phaseForToday } from "../calendar/phase-dates";
import type { RoadmapSpan } from "../calendar/phase-dates";
import { defaultDueDate } from "../tasks/due-date";

/**
 * Phase and the due date a follow-up task of an incident starts with: the roadmap's
 * current phase (before the start the first, after the end the last), the end of this
 * plan week.
 */
export function followUpDefaults(roadmap: RoadmapSpan, today: IsoDate) {
  const phase = phaseForToday(roadmap, today);
  return { phase, dueDate: defaultDueDate(roadmap, phase, today) };
}
