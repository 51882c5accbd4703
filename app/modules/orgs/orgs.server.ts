import { randomBytes } from "node:crypto";
import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import { isUnchanged, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import { seedTrainingCatalogue } from "../literacy/trainings.server";
import type { CreateOrgInput, UpdateOrgInput } from "./schema";
import { RESERVED_SLUGS, slugify } from "./slug";

/** A slug nobody has yet: the name's slug, else with a short random suffix. */
async function findFreeSlug(name: string): Promise<string> {
  const base = slugify(name);
  const candidates = [
    base,
    ...Array.from({ length: 5 }, () => `${base}-${randomBytes(2).toString("hex")}`),
  ];
  const taken = await db.organisation.findMany({
    where: { slug: { in: candidates } },
    select: { slug: true },
  });
  const takenSet = new Set(taken.map((t) => t.slug));
  const free = candidates.find((c) => !takenSet.has(c) && !RESERVED_SLUGS.has(c));
  return free ?? `${base}-${randomBytes(4).toString("hex")}`;
}

/**
 * Creates an organisation with the creator as its owner and the default training
 * catalogue in its language; audited in the same transaction.
 */
export async function createOrganisation(
  input: CreateOrgInput & { userId: string; requestId?: string },
) {
  const slug = await findFreeSlug(input.name);
  return db.$transaction(async (tx) => {
    const org = await tx.organisation.create({
      data: {
        slug,
        name: input.name,
        industry: input.industry,
        employeeBand: input.employeeBand,
        locale: input.locale,
        memberships: { create: { userId: input.userId, role: "owner" } },
      },
      select: { id: true, slug: true, name: true },
    });
    await recordAudit(tx, {
      orgId: org.id,
      actorId: input.userId,
      entity: "organisation",
      entityId: org.id,
      action: "create",
      after: { name: org.name, slug },
      requestId: input.requestId,
    });
    await seedTrainingCatalogue(tx, { orgId: org.id, locale: input.locale, actorId: input.userId });
    return org;
  });
}

const settingsSelect = {
  name: true,
  industry: true,
  employeeBand: true,
  locale: true,
  timeZone: true,
  version: true,
} as const;

export async function getOrganisationSettings({ orgId }: { orgId: string }) {
  return db.organisation.findFirst({
    where: { id: orgId },
    select: { ...settingsSelect, slug: true },
  });
}

/** The settings as stored: what a stale save is shown. */
export type OrganisationSettings = Pick<
  UpdateOrgInput,
  "name" | "industry" | "employeeBand" | "locale" | "version"
> & { timeZone: string };

export type SettingsResult =
  { status: "ok" | "not_found" } | { status: "conflict"; current: OrganisationSettings };

/**
 * Renames / updates settings of the organisation (scoped by orgId) if they still have
 * the version the form was loaded with; the slug stays, so links keep working.
 */
export async function updateOrganisation({
  orgId,
  actorId,
  requestId,
  input: { version, timeZone, ...fields },
}: Actor & {
  input: Omit<UpdateOrgInput, "timeZone"> & { timeZone?: UpdateOrgInput["timeZone"] };
}): Promise<SettingsResult> {
  // A form without the time zone keeps it.
  const after = timeZone ? { ...fields, timeZone } : fields;
  return db.$transaction(async (tx): Promise<SettingsResult> => {
    const saved = await saveVersioned({
      read: () => tx.organisation.findFirst({ where: { id: orgId }, select: settingsSelect }),
      version,
      isUnchanged: (current) => isUnchanged(current, after),
      write: () =>
        tx.organisation.updateMany({
          where: { id: orgId, version },
          data: { ...after, version: { increment: 1 } },
        }),
    });
    if (saved.status !== "saved") return saved.status === "unchanged" ? { status: "ok" } : saved;
    const { version: _version, ...before } = saved.before;
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "organisation",
      entityId: orgId,
      action: "update",
      before,
      after,
      requestId,
    });
    return { status: "ok" };
  });
}
