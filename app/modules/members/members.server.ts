import { addDays } from "date-fns";
import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { createToken, hashToken } from "~/lib/crypto.server";
import type { Role } from "~/lib/permissions";
import { deleteVersioned, isUnchanged, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import { enqueueMail, mailQueued } from "../mail/outbox.server";

export const INVITATION_DAYS = 7;

/** A rule of membership was broken; the message key says which. */
export class MembershipRuleError extends Error {
  constructor(
    readonly code:
      "last_owner" | "already_member" | "not_found" | "invitation_invalid" | "wrong_email",
  ) {
    super(code);
  }
}

/** Members of the organisation (scoped by orgId), owners first. */
export async function listMembers({ orgId }: { orgId: string }) {
  const members = await db.membership.findMany({
    where: { orgId },
    orderBy: [{ createdAt: "asc" }],
    select: {
      id: true,
      role: true,
      canApproveGates: true,
      version: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  const order: Record<Role, number> = { owner: 0, manager: 1, member: 2, viewer: 3 };
  return members.sort((a, b) => order[a.role] - order[b.role]);
}

/** Open invitations (not accepted, revoked or expired), scoped by orgId. */
export async function listOpenInvitations({ orgId }: { orgId: string }) {
  return db.invitation.findMany({
    where: { orgId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      invitedBy: { select: { name: true } },
    },
  });
}

async function countOwners(tx: Prisma.TransactionClient, orgId: string) {
  return tx.membership.count({ where: { orgId, role: "owner" } });
}

/**
 * Invites an e-mail address with a role and queues the invitation mail in the same
 * transaction, in the addressee's language (their account's, else the organisation's).
 * Returns the one-time token and its link (only the token's hash is stored). An
 * earlier open invitation for the same address is revoked, so only the newest link works.
 */
export async function createInvitation({
  orgId,
  actorId,
  requestId,
  email,
  role,
  origin,
}: Actor & { email: string; role: Role; origin: string }): Promise<{
  token: string;
  link: string;
  invitationId: string;
  expiresAt: Date;
}> {
  const token = createToken();
  const link = `${origin}/invite/${token}`;
  const invitation = await db.$transaction(async (tx) => {
    const existing = await tx.membership.findFirst({
      where: { orgId, user: { email } },
      select: { id: true },
    });
    if (existing) throw new MembershipRuleError("already_member");
    await tx.invitation.updateMany({
      where: { orgId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const created = await tx.invitation.create({
      data: {
        orgId,
        email,
        role,
        tokenHash: hashToken(token),
        expiresAt: addDays(new Date(), INVITATION_DAYS),
        invitedById: actorId,
      },
      select: {
        id: true,
        expiresAt: true,
        organisation: { select: { name: true, locale: true } },
        invitedBy: { select: { name: true } },
      },
    });
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "invitation",
      entityId: created.id,
      action: "create",
      after: { email, role },
      requestId,
    });
    const addressee = await tx.user.findUnique({ where: { email }, select: { locale: true } });
    await enqueueMail(tx, {
      to: email,
      orgId,
      locale: addressee?.locale ?? created.organisation.locale,
      input: {
        kind: "invitation",
        org: created.organisation.name,
        inviter: created.invitedBy.name,
        role,
        link,
        days: INVITATION_DAYS,
      },
    });
    return created;
  });
  mailQueued();
  return { token, link, invitationId: invitation.id, expiresAt: invitation.expiresAt };
}

export async function revokeInvitation({
  orgId,
  actorId,
  requestId,
  invitationId,
}: Actor & { invitationId: string }) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, orgId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new MembershipRuleError("not_found");
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "invitation",
      entityId: invitationId,
      action: "revoke",
      requestId,
    });
  });
}

/** The invitation behind a link, if it can still be accepted. Not scoped: the token is the credential. */
export async function findOpenInvitation(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return db.invitation.findFirst({
    where: {
      tokenHash: hashToken(token),
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: new Date() },
    },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      organisation: { select: { id: true, slug: true, name: true } },
      invitedBy: { select: { name: true } },
    },
  });
}

/**
 * Accepts an invitation for a signed-in user whose e-mail it was sent to.
 * Single use: marking it accepted and creating the membership happen in one
 * transaction, and a second accept finds nothing to accept.
 */
