import { z } from "zod";
import { IdParamSchema } from "~/lib/params";
import { ROLES } from "~/lib/permissions";

export const InviteSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  role: z.enum(ROLES),
});

export const ChangeRoleSchema = z.object({
  membershipId: IdParamSchema,
  role: z.enum(ROLES),
  canApproveGates: z
    .enum(["on", "true", "false"])
    .optional()
    .transform((v) => v === "on" || v === "true"),
});

export const MembershipIdSchema = z.object({
  membershipId: IdParamSchema,
});
export const InvitationIdSchema = z.object({
  invitationId: IdParamSchema,
});
