import { randomBytes } from "node:crypto";
import { db } from "~/lib/db.server";
import type { Role } from "~/lib/permissions";

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

/** An organisation with one member of the given role. */
export async function createOrgWithMember(role: Role = "owner", name = "Test GmbH") {
  const slug = uniqueId("org");
  const user = await createUser();
  const org = await db.organisation.create({
    data: { slug, name, memberships: { create: { userId: user.id, role } } },
    select: { id: true, slug: true, name: true },
  });
  return { org, user };
}
