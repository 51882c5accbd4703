import { randomBytes } from "node:crypto";
import { db } from "~/lib/db.server";
import type { Role } from "~/lib/permissions";
import { createRoadmapFromTemplate } from "~/modules/roadmaps/create.server";
import type { CreateFromTemplateInput } from "~/modules/roadmaps/create.server";

/** A random suffix: factories never collide, so tests need no cleanup order. */
export function uniqueId(prefix = "t") {
  return `${prefix}-${randomBytes(5).toString("hex")}`;
}

// A fixed, cheap hash: factories must stay fast; sign-in tests hash for real.
const UNUSABLE_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export async function createUser(
  overrides: { name?: string; email?: string; passwordHash?: string } = {},
) {
  const id = uniqueId("user");
  return db.user.create({
    data: {
      name: overrides.name ?? `Test ${id}`,
      email: overrides.email ?? `${id}@example.test`,
      passwordHash: overrides.passwordHash ?? UNUSABLE_HASH,
    },
    select: { id: true, email: true, name: true },
  });
}

/**
 * An organisation with one member of the given role, and `actor`, the
 * `{ orgId, actorId }` pair that module functions take, acting as that member.
 */
export async function createOrgWithMember(role: Role = "owner", name = "Test GmbH") {
  const slug = uniqueId("org");
  const user = await createUser();
  const org = await db.organisation.create({
    data: { slug, name, memberships: { create: { userId: user.id, role } } },
    select: { id: true, slug: true, name: true },
  });
  return { org, user, actor: { orgId: org.id, actorId: user.id } };
}

/** A new user who is a member of the organisation with the given role (and name, if given). */
export async function addMember(orgId: string, role: Role, name?: string) {
  const user = await createUser(name ? { name } : {});
  await db.membership.create({ data: { orgId, userId: user.id, role } });
  return user;
}

/**
 * A roadmap from the 90-day template, created by `actorId` in `orgId`: active,
 * titled "Pilot", starting Monday 2026-03-02, in German, every task owned by
 * its creator, unless `options` say otherwise.
 */
export function createTemplateRoadmap(
  actor: { orgId: string; actorId: string },
  options: Partial<Omit<CreateFromTemplateInput, "orgId" | "actorId">> = {},
) {
  return db.$transaction((tx) =>
    createRoadmapFromTemplate(tx, {
      title: "Pilot",
      startDate: "2026-03-02",
      locale: "de",
      status: "active",
      ownerIds: [actor.actorId],
      ...options,
      ...actor,
    }),
  );
}

/** A fresh organisation whose manager has created a roadmap from the template (see above). */
export async function createOrgWithRoadmap(
  options: Parameters<typeof createTemplateRoadmap>[1] = {},
) {
  const { org, user, actor } = await createOrgWithMember("manager");
  const roadmap = await createTemplateRoadmap(actor, options);
  return { org, user, actor, roadmap };
}
