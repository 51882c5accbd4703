import { describe, expect, it } from "vitest";
import { db, getRoundTrips } from "~/lib/db.server";
import { createOrgWithRoadmap, createTemplateRoadmap } from "~/test/factories";
import { learningIdOf, learningSourceKey } from "./learning-source";
import { addLearning, getLearningCarryOver, getRoadmapLedger } from "./learnings.server";

async function learningId(orgId: string, roadmapId: string, kind: "risk" | "went_well") {
  const row = await db.learning.findFirstOrThrow({
    where: { orgId, roadmapId, kind },
    select: { id: true },
  });
  return row.id;
}

/** A roadmap with two learnings (a risk and something that went well). */
async function setup() {
  const { org, actor, roadmap } = await createOrgWithRoadmap({ title: "Fahrplan 1" });
  const where = { ...actor, roadmapId: roadmap.id };
  await addLearning({ ...where, phase: "pilot", kind: "risk", text: "Daten uneinheitlich" });
  await addLearning({ ...where, phase: "scale", kind: "went_well", text: "Schulung wirkte" });
  const risk = await learningId(org.id, roadmap.id, "risk");
  const wentWell = await learningId(org.id, roadmap.id, "went_well");
  return { org, actor, roadmap, risk, wentWell };
}

describe("getLearningCarryOver", () => {
  it("is null while no roadmap follows", async () => {
    const { org, roadmap } = await setup();
    expect(await getLearningCarryOver({ orgId: org.id, roadmapId: roadmap.id })).toBeNull();
  });

  it("names the next roadmap and the task each carried learning became, in one query", async () => {
    const { org, actor, roadmap, risk, wentWell } = await setup();
    const next = await createTemplateRoadmap(actor, {
      title: "Fahrplan 2",
      startDate: "2026-06-01",
      status: "draft",
    });
    await db.roadmap.update({ where: { id: next.id }, data: { predecessorId: roadmap.id } });
    const phaseId = next.phaseIds.analysis;
    const task = await db.task.create({
      data: {
        orgId: org.id,
        roadmapId: next.id,
        phaseId,
        title: "Datenqualität sichern",
        dueDate: new Date("2026-06-12T00:00:00Z"),
        sourceKey: learningSourceKey(risk),
      },
      select: { id: true },
    });
    // A deleted task no longer carries its learning; other source keys are no learnings.
    await db.task.create({
      data: {
        orgId: org.id,
        roadmapId: next.id,
        phaseId,
        title: "Gelöscht",
        dueDate: new Date("2026-06-12T00:00:00Z"),
        sourceKey: learningSourceKey(wentWell),
        deletedAt: new Date(),
      },
    });

    const before = getRoundTrips();
    const carry = await getLearningCarryOver({ orgId: org.id, roadmapId: roadmap.id });
    expect(getRoundTrips() - before).toBe(1);
    expect(carry).toEqual({
      successor: { id: next.id, title: "Fahrplan 2" },
      tasks: { [risk]: { id: task.id, title: "Datenqualität sichern" } },
    });
    expect(carry!.tasks[wentWell]).toBeUndefined();
  });

  it("never reads another organisation's roadmap chain", async () => {
    const { org, actor, roadmap } = await setup();
    const next = await createTemplateRoadmap(actor, { title: "Fahrplan 2", status: "draft" });
    await db.roadmap.update({ where: { id: next.id }, data: { predecessorId: roadmap.id } });
    const stranger = await createOrgWithRoadmap();
    expect(
      await getLearningCarryOver({ orgId: stranger.org.id, roadmapId: roadmap.id }),
    ).toBeNull();
    expect(await getLearningCarryOver({ orgId: org.id, roadmapId: roadmap.id })).toMatchObject({
      successor: { id: next.id },
    });
  });
});

describe("learning source keys", () => {
  it("reads back the learning a task was made from, and nothing from other keys", () => {
    expect(learningIdOf(learningSourceKey("abc"))).toBe("abc");
    expect(learningIdOf("template:analysis-1")).toBeNull();
    expect(learningIdOf("learning:")).toBeNull();
    expect(learningIdOf(null)).toBeNull();
  });
});

describe("getRoadmapLedger", () => {
  it("reads the roadmap, its learnings newest first and its budget lines as created, in one statement", async () => {
    const { org, roadmap, risk, wentWell } = await setup();
    const phases = await db.phase.findMany({
      where: { roadmapId: roadmap.id },
      select: { id: true, kind: true },
    });
    const phaseId = (kind: string) => phases.find((p) => p.kind === kind)!.id;
    // The risk was written first; its time is set apart so "newest first" is not a tie.
    await db.learning.update({
      where: { id: risk },
      data: { createdAt: new Date("2026-03-01T10:00:00Z"), authorId: null },
    });
    await db.learning.update({
      where: { id: wentWell },
      data: { createdAt: new Date("2026-03-02T10:00:00Z") },
    });
    const line = (label: string, phase: string, createdAt: string, suggested = false) =>
      db.budgetLine.create({
        data: {
          orgId: org.id,
          roadmapId: roadmap.id,
          phaseId: phaseId(phase),
          label,
          plannedCents: 120_000,
          actualCents: 80_000,
          suggested,
          createdAt: new Date(createdAt),
        },
        select: { id: true },
      });
    const later = await line("Schulung", "analysis", "2026-03-05T00:00:00Z", true);
    const earlier = await line("Lizenzen", "pilot", "2026-03-04T00:00:00Z");
    await db.roadmap.update({ where: { id: roadmap.id }, data: { plannedBudgetCents: 500_000 } });

    const before = getRoundTrips();
    const ledger = await getRoadmapLedger({ orgId: org.id, roadmapId: roadmap.id });
    expect(getRoundTrips() - before).toBe(1);
    const stored = await db.roadmap.findUniqueOrThrow({
      where: { id: roadmap.id },
      select: { startDate: true, lengthDays: true, title: true, status: true },
    });
    expect(ledger!.roadmap).toEqual({
      id: roadmap.id,
      title: stored.title,
      status: stored.status,
      startDate: stored.startDate.toISOString().slice(0, 10),
      lengthDays: stored.lengthDays,
      plannedBudgetCents: 500_000,
    });
    expect(ledger!.learnings).toEqual([
      {
        id: wentWell,
        phase: "scale",
        kind: "went_well",
        text: "Schulung wirkte",
        createdAt: "2026-03-02T10:00:00.000Z",
        authorName: expect.any(String),
      },
      {
        id: risk,
        phase: "pilot",
        kind: "risk",
        text: "Daten uneinheitlich",
        createdAt: "2026-03-01T10:00:00.000Z",
        authorName: null,
      },
    ]);
    expect(ledger!.budgetLines).toEqual([
      {
        id: earlier.id,
        phase: "pilot",
        label: "Lizenzen",
        plannedCents: 120_000,
        actualCents: 80_000,
        suggested: false,
        version: 1,
      },
      {
        id: later.id,
        phase: "analysis",
        label: "Schulung",
        plannedCents: 120_000,
        actualCents: 80_000,
        suggested: true,
        version: 1,
      },
    ]);
  });

  it("is null for another organisation's roadmap and shows none of its rows", async () => {
    const { roadmap } = await setup();
    const stranger = await createOrgWithRoadmap({ title: "Fremd" });
    expect(await getRoadmapLedger({ orgId: stranger.org.id, roadmapId: roadmap.id })).toBeNull();
    const own = await getRoadmapLedger({ orgId: stranger.org.id, roadmapId: stranger.roadmap.id });
    expect(own!.learnings).toEqual([]);
    expect(own!.budgetLines).toEqual([]);
  });
});
