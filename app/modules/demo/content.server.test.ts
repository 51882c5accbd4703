import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { verifyPassword } from "~/lib/password.server";
import { DEMO_ORG, DEMO_PASSWORD, DEMO_USERS } from "./people";
import { seedDemo } from "./content.server";

describe("seedDemo", () => {
  it("is idempotent and loads a realistic demo organisation", async () => {
    await seedDemo(db, "2026-11-23");
    await seedDemo(db, "2026-11-23");

    const orgs = await db.organisation.findMany({
      where: { slug: DEMO_ORG.slug },
      select: { id: true },
    });
    expect(orgs).toHaveLength(1);
    const orgId = orgs[0]!.id;

    const memberships = await db.membership.findMany({ where: { orgId }, select: { role: true } });
    expect(new Set(memberships.map((m) => m.role))).toEqual(
      new Set(["owner", "manager", "member", "viewer"]),
    );
    expect(await db.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } })).toBe(
      DEMO_USERS.length,
    );

    const roadmap = await db.roadmap.findFirstOrThrow({
      where: { orgId },
      select: { id: true, startDate: true, status: true },
    });
    expect(roadmap.status).toBe("active");
    expect(roadmap.startDate.toISOString().slice(0, 10)).toBe("2026-10-26");

    const statuses = await db.task.groupBy({
      by: ["status"],
      where: { roadmapId: roadmap.id },
      _count: true,
    });
    expect(statuses.map((s) => s.status).sort()).toEqual([
      "blocked",
      "done",
      "in_progress",
      "todo",
    ]);
    const owners = await db.task.findMany({
      where: { roadmapId: roadmap.id },
      distinct: ["ownerId"],
      select: { ownerId: true },
    });
    expect(owners.length).toBeGreaterThanOrEqual(4);

    expect(await db.useCase.count({ where: { orgId } })).toBe(3);
    // All three in the roadmap: its closing review can show scale, adjust and stop.
    expect(await db.useCase.count({ where: { orgId, roadmapId: roadmap.id } })).toBe(3);
    expect(
      await db.useCase.count({ where: { orgId, status: { in: ["selected", "piloting"] } } }),
    ).toBe(1);
    // The typed-in KPIs; the correction-rate KPI reads the oversight log (seed-oversight.test.ts).
    const kpis = await db.kpi.findMany({
      where: { orgId, source: "manual" },
      select: { _count: { select: { measurements: true } } },
    });
    expect(kpis).toHaveLength(4);
    for (const kpi of kpis) expect(kpi._count.measurements).toBeGreaterThanOrEqual(4);
    expect(await db.learning.count({ where: { orgId } })).toBeGreaterThan(0);
    expect(await db.budgetLine.count({ where: { orgId } })).toBeGreaterThan(0);

    const manager = await db.user.findUniqueOrThrow({
      where: { email: DEMO_USERS[1].email },
      select: { passwordHash: true },
    });
    expect(await verifyPassword(manager.passwordHash, DEMO_PASSWORD)).toBe(true);
  });
});
