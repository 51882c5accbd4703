import { db } from "~/lib/db.server";
import { unlessStorageFails } from "~/lib/storage-health.server";

/**
 * Where the organisation's home and the dashboard land: the roadmap this member last
 * opened, while it is still there and not archived; else the newest active roadmap,
 * else the newest one not archived.
 */
export async function findLandingRoadmapId({
  orgId,
  lastRoadmapId = null,
}: {
  orgId: string;
  lastRoadmapId?: string | null;
}): Promise<string | null> {
  const open = { orgId, status: { not: "archived" } } as const;
  if (lastRoadmapId) {
    const last = await db.roadmap.findFirst({
      where: { ...open, id: lastRoadmapId },
      select: { id: true },
    });
    if (last) return last.id;
  }
  const newest = await db.roadmap.findFirst({
    where: open,
    orderBy: [{ status: "asc" }, { startDate: "desc" }],
    select: { id: true },
  });
  return newest?.id ?? null;
}

/**
 * Notes the roadmap a member opened (its overview, a phase board, its dashboard), so the
 * home page and the dashboard take them back there. Writes only when it changed.
 */
export async function rememberRoadmap(scope: {
  org: { id: string };
  userId: string;
  lastRoadmapId: string | null;
  roadmapId: string;
}): Promise<void> {
  if (scope.lastRoadmapId === scope.roadmapId) return;
  await unlessStorageFails(() =>
    db.membership.updateMany({
      where: { orgId: scope.org.id, userId: scope.userId },
      data: { lastRoadmapId: scope.roadmapId },
    }),
  );
}
