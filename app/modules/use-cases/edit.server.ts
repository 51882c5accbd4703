import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { isUnchanged, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import type { UseCaseFormInput } from "./schema";
import { canTransition } from "./status";
import type { UseCaseStatus } from "./status";
import { shape, SUMMARY_SELECT } from "./use-cases.server";
import type { UseCaseSummary } from "./use-cases.server";

/**
 * Changing use cases: create, edit, status changes and archiving. Scoped: every
 * function takes { orgId } and puts it into every WHERE clause; each writes its audit
 * event in the same transaction.
 */

const DATA_SELECT = {
  title: true,
  area: true,
  description: true,
  hoursSavedPerWeek: true,
  hourlyCostCents: true,
  extraRevenueCents: true,
  errorReductionPct: true,
  ratingValue: true,
  ratingDataQuality: true,
  ratingDataProtection: true,
  ratingTeamReadiness: true,
  ratingEffort: true,
  roadmapId: true,
  ownerId: true,
} as const satisfies Prisma.UseCaseSelect;

type InvalidRef = "roadmapId" | "ownerId";

/** A roadmap and an owner may only be linked when they belong to this organisation. */
async function invalidReferences(
  orgId: string,
  input: Pick<UseCaseFormInput, "roadmapId" | "ownerId">,
  current?: { roadmapId: string | null },
): Promise<InvalidRef[]> {
  const [roadmap, member] = await Promise.all([
    input.roadmapId
      ? db.roadmap.findFirst({
          where: { id: input.roadmapId, orgId },
          select: { id: true, status: true },
        })
      : null,
    input.ownerId
      ? db.membership.findFirst({ where: { orgId, userId: input.ownerId }, select: { id: true } })
      : null,
  ]);
  const invalid: InvalidRef[] = [];
  // An archived roadmap stays valid only when it is already the linked one.
  if (
    input.roadmapId &&
    (!roadmap || (roadmap.status === "archived" && current?.roadmapId !== input.roadmapId))
  ) {
    invalid.push("roadmapId");
  }
  if (input.ownerId && !member) invalid.push("ownerId");
  return invalid;
}

function dataFrom(input: UseCaseFormInput) {
  return {
    title: input.title,
    area: input.area,
    description: input.description,
    hoursSavedPerWeek: input.hoursSavedPerWeek,
    hourlyCostCents: input.hourlyCostCents,
    extraRevenueCents: input.extraRevenueCents,
    errorReductionPct: input.errorReductionPct,
    ratingValue: input.ratingValue,
    ratingDataQuality: input.ratingDataQuality,
    ratingDataProtection: input.ratingDataProtection,
    ratingTeamReadiness: input.ratingTeamReadiness,
    ratingEffort: input.ratingEffort,
    roadmapId: input.roadmapId,
    ownerId: input.ownerId,
  };
}

export type CreateResult = { ok: true; id: string } | { ok: false; invalid: InvalidRef[] };

/** Creates a candidate use case in the organisation and records the audit event. */
export async function createUseCase({
  orgId,
  actorId,
  requestId,
  input,
}: Actor & { input: UseCaseFormInput }): Promise<CreateResult> {
  const invalid = await invalidReferences(orgId, input);
  if (invalid.length > 0) return { ok: false, invalid };
  const data = dataFrom(input);
  const id = await db.$transaction(async (tx) => {
    const created = await tx.useCase.create({
      data: { ...data, orgId, status: "candidate" },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "use_case",
      entityId: created.id,
      action: "create",
      after: data,
      requestId,
    });
    return created.id;
  });
  return { ok: true, id };
}

export type UpdateResult =
  | { ok: true }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "invalid"; invalid: InvalidRef[] }
  | { ok: false; reason: "conflict"; current: UseCaseSummary };

async function currentSummary(orgId: string, useCaseId: string) {
  const row = await db.useCase.findFirst({
    where: { id: useCaseId, orgId },
    select: SUMMARY_SELECT,
  });
  return row ? shape(row) : null;
}

