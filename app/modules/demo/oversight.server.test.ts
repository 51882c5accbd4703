import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { getDashboard } from "~/modules/dashboards/dashboard.server";
import { getKpiDetail } from "~/modules/kpis/kpis.server";
import { DEMO_ORG } from "./people";
import { seedDemo } from "./content.server";

describe("the demo organisation's oversight log", () => {
  it("has weeks of reviews by two people, a correction rate trending down and two incidents", async () => {
    const today = "2026-11-23";
    await seedDemo(db, today);
    const org = await db.organisation.findUniqueOrThrow({
      where: { slug: DEMO_ORG.slug },
      select: { id: true },
    });
    const reviews = await db.oversightReview.findMany({
      where: { orgId: org.id },
      orderBy: { date: "asc" },
      select: {
        date: true,
        reviewerId: true,
        reviewedCount: true,
        approvedCount: true,
        correctedCount: true,
        rejectedCount: true,
        incidentSeverity: true,
        followUpTaskId: true,
      },
    });
    expect(reviews.length).toBeGreaterThanOrEqual(10);
    expect(new Set(reviews.map((r) => r.reviewerId)).size).toBe(2);
    for (const r of reviews) {
      expect(r.approvedCount + r.correctedCount + r.rejectedCount).toBe(r.reviewedCount);
      expect(r.date.toISOString().slice(0, 10) <= today).toBe(true);
    }
    const severities = reviews.map((r) => r.incidentSeverity).filter(Boolean);
    expect(severities.sort()).toEqual(["high", "low"]);
    const high = reviews.find((r) => r.incidentSeverity === "high")!;
    const task = await db.task.findUniqueOrThrow({
      where: { id: high.followUpTaskId! },
      select: { status: true, ownerId: true },
    });
    expect(task.status).not.toBe("done");
    expect(
      await db.auditEvent.count({ where: { entityId: high.followUpTaskId!, action: "create" } }),
    ).toBe(1);

    const kpi = await db.kpi.findFirstOrThrow({
      where: { orgId: org.id, source: "oversight_correction_rate" },
      select: { id: true, roadmapId: true },
    });
    const detail = (await getKpiDetail({ orgId: org.id, kpiId: kpi.id }))!;
    const values = detail.weeks!.map((w) => w.value);
    expect(values.length).toBeGreaterThanOrEqual(4);
    expect(values[0]).toBeGreaterThan(25);
    expect(values[values.length - 1]).toBeLessThan(12);
    expect(detail.summary.status).toBe("on_track");

    const dashboard = (await getDashboard({ orgId: org.id, roadmapId: kpi.roadmapId!, today }))!;
    expect(dashboard.openIncidents).toHaveLength(1);
    expect(dashboard.kpis.find((k) => k.id === kpi.id)!.summary.latest!.value).toBeLessThan(12);
  });
});
