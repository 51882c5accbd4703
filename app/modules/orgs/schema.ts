import { z } from "zod";
import { choice, optionalChoice, text, version } from "~/lib/fields";
import { LOCALES } from "~/lib/i18n";
import { EMPLOYEE_BANDS, TIME_ZONES } from "./options";
export { EMPLOYEE_BANDS, TIME_ZONES };

export const CreateOrgSchema = z.object({
  name: text({ min: 2, max: 120 }),
  industry: text({ max: 120, optional: true }),
  employeeBand: choice(EMPLOYEE_BANDS, { empty: "E10_49" }),
  locale: choice(LOCALES, { empty: "de" }),
});
export type CreateOrgInput = z.infer<typeof CreateOrgSchema>;

export const UpdateOrgSchema = z.object({
  name: text({ min: 2, max: 120 }),
  industry: text({ max: 120, optional: true }),
  employeeBand: choice(EMPLOYEE_BANDS),
  locale: choice(LOCALES),
  /** Empty (or left out): the zone stays as it is. */
  timeZone: optionalChoice(TIME_ZONES),
  version: version(),
});
export type UpdateOrgInput = z.infer<typeof UpdateOrgSchema>;
