import { z } from "zod";

export const EMPLOYEE_BANDS = ["E1_9", "E10_49", "E50_249", "E250_499", "E500_PLUS"] as const;

export const CreateOrgSchema = z.object({
  name: z.string().trim().min(2).max(120),
  industry: z.string().trim().max(120).optional().default(""),
  employeeBand: z.enum(EMPLOYEE_BANDS).optional().default("E10_49"),
  locale: z.enum(["de", "en"]).optional().default("de"),
});
export type CreateOrgInput = z.infer<typeof CreateOrgSchema>;

export const UpdateOrgSchema = z.object({
  name: z.string().trim().min(2).max(120),
  industry: z.string().trim().max(120).optional().default(""),
  employeeBand: z.enum(EMPLOYEE_BANDS),
  locale: z.enum(["de", "en"]),
});
export type UpdateOrgInput = z.infer<typeof UpdateOrgSchema>;
