import { listMembersByName } from "~/modules/members/queries.server";

/** Members who may own tasks (everyone but viewers), by name. Scoped by orgId. */
export async function listAssignablePeople({ orgId }: { orgId: string }) {
  const members = await listMembersByName(orgId);
  return members.filter((m) => m.role !== "viewer").map(({ id, name }) => ({ id, name }));
}
