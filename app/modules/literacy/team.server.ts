import { db } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import type { Actor } from "~/lib/actor";

export type TeamChangeResult =
  | { ok: true; changed: boolean }
  | { ok: false; reason: "not_found" | "archived" | "not_member" | "is_owner" };

async function findUseCase(orgId: string, useCaseId: string) {
  return db.useCase.findFirst({
    where: { id: useCaseId, orgId },
    select: { ownerId: true, archivedAt: true },
  });
}

/**
 * Adds a member of the organisation to a use case's team (whose AI literacy counts
 * for it). Scoped: the use case and the person must belong to the organisation.
 * Adding someone who is on the team already changes nothing.
 */
export async function addTeamMember(
  actor: Actor & { useCaseId: string; userId: string },
): Promise<TeamChangeResult> {
  const { orgId, useCaseId, userId } = actor;
  const [useCase, membership] = await Promise.all([
    findUseCase(orgId, useCaseId),
    db.membership.findFirst({
      where: { orgId, userId },
      select: { user: { select: { name: true } } },
    }),
  ]);
  if (!useCase) return { ok: false, reason: "not_found" };
  if (useCase.archivedAt) return { ok: false, reason: "archived" };
  if (!membership) return { ok: false, reason: "not_member" };
  if (useCase.ownerId === userId) return { ok: false, reason: "is_owner" };
  return db.$transaction(async (tx) => {
    const existing = await tx.useCaseMember.findFirst({
      where: { orgId, useCaseId, userId },
      select: { id: true },
    });
    if (existing) return { ok: true as const, changed: false };
    await tx.useCaseMember.create({ data: { orgId, useCaseId, userId }, select: { id: true } });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "use_case",
      entityId: useCaseId,
      action: "team_add",
      after: { userId, name: membership.user.name },
      requestId: actor.requestId,
    });
    return { ok: true as const, changed: true };
  });
}

/** Takes a person off a use case's team; someone not on it changes nothing. Scoped by orgId. */
export async function removeTeamMember(
  actor: Actor & { useCaseId: string; userId: string },
): Promise<TeamChangeResult> {
  const { orgId, useCaseId, userId } = actor;
  const useCase = await findUseCase(orgId, useCaseId);
  if (!useCase) return { ok: false, reason: "not_found" };
  if (useCase.archivedAt) return { ok: false, reason: "archived" };
  return db.$transaction(async (tx) => {
    const row = await tx.useCaseMember.findFirst({
      where: { orgId, useCaseId, userId },
      select: { id: true, user: { select: { name: true } } },
    });
    if (!row) return { ok: true as const, changed: false };
    await tx.useCaseMember.deleteMany({ where: { id: row.id, orgId } });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "use_case",
      entityId: useCaseId,
      action: "team_remove",
      before: { userId, name: row.user.name },
      requestId: actor.requestId,
    });
    return { ok: true as const, changed: true };
  });
}