/**
 * Saves an edit only if nobody saved in between (version check in the WHERE clause);
 * a stale edit gets the current values back instead of overwriting them, and a save
 * without a change writes nothing.
 */
export async function updateUseCase({
  orgId,
  actorId,
  requestId,
  useCaseId,
  version,
  input,
}: Actor & { useCaseId: string; version: number; input: UseCaseFormInput }): Promise<UpdateResult> {
  const stored = await db.useCase.findFirst({
    where: { id: useCaseId, orgId },
    select: { roadmapId: true },
  });
  if (!stored) return { ok: false, reason: "not_found" };
  const invalid = await invalidReferences(orgId, input, stored);
  if (invalid.length > 0) return { ok: false, reason: "invalid", invalid };
  const data = dataFrom(input);
  const saved = await db.$transaction(async (tx) => {
    const outcome = await saveVersioned({
      read: () =>
        tx.useCase.findFirst({
          where: { id: useCaseId, orgId },
          select: { ...DATA_SELECT, version: true },
        }),
      version,
      isUnchanged: (current) => isUnchanged(current, data),
      write: () =>
        tx.useCase.updateMany({
          where: { id: useCaseId, orgId, version },
          data: { ...data, version: { increment: 1 } },
        }),
    });
    if (outcome.status === "saved") {
      const { version: _version, ...before } = outcome.before;
      await recordAudit(tx, {
        orgId,
        actorId,
        entity: "use_case",
        entityId: useCaseId,
        action: "update",
        before,
        after: data,
        requestId,
      });
    }
    return outcome.status;
  });
  if (saved === "saved" || saved === "unchanged") return { ok: true };
  const current = saved === "conflict" ? await currentSummary(orgId, useCaseId) : null;
  return current ? { ok: false, reason: "conflict", current } : { ok: false, reason: "not_found" };
}

export type SimpleResult =
  { ok: true } | { ok: false; reason: "not_found" | "conflict" | "invalid_transition" };

/** Moves a use case along candidate → selected → piloting → scaled (or rejected). */
export async function changeUseCaseStatus({
  orgId,
  actorId,
  requestId,
  useCaseId,
  version,
  status,
}: Actor & { useCaseId: string; version: number; status: UseCaseStatus }): Promise<SimpleResult> {
  return db.$transaction(async (tx) => {
    const current = await tx.useCase.findFirst({
      where: { id: useCaseId, orgId },
      select: { status: true, version: true },
    });
    if (!current) return { ok: false, reason: "not_found" } as const;
    if (current.version !== version) return { ok: false, reason: "conflict" } as const;
    if (!canTransition(current.status as UseCaseStatus, status)) {
      return { ok: false, reason: "invalid_transition" } as const;
    }
    const { count } = await tx.useCase.updateMany({
      where: { id: useCaseId, orgId, version },
      data: { status, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, reason: "conflict" } as const;
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "use_case",
      entityId: useCaseId,
      action: "change_status",
      before: { status: current.status },
      after: { status },
      requestId,
    });
    return { ok: true } as const;
  });
}

/** Archives (or restores) a use case; archived ones leave the list, the matrix and planning. */
export async function setUseCaseArchived({
  orgId,
  actorId,
  requestId,
  useCaseId,
  version,
  archived,
}: Actor & { useCaseId: string; version: number; archived: boolean }): Promise<SimpleResult> {
  return db.$transaction(async (tx) => {
    const exists = await tx.useCase.findFirst({
      where: { id: useCaseId, orgId },
      select: { archivedAt: true },
    });
    if (!exists) return { ok: false, reason: "not_found" } as const;
    const { count } = await tx.useCase.updateMany({
      where: { id: useCaseId, orgId, version },
      data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, reason: "conflict" } as const;
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "use_case",
      entityId: useCaseId,
      action: archived ? "archive" : "restore",
      before: { archivedAt: exists.archivedAt?.toISOString() ?? null },
      after: { archived },
      requestId,
    });
    return { ok: true } as const;
  });
}
