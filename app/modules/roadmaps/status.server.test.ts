import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { createOrgWithMember, createOrgWithRoadmap } from "~/test/factories";
import { setRoadmapStatus } from "./status.server";

describe("roadmap status", () => {
  it("allows only the defined transitions and records them", async () => {
    const { org, actor, roadmap } = await createOrgWithRoadmap();
    const roadmapId = roadmap.id;
    await db.roadmap.update({ where: { id: roadmapId }, data: { status: "draft" } });
    expect(await setRoadmapStatus({ ...actor, roadmapId, to: "completed" })).toEqual({
      status: "not_allowed",
    });
    expect(await setRoadmapStatus({ ...actor, roadmapId, to: "active" })).toEqual({ status: "ok" });
    expect(await setRoadmapStatus({ ...actor, roadmapId, to: "active" })).toEqual({
      status: "not_allowed",
    });
    expect(
      await db.auditEvent.count({ where: { orgId: org.id, entity: "roadmap", action: "status" } }),
    ).toBe(1);
    const { org: other, user } = await createOrgWithMember();
    expect(
      await setRoadmapStatus({ orgId: other.id, actorId: user.id, roadmapId, to: "completed" }),
    ).toEqual({ status: "not_found" });
  });
});
