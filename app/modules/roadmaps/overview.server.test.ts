import { describe, expect, it } from "vitest";
import { db, getRoundTrips } from "~/lib/db.server";
import { createOrgWithMember } from "~/test/factories";
import { createRoadmapFromTemplate } from "./create.server";
import { addDaysIso, isoToUtcDate } from "./dates";
import { findLandingRoadmapId, getRoadmapOverview } from "./overview.server";

async function createRoadmap(startDate: string) {
  const { org, user } = await createOrgWithMember("manager");
  const roadmap = await db.$transaction((tx) =>
    createRoadmapFromTemplate(tx, {
      orgId: org.id,
      actorId: user.id,
      title: "Pilot",
      startDate,
      locale: "de",
      status: "active",
      ownerIds: [user.id],
    }),
  );
  return { org, user, roadmap };
}

describe("getRoadmapOverview", () => {
  it("dates the three phases from the start date and counts every template task", async () => {
    const { org, roadmap } = await createRoadmap("2026-03-02");
    const overview = await getRoadmapOverview({
      orgId: org.id,
      roadmapId: roadmap.id,
      today: "2026-03-20",
    });
    expect(overview).not.toBeNull();
    expect(overview!.phases.map((p) => [p.kind, p.startDate, p.endDate])).toEqual([
      ["analysis", "2026-03-02", "2026-03-22"],
      ["pilot", "2026-03-23", "2026-04-26"],
      ["scale", "2026-04-27", "2026-05-30"],
    ]);
    expect(overview!.overall.total).toBeGreaterThanOrEqual(24);
    expect(overview!.overall.done).toBe(0);
    expect(overview!.timeline).toMatchObject({ state: "running", phase: "analysis", week: 3 });
    expect(overview!.weeks).toHaveLength(13);
  });

  it("lists overdue and this week's tasks, and counts done ones in the phase's progress", async () => {
    const { org, roadmap } = await createRoadmap("2026-03-02");
    const tasks = await db.task.findMany({
      where: { roadmapId: roadmap.id, phaseId: roadmap.phaseIds.analysis },
      orderBy: { dueDate: "asc" },
      select: { id: true, dueDate: true },
    });
    const [first, second] = tasks;
    await db.task.update({
      where: { id: first!.id },
      data: { status: "done", completedAt: new Date() },
    });
    // Due yesterday and not done → overdue.
    const today = addDaysIso("2026-03-02", 10);
    await db.task.update({
      where: { id: second!.id },
      data: { dueDate: isoToUtcDate(addDaysIso(today, -1)) },
    });

    const overview = await getRoadmapOverview({ orgId: org.id, roadmapId: roadmap.id, today });
    const analysis = overview!.phases.find((p) => p.kind === "analysis")!;
    expect(analysis.summary.done).toBe(1);
    expect(overview!.overdue.map((t) => t.id)).toContain(second!.id);
    expect(overview!.overdue.map((t) => t.id)).not.toContain(first!.id);
    for (const task of overview!.dueThisWeek) {
      expect(task.status).not.toBe("done");
      expect(task.dueDate >= "2026-03-09" && task.dueDate <= "2026-03-15").toBe(true);
    }
  });

  it("marks an unapproved gate past its phase end as overdue, an approved one not", async () => {
    const { org, roadmap } = await createRoadmap("2026-01-05");
    await db.phase.update({
      where: { id: roadmap.phaseIds.pilot },
      data: { gateStatus: "approved" },
    });
    const overview = await getRoadmapOverview({
      orgId: org.id,
      roadmapId: roadmap.id,
      today: "2026-03-16",
    });
    const byKind = Object.fromEntries(overview!.phases.map((p) => [p.kind, p.isGateOverdue]));
    expect(byKind).toEqual({ analysis: true, pilot: false, scale: false });
  });

  it("does not reveal another organisation's roadmap", async () => {
    const { roadmap } = await createRoadmap("2026-03-02");
    const { org: otherOrg } = await createOrgWithMember("owner");
    expect(
      await getRoadmapOverview({ orgId: otherOrg.id, roadmapId: roadmap.id, today: "2026-03-10" }),
    ).toBeNull();
    expect(await findLandingRoadmapId({ orgId: otherOrg.id })).toBeNull();
  });

  it("offers the other roadmaps that are not archived, and still opens an old archived one", async () => {
    const { org, roadmap } = await createRoadmap("2025-01-06");
    await db.roadmap.update({ where: { id: roadmap.id }, data: { status: "archived" } });
    // More newer roadmaps than the switcher lists, one of them archived.
    await db.roadmap.createMany({
      data: Array.from({ length: 22 }, (_, i) => ({
        orgId: org.id,
        title: `Roadmap ${String(i).padStart(2, "0")}`,
        startDate: isoToUtcDate(addDaysIso("2026-01-05", i)),
        status: i === 21 ? ("archived" as const) : ("active" as const),
      })),
    });

    const overview = await getRoadmapOverview({
      orgId: org.id,
      roadmapId: roadmap.id,
      today: "2026-03-10",
    });
    expect(overview!.roadmap).toMatchObject({ id: roadmap.id, status: "archived" });
    expect(overview!.phases.map((phase) => phase.id)).toEqual([
      roadmap.phaseIds.analysis,
      roadmap.phaseIds.pilot,
      roadmap.phaseIds.scale,
    ]);
    const others = overview!.otherRoadmaps.map((r) => r.title);
    expect(others).toHaveLength(20);
    expect(others[0]).toBe("Roadmap 20"); // newest first; "Roadmap 21" is archived
    expect(others).not.toContain("Roadmap 21");
  });

  it("needs at most 5 database round trips, whatever the number of tasks", async () => {
    const { org, roadmap } = await createRoadmap("2026-03-02");
    const extra = Array.from({ length: 300 }, (_, i) => ({
      orgId: org.id,
      roadmapId: roadmap.id,
      phaseId: roadmap.phaseIds.pilot,
      title: `Task ${i}`,
      dueDate: isoToUtcDate("2026-04-01"),
      position: 100 + i,
    }));
    await db.task.createMany({ data: extra });
    const before = getRoundTrips();
    const overview = await getRoadmapOverview({
      orgId: org.id,
      roadmapId: roadmap.id,
      today: "2026-03-10",
    });
    expect(getRoundTrips() - before).toBeLessThanOrEqual(5);
    expect(overview!.overall.total).toBeGreaterThan(300);
  });
});
