import { addDaysIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";

/**
 * A measurement cannot be dated in the future. One day of slack, because the server's
 * "today" and the user's may differ around midnight.
 */
export function isMeasurementDateTooLate(date: IsoDate, today: IsoDate): boolean {
  return date > addDaysIso(today, 1);
}
