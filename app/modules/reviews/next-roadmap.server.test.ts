import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { addMember, createOrgWithMember, createTemplateRoadmap } from "~/test/factories";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import { updateBudgetLine } from "../budget/budget.server";
import { getRoadmapOverview } from "../roadmaps/overview.server";
import { generateNextRoadmap } from "./next-roadmap.server";
import { getNextRoadmapPage } from "./next-roadmap-page.server";

const today = "2026-06-01";

/**
 * A finished roadmap with a closing review: use case A scaled (2 more sites, one KPI with
 * values, one without), B adjusted, C stopped; a "to change" and a "risk" learning; actual
 * costs in the pilot phase.
 */
/** The roadmap's place in the chain, as its overview shows it (null: not found). */
async function chainOf({ orgId, roadmapId }: { orgId: string; roadmapId: string }) {
  return (await getRoadmapOverview({ orgId, roadmapId, today }))?.chain ?? null;
}

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
  const kpi = (name: string, useCaseId: string) =>
    db.kpi.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        useCaseId,
        ownerId: colleague.id,
        name,
        category: "efficiency",
        unit: "Minuten",
        direction: "lower_is_better",
        baseline: 12,
        target: 8,
        baselineDate: isoToUtcDate("2026-03-02"),
        targetDate: isoToUtcDate("2026-05-30"),
      },
      select: { id: true },
    });
  const measured = await kpi("Bearbeitungszeit", a.id);
  const unmeasured = await kpi("Rückfragen", a.id);
  const stoppedKpi = await kpi("Antwortzeit", c.id);
  await db.kpiMeasurement.createMany({
    data: [
      { orgId: org.id, kpiId: measured.id, value: 10, date: isoToUtcDate("2026-04-01") },
      { orgId: org.id, kpiId: measured.id, value: 9, date: isoToUtcDate("2026-05-20") },
      { orgId: org.id, kpiId: stoppedKpi.id, value: 3, date: isoToUtcDate("2026-05-20") },
    ],
  });
  const pilot = roadmap.phaseIds.pilot;
  const learning = (kind: "to_change" | "risk") =>
    db.learning.create({
      data: {
        orgId: org.id,
        roadmapId: roadmap.id,
        phaseId: pilot,
        kind,
        text: `Learning ${kind}`,
        authorId: user.id,
      },
      select: { id: true },
    });
  const change = await learning("to_change");
  const risk = await learning("risk");
  await db.budgetLine.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      phaseId: pilot,
      label: "Lizenzen",
      plannedCents: 100_000,
      actualCents: 90_000,
    },
  });
  await db.roadmap.update({ where: { id: roadmap.id }, data: { status: "completed" } });
  await db.roadmapReview.create({
    data: {
      orgId: org.id,
      roadmapId: roadmap.id,
      completedAt: completed ? new Date() : null,
      completedById: completed ? user.id : null,
      decisions: {
        create: [
          {
            orgId: org.id,
            useCaseId: a.id,
            decision: "scale",
            reason: "Ziel erreicht",
            rolloutUnits: 2,
          },
          {
            orgId: org.id,
            useCaseId: b.id,
            decision: "adjust",
            reason: "Vorlagen",
            rolloutUnits: 1,
          },
          {
            orgId: org.id,
            useCaseId: c.id,
            decision: "stop",
            reason: "Kein Nutzen",
            rolloutUnits: 1,
          },
        ],
      },
    },
  });
  const scope = { ...actor, roadmapId: roadmap.id, orgSlug: org.slug, requestId: "req-next" };
  return {
    org,
    user,
    colleague,
    roadmap,
    scope,
    useCases: { a, b, c },
    kpis: { measured, unmeasured },
    learnings: { change, risk },
  };
}

