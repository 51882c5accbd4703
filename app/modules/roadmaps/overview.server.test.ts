import { describe, expect, it } from "vitest";
import { db, getRoundTrips } from "~/lib/db.server";
import { createOrgWithMember, createOrgWithRoadmap } from "~/test/factories";
import { addDaysIso, isoToUtcDate } from "../calendar/dates";
import { findLandingRoadmapId } from "./landing.server";
import { getRoadmapOverview } from "./overview.server";

describe("getRoadmapOverview", () => {
  it("dates the three phases from the start date and counts every template task", async () => {
    const { org, roadmap } = await createOrgWithRoadmap({ startDate: "2026-03-02" });
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
    // The timeline's 12 weeks, as on the phase cards; the last one has 13 days.
    expect(overview!.weeks.map((w) => w.week)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(overview!.weeks.map((w) => w.days).reduce((a, b) => a + b)).toBe(90);
    expect(overview!.weeks.at(-1)).toMatchObject({ startDate: "2026-05-18", days: 13 });
  });

  it("lists overdue and this week's tasks, and counts done ones in the phase's progress", async () => {
    const { org, roadmap } = await createOrgWithRoadmap({ startDate: "2026-03-02" });
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
    // Due on Wednesday of this week, today is Thursday: listed as overdue only.
    expect(overview!.dueThisWeek.map((t) => t.id)).not.toContain(second!.id);
    expect(overview!.dueThisWeek.length).toBeGreaterThan(0);
    for (const task of overview!.dueThisWeek) {
      expect(task.status).not.toBe("done");
      expect(task.dueDate >= today && task.dueDate <= "2026-03-15").toBe(true);
    }
  });

  it("counts, lists and orders exactly what the tasks themselves say", async () => {
    const { org, roadmap } = await createOrgWithRoadmap({ startDate: "2026-03-02" });
    const today = "2026-03-25"; // a Wednesday in week 4: 9 plan days behind us
    const tasks = await db.task.findMany({
      where: { roadmapId: roadmap.id },
      orderBy: [{ dueDate: "asc" }, { position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(tasks.length).toBeGreaterThanOrEqual(24);
    // 14 overdue (more than the list shows), one of them done and one deleted; this
    // week's first and last day, and the Monday after.
    const dueOn = (i: number) =>
      i < 14
        ? addDaysIso("2026-03-03", i)
        : i === 14
          ? "2026-03-23"
          : i === 15
            ? "2026-03-29"
            : i === 16
              ? "2026-03-30"
              : null;
    for (const [i, task] of tasks.entries()) {
      const due = dueOn(i);
      if (!due) continue;
      await db.task.update({
        where: { id: task.id },
        data: {
          dueDate: isoToUtcDate(due),
          ...(i === 2 ? { status: "done" as const, completedAt: new Date() } : {}),
          ...(i === 5 ? { deletedAt: new Date() } : {}),
          ...(i === 15 ? { status: "blocked" as const } : {}),
        },
      });
    }
    const live = await db.task.findMany({
      where: { roadmapId: roadmap.id, deletedAt: null },
      orderBy: [{ dueDate: "asc" }, { position: "asc" }, { id: "asc" }],
      select: { id: true, status: true, dueDate: true, phase: { select: { kind: true } } },
    });
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const open = live.filter((t) => t.status !== "done");
    const overdue = open.filter((t) => day(t.dueDate) < today);

    const overview = (await getRoadmapOverview({ orgId: org.id, roadmapId: roadmap.id, today }))!;
    expect(overdue.length).toBeGreaterThan(12); // more than the list shows
    expect(overview.overdueCount).toBe(overdue.length);
    expect(overview.overdue.map((t) => t.id)).toEqual(overdue.slice(0, 12).map((t) => t.id));
    expect(overview.dueThisWeek.map((t) => [t.id, t.dueDate])).toEqual(
      open
        // This week (23–29 March) from today on: what is due Monday is overdue already.
        .filter((t) => day(t.dueDate) >= today && day(t.dueDate) <= "2026-03-29")
        .map((t) => [t.id, day(t.dueDate)]),
    );
    expect(overview.dueThisWeek.map((t) => t.dueDate)).toContain("2026-03-29");
    expect(overview.dueThisWeek.map((t) => t.dueDate)).not.toContain("2026-03-23");
    expect(overview.dueThisWeek.map((t) => t.dueDate)).not.toContain("2026-03-30");
    expect(overview.overall).toMatchObject({
      total: live.length,
      done: live.length - open.length,
      blocked: live.filter((t) => t.status === "blocked").length,
      overdue: overdue.length,
    });
    for (const phase of overview.phases) {
      const own = live.filter((t) => t.phase.kind === phase.kind);
      expect(phase.summary.total).toBe(own.length);
      expect(phase.summary.overdue).toBe(overdue.filter((t) => t.phase.kind === phase.kind).length);
    }
    expect(overview.weeks.map((w) => w.dueCount)).toEqual(
      overview.weeks.map(
        (w) =>
          live.filter(
            (t) =>
              day(t.dueDate) >= w.startDate &&
              day(t.dueDate) <= addDaysIso(w.startDate, w.days - 1),
          ).length,
      ),
    );
    expect(overview.weeks.reduce((sum, w) => sum + w.openCount, 0)).toBe(open.length);
  });

  it("marks an unapproved gate past its phase end as overdue, an approved one not", async () => {
    const { org, roadmap } = await createOrgWithRoadmap({ startDate: "2026-01-05" });
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
    const { roadmap } = await createOrgWithRoadmap({ startDate: "2026-03-02" });
    const { org: otherOrg } = await createOrgWithMember("owner");
    expect(
      await getRoadmapOverview({ orgId: otherOrg.id, roadmapId: roadmap.id, today: "2026-03-10" }),
    ).toBeNull();
    expect(await findLandingRoadmapId({ orgId: otherOrg.id })).toBeNull();
  });

  it("offers the other roadmaps that are not archived, and still opens an old archived one", async () => {
    const { org, roadmap } = await createOrgWithRoadmap({ startDate: "2025-01-06" });
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

  it("names the roadmap it follows and the one that follows it, even archived or beyond the switcher's list", async () => {
    const { org, roadmap } = await createOrgWithRoadmap({ startDate: "2026-03-02" });
    const old = await db.roadmap.create({
      data: {
        orgId: org.id,
        title: "Fahrplan 2025",
        startDate: isoToUtcDate("2025-01-06"),
        status: "archived",
      },
    });
    await db.roadmap.update({ where: { id: roadmap.id }, data: { predecessorId: old.id } });
    // Newer roadmaps than the switcher lists push the successor out of that list.
    await db.roadmap.createMany({
      data: Array.from({ length: 21 }, (_, i) => ({
        orgId: org.id,
        title: `Neu ${i}`,
        startDate: isoToUtcDate(addDaysIso("2026-09-07", i)),
      })),
    });
    const next = await db.roadmap.create({
      data: {
        orgId: org.id,
        title: "Fahrplan 2026/2",
        startDate: isoToUtcDate("2026-06-01"),
        predecessorId: roadmap.id,
      },
    });
    const overview = await getRoadmapOverview({
      orgId: org.id,
      roadmapId: roadmap.id,
      today: "2026-03-10",
    });
    expect(overview!.chain).toEqual({
      predecessor: { id: old.id, title: "Fahrplan 2025" },
      successor: { id: next.id, title: "Fahrplan 2026/2" },
      canGenerateNext: false,
      hasDecisionPaper: false,
    });
    const others = overview!.otherRoadmaps.map((r) => r.title);
    expect(others).toHaveLength(20);
    expect(others).not.toContain("Fahrplan 2025");
    expect(others).not.toContain("Fahrplan 2026/2");

    await db.roadmapReview.create({
      data: { orgId: org.id, roadmapId: old.id, completedAt: new Date() },
    });
    const first = await getRoadmapOverview({
      orgId: org.id,
      roadmapId: old.id,
      today: "2026-03-10",
    });
    expect(first!.chain).toEqual({
      predecessor: null,
      successor: { id: roadmap.id, title: overview!.roadmap.title },
      canGenerateNext: false,
      hasDecisionPaper: true,
    });
  });

  it("needs at most 5 database round trips, whatever the number of tasks", async () => {
    const { org, roadmap } = await createOrgWithRoadmap({ startDate: "2026-03-02" });
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
