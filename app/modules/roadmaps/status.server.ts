// The roadmap's life: one step at a time (status.ts), checked, written with the status it
// moves from, audited — on its own or inside the closing review's transaction.
import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { emitRoadmapStatus } from "../webhooks/announce.server";
import { canTransition } from "./status";
import type { RoadmapStatus } from "./status";

/**
 * Moves the roadmap one step in its life (see status.ts). Guarded by the current
 * status in the WHERE clause, so two people pressing the same button change it once.
 */
export async function setRoadmapStatus(
  actor: Actor & { roadmapId: string; to: RoadmapStatus },
): Promise<{ status: "ok" | "not_found" | "not_allowed" }> {
  return db.$transaction((tx) => changeRoadmapStatus(tx, actor));
}

/**
 * The status change inside the caller's transaction (setRoadmapStatus; the closing
 * review completes the roadmap with it): the step is checked, written with the status
 * it moves from in the WHERE clause, and audited.
 */
export async function changeRoadmapStatus(
  tx: Prisma.TransactionClient,
  actor: Actor & { roadmapId: string; to: RoadmapStatus },
): Promise<{ status: "ok" | "not_found" | "not_allowed" }> {
  const { orgId, roadmapId, to } = actor;
  const row = await tx.roadmap.findFirst({
    where: { id: roadmapId, orgId },
    select: { status: true },
  });
  if (!row) return { status: "not_found" };
  if (!canTransition(row.status, to)) return { status: "not_allowed" };
  const { count } = await tx.roadmap.updateMany({
    where: { id: roadmapId, orgId, status: row.status },
    data: { status: to, version: { increment: 1 } },
  });
  if (count === 0) return { status: "not_allowed" };
  await recordAudit(tx, {
    orgId,
    actorId: actor.actorId,
    entity: "roadmap",
    entityId: roadmapId,
    action: "status",
    before: { status: row.status },
    after: { status: to },
    requestId: actor.requestId,
  });
  await emitRoadmapStatus(tx, orgId, roadmapId, { from: row.status, to });
  return { status: "ok" };
}