describe("generating the next roadmap from a closing review", () => {
  it("creates a draft after the old one with rollout tasks, carried KPIs, learnings, suggested budget and the use cases", async () => {
    const w = await reviewedRoadmap();
    const page = await getNextRoadmapPage(w.scope);
    expect(page?.state).toBe("ready");
    if (page?.state !== "ready") return;
    expect(page.defaults).toEqual({
      startDate: "2026-05-31",
      lengthDays: 90,
      phaseDays: { analysis: 21, pilot: 35, scale: 34 },
      title: "Skalierung: Angebote",
    });
    expect(page.kpis.map((k) => [k.name, k.baseline, k.baselineFromLast]).sort()).toEqual([
      ["Bearbeitungszeit", 9, true],
      ["Rückfragen", 12, false],
    ]);

    const result = await generateNextRoadmap({
      ...w.scope,
      options: { lengthDays: 60, targets: { [w.kpis.measured.id]: 7 } },
      today,
    });
    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    const next = await db.roadmap.findUniqueOrThrow({
      where: { id: result.id },
      select: {
        status: true,
        title: true,
        startDate: true,
        predecessorId: true,
        phases: {
          select: { kind: true, startWeek: true, endWeek: true },
          orderBy: { position: "asc" },
        },
        tasks: {
          select: {
            sourceKey: true,
            ownerId: true,
            dueDate: true,
            phase: { select: { kind: true } },
          },
        },
        kpis: {
          select: { name: true, baseline: true, target: true, carriedFromId: true, ownerId: true },
        },
        budgetLines: { select: { plannedCents: true, suggested: true } },
        useCases: { select: { id: true } },
      },
    });
    expect(next).toMatchObject({
      status: "draft",
      title: "Skalierung: Angebote",
      predecessorId: w.roadmap.id,
    });
    expect(utcDateToIso(next.startDate)).toBe("2026-05-31");
    expect(next.phases.map((p) => [p.kind, p.startWeek, p.endWeek])).toEqual([
      ["analysis", 1, 2],
      ["pilot", 3, 6],
      ["scale", 6, 8],
    ]);
    const keys = next.tasks.map((t) => t.sourceKey).sort();
    expect(keys).toEqual(
      [
        `learning:${w.learnings.change.id}`,
        `learning:${w.learnings.risk.id}`,
        `rollout:${w.useCases.a.id}:1`,
        `rollout:${w.useCases.a.id}:2`,
      ].sort(),
    );
    expect(next.tasks.every((t) => utcDateToIso(t.dueDate) >= today)).toBe(true);
    const rollout = next.tasks.filter((t) => t.sourceKey?.startsWith("rollout:"));
    expect(rollout.every((t) => t.ownerId === w.colleague.id && t.phase.kind === "pilot")).toBe(
      true,
    );
    expect(next.kpis.map((k) => [k.carriedFromId, k.baseline, k.target, k.ownerId]).sort()).toEqual(
      [
        [w.kpis.measured.id, 9, 7, w.colleague.id],
        [w.kpis.unmeasured.id, 12, 8, w.colleague.id],
      ].sort(),
    );
    expect(next.budgetLines).toEqual([{ plannedCents: 60_000, suggested: true }]);
    expect(next.useCases.map((u) => u.id).sort()).toEqual(
      [w.useCases.a.id, w.useCases.b.id].sort(),
    );

    const scaleCriteria = await db.exitCriterion.findMany({
      where: { phase: { roadmapId: result.id, kind: "scale" } },
      orderBy: { position: "asc" },
      select: { text: true },
    });
    expect(scaleCriteria.at(-1)?.text).toMatch(/^Angebote: .* hält das Ziel in der Breite\.$/);

    const events = await db.auditEvent.findMany({
      where: { requestId: "req-next" },
      select: { entity: true, action: true },
    });
    expect(events.filter((e) => e.entity === "roadmap").map((e) => e.action)).toEqual([
      "create_next",
    ]);
    expect(events.filter((e) => e.entity === "use_case")).toHaveLength(2);

    expect(await chainOf({ orgId: w.org.id, roadmapId: result.id })).toEqual({
      predecessor: { id: w.roadmap.id, title: "Fahrplan 1" },
      successor: null,
      canGenerateNext: false,
      hasDecisionPaper: false,
    });
    expect((await getNextRoadmapPage(w.scope))?.state).toBe("exists");
  });

  it("is idempotent: a second call, or two at once, returns the one successor", async () => {
    const w = await reviewedRoadmap();
    const [first, second] = await Promise.all([
      generateNextRoadmap({ ...w.scope, options: {}, today }),
      generateNextRoadmap({ ...w.scope, options: {}, today }),
    ]);
    const third = await generateNextRoadmap({ ...w.scope, options: {}, today });
    const ids = [first, second, third].map((r) => ("id" in r ? r.id : r.status));
    expect(new Set(ids).size).toBe(1);
    expect([first.status, second.status].sort()).toEqual(["created", "exists"]);
    expect(third.status).toBe("exists");
    expect(
      await db.roadmap.count({ where: { orgId: w.org.id, predecessorId: w.roadmap.id } }),
    ).toBe(1);
  });

  it("refuses before the review is completed, and refuses bad options without creating anything", async () => {
    const w = await reviewedRoadmap({ completed: false });
    expect(await generateNextRoadmap({ ...w.scope, options: {}, today })).toEqual({
      status: "not_ready",
    });
    await db.roadmapReview.update({
      where: { roadmapId: w.roadmap.id },
      data: { completedAt: new Date() },
    });
    const bad = await generateNextRoadmap({
      ...w.scope,
      options: { lengthDays: 1000, startDate: "2026-01-01" },
      today,
    });
    expect(bad.status).toBe("invalid");
    if (bad.status === "invalid")
      expect(Object.keys(bad.fieldErrors).sort()).toEqual(["lengthDays", "startDate"]);
    expect(await db.roadmap.count({ where: { orgId: w.org.id } })).toBe(1);
  });

  it("finds no roadmap of another organisation", async () => {
    const w = await reviewedRoadmap();
    const other = await createOrgWithMember("manager");
    const scope = { ...other.actor, roadmapId: w.roadmap.id, orgSlug: other.org.slug };
    expect(await getNextRoadmapPage(scope)).toBeNull();
    expect(await generateNextRoadmap({ ...scope, options: {}, today })).toEqual({
      status: "not_found",
    });
    expect(await chainOf({ orgId: other.org.id, roadmapId: w.roadmap.id })).toBeNull();
    expect(await db.roadmap.count({ where: { predecessorId: w.roadmap.id } })).toBe(0);
  });

  it("confirms a suggested budget line when it is saved, amounts unchanged, with the version check", async () => {
    const w = await reviewedRoadmap();
    const result = await generateNextRoadmap({ ...w.scope, options: {}, today });
    if (result.status !== "created") throw new Error(result.status);
    const line = await db.budgetLine.findFirstOrThrow({
      where: { roadmapId: result.id },
      select: { id: true, label: true, plannedCents: true, actualCents: true, suggested: true },
    });
    expect(line.suggested).toBe(true);
    const save = { ...w.scope, roadmapId: result.id, lineId: line.id, ...line };
    expect(await updateBudgetLine({ ...save, version: 2 })).toMatchObject({ status: "conflict" });
    expect(await updateBudgetLine({ ...save, version: 1 })).toEqual({ status: "ok" });
    expect(
      await db.budgetLine.findUniqueOrThrow({
        where: { id: line.id },
        select: { suggested: true, version: true, plannedCents: true },
      }),
    ).toEqual({ suggested: false, version: 2, plannedCents: line.plannedCents });
  });

  it("takes a derived KPI's new baseline from the oversight log, as the review shows it", async () => {
    const w = await reviewedRoadmap();
    const rate = await db.kpi.create({
      data: {
        orgId: w.org.id,
        roadmapId: w.roadmap.id,
        useCaseId: w.useCases.a.id,
        name: "Korrekturquote",
        category: "quality",
        unit: "%",
        direction: "lower_is_better",
        source: "oversight_correction_rate",
        baseline: 30,
        target: 10,
        baselineDate: isoToUtcDate("2026-03-02"),
        targetDate: isoToUtcDate("2026-05-30"),
      },
      select: { id: true },
    });
    // Two weeks of review sessions: 20 % corrected, then 1 of 10 (10 %) in the last week.
    const session = (date: string, correctedCount: number) => ({
      orgId: w.org.id,
      useCaseId: w.useCases.a.id,
      date: isoToUtcDate(date),
      reviewedCount: 10,
      approvedCount: 10 - correctedCount,
      correctedCount,
      rejectedCount: 0,
    });
    await db.oversightReview.createMany({
      data: [session("2026-05-12", 2), session("2026-05-19", 1)],
    });
    const page = await getNextRoadmapPage(w.scope);
    if (page?.state !== "ready") throw new Error(page?.state);
    expect(page.kpis.find((k) => k.id === rate.id)).toMatchObject({
      baseline: 10,
      baselineFromLast: true,
    });
    const result = await generateNextRoadmap({ ...w.scope, options: {}, today });
    if (result.status !== "created") throw new Error(result.status);
    expect(
      await db.kpi.findFirstOrThrow({
        where: { roadmapId: result.id, carriedFromId: rate.id },
        select: { baseline: true, source: true },
      }),
    ).toEqual({ baseline: 10, source: "oversight_correction_rate" });
  });
});
