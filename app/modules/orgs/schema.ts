import { z } from "zod";
import { choice, text, version } from "~/lib/fields";
import { LOCALES } from "~/lib/i18n";

export const EMPLOYEE_BANDS = ["E1_9", "E10_49", "E50_249", "E250_499", "E500_PLUS"] as const;

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
  version: version(),
});
export type UpdateOrgInput = z.infer<typeof UpdateOrgSchema>;
