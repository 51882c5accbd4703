import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { createOrgWithRoadmap } from "~/test/factories";
import { findLandingRoadmapId, rememberRoadmap } from "./landing.server";

async function lastOf(orgId: string, userId: string) {
  const m = await db.membership.findFirstOrThrow({
    where: { orgId, userId },
    select: { lastRoadmapId: true },
  });
  return m.lastRoadmapId;
}

describe("the roadmap home and the dashboard land on", () => {
  it("is the one the member last opened, not whichever active one is newest", async () => {
    const { org, user, roadmap: older } = await createOrgWithRoadmap({ startDate: "2026-01-05" });
    const newer = await db.roadmap.create({
      data: {
        orgId: org.id,
        title: "Zweiter Fahrplan",
        startDate: new Date("2026-06-01"),
        status: "active",
      },
      select: { id: true },
    });
    expect(await findLandingRoadmapId({ orgId: org.id })).toBe(newer.id);

    const scope = { org, userId: user.id, lastRoadmapId: null };
    await rememberRoadmap({ ...scope, roadmapId: older.id });
    const last = await lastOf(org.id, user.id);
    expect(last).toBe(older.id);
    expect(await findLandingRoadmapId({ orgId: org.id, lastRoadmapId: last })).toBe(older.id);
  });

  it("falls back to the newest active one when the last one is archived or foreign", async () => {
    const { org, user, roadmap } = await createOrgWithRoadmap({ startDate: "2026-01-05" });
    const other = await createOrgWithRoadmap({ startDate: "2026-02-02" });
    await db.roadmap.update({ where: { id: roadmap.id }, data: { status: "archived" } });
    const active = await db.roadmap.create({
      data: { orgId: org.id, title: "Aktiv", startDate: new Date("2026-03-02"), status: "active" },
      select: { id: true },
    });
    expect(await findLandingRoadmapId({ orgId: org.id, lastRoadmapId: roadmap.id })).toBe(
      active.id,
    );
    // Another organisation's roadmap is never a landing place, whatever is stored.
    expect(await findLandingRoadmapId({ orgId: org.id, lastRoadmapId: other.roadmap.id })).toBe(
      active.id,
    );
    await rememberRoadmap({ org, userId: user.id, lastRoadmapId: null, roadmapId: active.id });
    expect(await lastOf(other.org.id, other.user.id)).toBeNull();
  });

  it("writes nothing when the member opens the same roadmap again", async () => {
    const { org, user, roadmap } = await createOrgWithRoadmap({ startDate: "2026-01-05" });
    await db.membership.updateMany({
      where: { orgId: org.id, userId: user.id },
      data: { lastRoadmapId: "stale" },
    });
    await rememberRoadmap({
      org,
      userId: user.id,
      lastRoadmapId: roadmap.id,
      roadmapId: roadmap.id,
    });
    expect(await lastOf(org.id, user.id)).toBe("stale");
  });
});
