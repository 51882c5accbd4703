import { z } from "zod";
import { checkbox, choice, email, id, version } from "~/lib/fields";
import { ROLES } from "~/lib/permissions";

export const InviteSchema = z.object({
  email: email(),
  role: choice(ROLES),
});

export const ChangeRoleSchema = z.object({
  membershipId: id({ message: "validation.reload" }),
  role: choice(ROLES),
  canApproveGates: checkbox(),
  version: version(),
});

/** Removing a member: which one, and the version the page showed. */
export const RemoveMemberSchema = z.object({
  membershipId: id({ message: "validation.reload" }),
  version: version(),
});
export const InvitationIdSchema = z.object({
  invitationId: id({ message: "validation.reload" }),
});
