import { z } from "zod";
import { ROLES } from "~/lib/permissions";

export const InviteSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  role: z.enum(ROLES),
});

export const ChangeRoleSchema = z.object({
  membershipId: z.string().regex(/^[a-z0-9]{10,40}$/i),
  role: z.enum(ROLES),
  canApproveGates: z
    .enum(["on", "true", "false"])
    .optional()
    .transform((v) => v === "on" || v === "true"),
});

export const MembershipIdSchema = z.object({
  membershipId: z.string().regex(/^[a-z0-9]{10,40}$/i),
});
export const InvitationIdSchema = z.object({
  invitationId: z.string().regex(/^[a-z0-9]{10,40}$/i),
});