export async function acceptInvitation({
  token,
  userId,
  requestId,
}: {
  token: string;
  userId: string;
  requestId?: string;
}): Promise<{ orgSlug: string }> {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: {
        tokenHash: hashToken(token),
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: new Date() },
      },
      select: {
        id: true,
        orgId: true,
        email: true,
        role: true,
        organisation: { select: { slug: true } },
      },
    });
    if (!invitation) throw new MembershipRuleError("invitation_invalid");
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true },
    });
    if (user.email !== invitation.email) throw new MembershipRuleError("wrong_email");
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (count === 0) throw new MembershipRuleError("invitation_invalid");
    const existing = await tx.membership.findFirst({
      where: { orgId: invitation.orgId, userId },
      select: { id: true },
    });
    if (!existing) {
      const membership = await tx.membership.create({
        data: { orgId: invitation.orgId, userId, role: invitation.role },
        select: { id: true },
      });
      await recordAudit(tx, {
        orgId: invitation.orgId,
        actorId: userId,
        entity: "membership",
        entityId: membership.id,
        action: "join",
        after: { role: invitation.role, invitationId: invitation.id },
        requestId,
      });
    }
    return { orgSlug: invitation.organisation.slug };
  });
}

const memberSelect = {
  role: true,
  canApproveGates: true,
  userId: true,
  version: true,
  user: { select: { name: true } },
} as const;

/** A membership as stored: what a stale role change or removal is shown. */
export type MemberSnapshot = {
  name: string;
  role: Role;
  canApproveGates: boolean;
  version: number;
};

export type MemberChange = { status: "ok" } | { status: "conflict"; current: MemberSnapshot };

function readMember(tx: Prisma.TransactionClient, orgId: string, membershipId: string) {
  return tx.membership.findFirst({ where: { id: membershipId, orgId }, select: memberSelect });
}

function snapshot(m: {
  user: { name: string };
  role: Role;
  canApproveGates: boolean;
  version: number;
}): MemberSnapshot {
  return {
    name: m.user.name,
    role: m.role,
    canApproveGates: m.canApproveGates,
    version: m.version,
  };
}

/**
 * Changes a member's role if the membership still has the version the page showed; the
 * last owner cannot be demoted. A save without a change writes nothing.
 */
export async function changeRole({
  orgId,
  actorId,
  requestId,
  membershipId,
  role,
  canApproveGates,
  version,
}: Actor & {
  membershipId: string;
  role: Role;
  canApproveGates: boolean;
  version: number;
}): Promise<MemberChange> {
  // Only viewers are designated gate approvers; owners approve anyway.
  const after = { role, canApproveGates: role === "viewer" ? canApproveGates : false };
  return db.$transaction(async (tx): Promise<MemberChange> => {
    const saved = await saveVersioned({
      read: () => readMember(tx, orgId, membershipId),
      version,
      isUnchanged: (current) => isUnchanged(current, after),
      write: async (current) => {
        if (current.role === "owner" && role !== "owner" && (await countOwners(tx, orgId)) <= 1) {
          throw new MembershipRuleError("last_owner");
        }
        return tx.membership.updateMany({
          where: { id: membershipId, orgId, version },
          data: { ...after, version: { increment: 1 } },
        });
      },
    });
    if (saved.status === "not_found") throw new MembershipRuleError("not_found");
    if (saved.status === "conflict")
      return { status: "conflict", current: snapshot(saved.current) };
    if (saved.status === "unchanged") return { status: "ok" };
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "membership",
      entityId: membershipId,
      action: "change_role",
      before: { role: saved.before.role, canApproveGates: saved.before.canApproveGates },
      after,
      requestId,
    });
    return { status: "ok" };
  });
}

/**
 * Removes a member (or the actor themself: leaving); never the last owner. It takes the
 * version the page showed: a member whose role changed in the meantime is not removed
 * unseen.
 */
export async function removeMember({
  orgId,
  actorId,
  requestId,
  membershipId,
  version,
}: Actor & { membershipId: string; version: number }): Promise<MemberChange> {
  return db.$transaction(async (tx): Promise<MemberChange> => {
    const removed = await deleteVersioned({
      read: () => readMember(tx, orgId, membershipId),
      version,
      remove: async (current) => {
        if (current.role === "owner" && (await countOwners(tx, orgId)) <= 1) {
          throw new MembershipRuleError("last_owner");
        }
        return tx.membership.deleteMany({
          where: { id: membershipId, orgId, version: current.version },
        });
      },
    });
    if (removed.status === "not_found") throw new MembershipRuleError("not_found");
    if (removed.status === "conflict") {
      return { status: "conflict", current: snapshot(removed.current) };
    }
    const member = removed.before;
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "membership",
      entityId: membershipId,
      action: member.userId === actorId ? "leave" : "remove",
      before: { role: member.role, userId: member.userId },
      requestId,
    });
    return { status: "ok" };
  });
}

/** The actor's own membership (id and version, for leaving), or null. */
export async function getOwnMembership({ orgId, userId }: { orgId: string; userId: string }) {
  return db.membership.findFirst({
    where: { orgId, userId },
    select: { id: true, version: true },
  });
}
