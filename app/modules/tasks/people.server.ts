import { db } from "~/lib/db.server";

/** Members who may own tasks (everyone but viewers), by name. Scoped by orgId. */
export async function listAssignablePeople({ orgId }: { orgId: string }) {
  return db.user.findMany({
    where: { memberships: { some: { orgId, role: { not: "viewer" } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
