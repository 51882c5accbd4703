import { describe, expect, it } from "vitest";
import { db, getRoundTrips } from "~/lib/db.server";
import { addMember, createOrgWithMember, createTemplateRoadmap } from "~/test/factories";
import { isoToUtcDate } from "../calendar/dates";
import { generateNextRoadmap } from "./next-roadmap.server";
import { getNextRoadmapPage } from "./next-roadmap-page.server";

const today = "2026-06-01";

/**
 * A finished roadmap with a closing review: use case A scaled (a manual KPI with values,
 * one without, a derived one with review sessions, an archived one), B (with a KPI)
 * adjusted, C (with a measured KPI) stopped; learnings and budget lines beside them.
 */
async function reviewedRoadmap({ completed = true } = {}) {
  const { org, user, actor } = await createOrgWithMember("manager");
  const colleague = await addMember(org.id, "member");
  const roadmap = await createTemplateRoadmap(actor, {
    title: "Fahrplan 1",
    startDate: "2026-03-02",
  });
  const makeUseCase = (title: string, ownerId: string) =>
    db.useCase.create({
      data: { orgId: org.id, roadmapId: roadmap.id, title, ownerId, status: "piloting" },
      select: { id: true },
    });
  const a = await makeUseCase("Angebote", colleague.id);
  const b = await makeUseCase("Belege", user.id);
  const c = await makeUseCase("Chatbot", user.id);
  const kpi = (
    name: string,
    useCaseId: string,
    more: { source?: "oversight_correction_rate"; archivedAt?: Date } = {},
  ) =>
    db.kpi.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        useCaseId,
        ownerId: colleague.id,
        name,
        category: "efficiency",
        unit: more.source ? "%" : "Minuten",
        direction: "lower_is_better",
        baseline: 12,
        target: 8,
        baselineDate: isoToUtcDate("2026-03-02"),
        targetDate: isoToUtcDate("2026-05-30"),
        ...more,
      },
      select: { id: true },
    });
  const measured = await kpi("Bearbeitungszeit", a.id);
  const unmeasured = await kpi("Rückfragen", a.id);
  const rate = await kpi("Korrekturquote", a.id, { source: "oversight_correction_rate" });
  await kpi("Alt", a.id, { archivedAt: new Date() });
  const adjusted = await kpi("Belegzeit", b.id);
  const stopped = await kpi("Antwortzeit", c.id);
  const measurement = (kpiId: string, value: number, date: string) => ({
    orgId: org.id,
    kpiId,
    value,
    date: isoToUtcDate(date),
  });
  await db.kpiMeasurement.createMany({
    data: [
      measurement(measured.id, 10, "2026-04-01"),
      measurement(measured.id, 9, "2026-05-20"),
      measurement(measured.id, 11, "2026-03-10"),
      measurement(adjusted.id, 5, "2026-05-20"),
      measurement(stopped.id, 3, "2026-05-20"),
    ],
  });
  // Two weeks of review sessions: 20 % corrected, then 1 of 10 (10 %) in the last week.
  const session = (date: string, correctedCount: number) => ({
    orgId: org.id,
    useCaseId: a.id,
    date: isoToUtcDate(date),
    reviewedCount: 10,
    approvedCount: 10 - correctedCount,
    correctedCount,
    rejectedCount: 0,
  });
  await db.oversightReview.createMany({
    data: [session("2026-05-12", 2), session("2026-05-19", 1)],
  });
  for (const kind of ["to_change", "risk"] as const) {
    await db.learning.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        phaseId: roadmap.phaseIds.pilot,
        kind,
        text: `Learning ${kind}`,
        authorId: user.id,
      },
    });
  }
  await db.budgetLine.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      phaseId: roadmap.phaseIds.pilot,
      label: "Lizenzen",
      plannedCents: 100_000,
      actualCents: 90_000,
    },
  });
  await db.roadmap.update({ where: { id: roadmap.id }, data: { status: "completed" } });
  const decision = (useCaseId: string, kind: "scale" | "adjust" | "stop", rolloutUnits = 1) => ({
    orgId: org.id,
    useCaseId,
    decision: kind,
    reason: `Grund ${kind}`,
    rolloutUnits,
  });
  await db.roadmapReview.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      completedAt: completed ? new Date() : null,
      completedById: completed ? user.id : null,
      decisions: {
        create: [decision(c.id, "stop"), decision(a.id, "scale", 2), decision(b.id, "adjust")],
      },
    },
  });
  const scope = { orgId: org.id, roadmapId: roadmap.id, orgSlug: org.slug };
  return {
    org,
    actor,
    roadmap,
    scope,
    useCases: { a, b, c },
    kpis: { measured, unmeasured, rate },
  };
}

