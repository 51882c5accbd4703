import { z } from "zod";
import { checkbox, choice, email, id } from "~/lib/fields";
import { ROLES } from "~/lib/permissions";

export const InviteSchema = z.object({
  email: email(),
  role: choice(ROLES),
});

export const ChangeRoleSchema = z.object({
  membershipId: id({ message: "validation.reload" }),
  role: choice(ROLES),
  canApproveGates: checkbox(),
});

export const MembershipIdSchema = z.object({
  membershipId: id({ message: "validation.reload" }),
});
export const InvitationIdSchema = z.object({
  invitationId: id({ message: "validation.reload" }),
});