async function roundTrips(work: () => Promise<unknown>) {
  const before = getRoundTrips();
  await work();
  return getRoundTrips() - before;
}

describe("the next roadmap's page", () => {
  it("shows the defaults, the scaled use case's KPIs with their new baselines and the decisions, in two statements", async () => {
    const w = await reviewedRoadmap();
    const page = await getNextRoadmapPage(w.scope);
    if (page?.state !== "ready") throw new Error(page?.state);
    expect(page.previous).toEqual({
      id: w.roadmap.id,
      title: "Fahrplan 1",
      startDate: "2026-03-02",
    });
    expect(page.lengthRange).toEqual({ min: 30, max: 365 });
    expect(page.defaults).toEqual({
      startDate: "2026-05-31",
      lengthDays: 90,
      phaseDays: { analysis: 21, pilot: 35, scale: 34 },
      title: "Skalierung: Angebote",
    });
    expect(
      page.kpis
        .map((k) => [k.name, k.useCase, k.oldBaseline, k.baseline, k.baselineFromLast, k.target])
        .sort(),
    ).toEqual([
      ["Bearbeitungszeit", "Angebote", 12, 9, true, 8],
      ["Korrekturquote", "Angebote", 12, 10, true, 8],
      ["Rückfragen", "Angebote", 12, 12, false, 8],
    ]);
    expect(page.useCases).toEqual([
      { id: w.useCases.a.id, title: "Angebote", decision: "scale", rolloutUnits: 2 },
      { id: w.useCases.b.id, title: "Belege", decision: "adjust", rolloutUnits: 1 },
      { id: w.useCases.c.id, title: "Chatbot", decision: "stop", rolloutUnits: 1 },
    ]);

    expect(await roundTrips(() => getNextRoadmapPage(w.scope))).toBe(2);
  });

  it("says when the review is not completed, and when the successor exists", async () => {
    const w = await reviewedRoadmap({ completed: false });
    const previous = { id: w.roadmap.id, title: "Fahrplan 1" };
    expect(await getNextRoadmapPage(w.scope)).toEqual({ state: "not_ready", previous });
    expect(await roundTrips(() => getNextRoadmapPage(w.scope))).toBe(2);

    await db.roadmapReview.update({
      where: { roadmapId: w.roadmap.id },
      data: { completedAt: new Date() },
    });
    const result = await generateNextRoadmap({
      ...w.actor,
      ...w.scope,
      requestId: "req-next-page",
      options: {},
      today,
    });
    if (result.status !== "created") throw new Error(result.status);
    const page = await getNextRoadmapPage(w.scope);
    expect(page).toEqual({
      state: "exists",
      previous,
      successor: { id: result.id, title: "Skalierung: Angebote" },
    });
    expect(await roundTrips(() => getNextRoadmapPage(w.scope))).toBe(2);
  });

  it("finds no roadmap of another organisation", async () => {
    const w = await reviewedRoadmap();
    const other = await createOrgWithMember("manager");
    const scope = { orgId: other.org.id, roadmapId: w.roadmap.id, orgSlug: other.org.slug };
    expect(await getNextRoadmapPage(scope)).toBeNull();
  });
});
