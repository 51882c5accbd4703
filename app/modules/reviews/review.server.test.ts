import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { can } from "~/lib/permissions";
import { createOrgWithMember, createOrgWithRoadmap, uniqueId } from "~/test/factories";
import { addDaysIso, isoToUtcDate, todayIso } from "../calendar/dates";
import { listMatrixUseCases } from "../use-cases/use-cases.server";
import { getReviewEvidence } from "./evidence.server";
import { completeReview, getReviewPage, getStopDecision, saveReviewDraft } from "./review.server";
import type { ReviewInput } from "./schema";
import { readSnapshot } from "./snapshot";

/** A roadmap with a KPI (two values), three use cases, a learning, a budget line. */
async function world() {
  const { org, user, actor, roadmap } = await createOrgWithRoadmap();
  const orgId = org.id;
  const roadmapId = roadmap.id;
  const kpi = await db.kpi.create({
    data: {
      orgId,
      roadmapId,
      name: "Antwortzeit",
      category: "efficiency",
      unit: "h",
      direction: "lower_is_better",
      baseline: 40,
      target: 20,
      baselineDate: isoToUtcDate("2026-03-02"),
      targetDate: isoToUtcDate("2026-05-30"),
      measurements: {
        create: [
          { orgId, value: 34, date: isoToUtcDate("2026-04-01") },
          { orgId, value: 28, date: isoToUtcDate("2026-05-01") },
        ],
      },
    },
    select: { id: true },
  });
  const aUseCase = (title: string, status: "piloting" | "selected" = "piloting") =>
    db.useCase.create({
      data: {
        orgId,
        roadmapId,
        title,
        status,
        ownerId: user.id,
        hoursSavedPerWeek: 7,
        hourlyCostCents: 5000,
        ratingValue: 4,
        ratingDataQuality: 3,
        ratingDataProtection: 2,
        ratingTeamReadiness: 4,
        ratingEffort: 3,
      },
      select: { id: true },
    });
  const [scale, adjust, stop] = await Promise.all([
    aUseCase("Antwortentwürfe"),
    aUseCase("Angebote", "selected"),
    aUseCase("Lagerwarnungen"),
  ]);
  await db.assessment.create({
    data: {
      orgId,
      useCaseId: scale.id,
      status: "completed",
      answers: {},
      result: {
        tier: "limited",
        roles: ["deployer"],
        obligations: ["art4-literacy", "deployer-art26-human-oversight"],
        judgements: [],
      },
      tier: "limited",
      rulesetVersion: "test",
      completedAt: new Date(),
    },
  });
  // One obligation planned and done on this roadmap: only the other one is open.
  const pilot = roadmap.phaseIds.pilot;
  await db.task.create({
    data: {
      orgId,
      roadmapId,
      phaseId: pilot,
      title: "Schulung",
      dueDate: isoToUtcDate("2026-04-01"),
      status: "done",
      sourceKey: `obligation:${scale.id}:art4-literacy`,
    },
  });
  await db.oversightReview.create({
    data: {
      orgId,
      useCaseId: scale.id,
      reviewerId: user.id,
      date: isoToUtcDate(addDaysIso(todayIso(), -3)),
      reviewedCount: 20,
      approvedCount: 15,
      correctedCount: 4,
      rejectedCount: 1,
    },
  });
  await db.learning.create({
    data: { orgId, roadmapId, phaseId: pilot, kind: "risk", text: "Datenqualität schwankt" },
  });
  await db.budgetLine.create({
    data: {
      orgId,
      roadmapId,
      phaseId: pilot,
      label: "Lizenz",
      plannedCents: 100_00,
      actualCents: 120_00,
    },
  });
  return {
    org,
    user,
    actor: { ...actor, requestId: uniqueId("req") },
    roadmapId,
    kpi,
    scale,
    adjust,
    stop,
  };
}

type World = Awaited<ReturnType<typeof world>>;

function decisions(w: World, version = 1): ReviewInput {
  return {
    summary: "Skalieren, was trägt.",
    version,
    decisions: [
      { useCaseId: w.scale.id, decision: "scale", reason: "", rolloutUnits: 3 },
      { useCaseId: w.adjust.id, decision: "adjust", reason: "Datenbasis fehlt", rolloutUnits: 1 },
      { useCaseId: w.stop.id, decision: "stop", reason: "Kein Nutzen", rolloutUnits: 1 },
    ],
  };
}

async function evidenceOf(w: World) {
  const evidence = await getReviewEvidence({
    orgId: w.org.id,
    roadmapId: w.roadmapId,
    today: todayIso(),
  });
  if (!evidence) throw new Error("no evidence");
  return evidence;
}

describe("the closing review's evidence", () => {
  it("judges KPIs, shows each use case's figures, groups learnings and sums the budget per phase", async () => {
    const w = await world();
    const evidence = await evidenceOf(w);
    expect(evidence.kpis).toEqual([
      expect.objectContaining({
        name: "Antwortzeit",
        last: 28,
        verdict: "partly",
        trend: "improving",
      }),
    ]);
    const scaled = evidence.useCases.find((u) => u.id === w.scale.id)!;
    expect(scaled.tier).toBe("limited");
    expect(scaled.obligationsTotal).toBe(2);
    expect(scaled.openObligations.map((o) => o.code)).toEqual(["deployer-art26-human-oversight"]);
    // value 4, feasibility (3 + 4 + 4 + 3) / 4 = 3.5 → 4/5 × 3.5/5 × 100 = 56
    expect(scaled.score).toBe(56);
    expect(scaled.valueCents).toBe(Math.round((7 * 5000 * 90) / 7));
    expect(scaled.oversight).toMatchObject({ reviewsLast30Days: 1, correctionRateLast30Days: 25 });
    expect(evidence.useCases.find((u) => u.id === w.adjust.id)!.oversight).toBeNull();
    expect(evidence.learnings.risk.map((l) => l.text)).toEqual(["Datenqualität schwankt"]);
    expect(evidence.learnings.went_well).toEqual([]);
    expect(evidence.budget.find((p) => p.kind === "pilot")!.budget).toEqual({
      plannedCents: 100_00,
      actualCents: 120_00,
    });
  });

  it("is not found for another organisation", async () => {
    const w = await world();
    const other = await createOrgWithMember("owner");
    expect(
      await getReviewEvidence({ orgId: other.org.id, roadmapId: w.roadmapId, today: todayIso() }),
    ).toBeNull();
    expect(
      await getReviewPage({ orgId: other.org.id, roadmapId: w.roadmapId, today: todayIso() }),
    ).toBeNull();
  });
});

describe("saving the review", () => {
  it("keeps a draft, the roadmap stays active; a stale version is refused with what is stored", async () => {
    const w = await world();
    expect(
      await saveReviewDraft({ ...w.actor, roadmapId: w.roadmapId, input: decisions(w) }),
    ).toEqual({
      status: "ok",
    });
    const page = await getReviewPage({
      orgId: w.org.id,
      roadmapId: w.roadmapId,
      today: todayIso(),
    });
    expect(page?.mode).toBe("form");
    if (page?.mode !== "form") return;
    expect(page.draft.version).toBe(2);
    expect(page.draft.decisions).toHaveLength(3);

    // A second manager, from the page as it was before the first save.
    const stale = await saveReviewDraft({
      ...w.actor,
      roadmapId: w.roadmapId,
      input: { summary: "Alles stoppen", version: 1, decisions: [] },
    });
    expect(stale).toEqual({
      status: "conflict",
      current: expect.objectContaining({ version: 2, summary: "Skalieren, was trägt." }),
    });
    const review = await db.roadmapReview.findFirstOrThrow({
      where: { roadmapId: w.roadmapId },
      select: { summary: true, _count: { select: { decisions: true } } },
    });
    expect(review).toEqual({ summary: "Skalieren, was trägt.", _count: { decisions: 3 } });
    expect((await db.roadmap.findUniqueOrThrow({ where: { id: w.roadmapId } })).status).toBe(
      "active",
    );
  });

  it("is for managers and owners only; members and viewers read", () => {
    expect(can("manager", "roadmap:update")).toBe(true);
    expect(can("owner", "roadmap:update")).toBe(true);
    expect(can("member", "roadmap:update")).toBe(false);
    expect(can("viewer", "roadmap:update")).toBe(false);
    expect(can("viewer", "report:read")).toBe(true);
    expect(can("member", "report:read")).toBe(true);
  });
});

describe("completing the review", () => {
  it("completes the roadmap, scales and stops use cases, audits it all and keeps the snapshot", async () => {
    const w = await world();
    const evidence = await evidenceOf(w);
    const result = await completeReview({
      ...w.actor,
      roadmapId: w.roadmapId,
      input: decisions(w),
      evidence,
      completedByName: w.user.name,
    });
    expect(result).toEqual({ status: "ok" });
    const [roadmap, useCases, events, review] = await Promise.all([
      db.roadmap.findUniqueOrThrow({ where: { id: w.roadmapId }, select: { status: true } }),
      db.useCase.findMany({
        where: { roadmapId: w.roadmapId },
        select: { id: true, status: true, version: true },
      }),
      db.auditEvent.findMany({
        where: { requestId: w.actor.requestId },
        select: { entity: true, action: true, entityId: true },
      }),
      db.roadmapReview.findFirstOrThrow({
        where: { roadmapId: w.roadmapId },
        select: { completedAt: true, completedById: true, snapshot: true },
      }),
    ]);
    expect(roadmap.status).toBe("completed");
    const statusOf = new Map(useCases.map((u) => [u.id, u]));
    expect(statusOf.get(w.scale.id)).toMatchObject({ status: "scaled", version: 2 });
    expect(statusOf.get(w.stop.id)).toMatchObject({ status: "stopped", version: 2 });
    expect(statusOf.get(w.adjust.id)).toMatchObject({ status: "selected", version: 1 });
    expect(events.map((e) => `${e.entity}:${e.action}`).sort()).toEqual([
      "roadmap:status",
      "roadmap_review:complete",
      "use_case:change_status",
      "use_case:change_status",
    ]);
    expect(review.completedById).toBe(w.user.id);
    expect(review.completedAt).not.toBeNull();
    const snapshot = readSnapshot(review.snapshot);
    expect(snapshot?.version).toBe(1);
    expect(snapshot?.decisions).toHaveLength(3);
    expect(snapshot?.evidence.kpis[0]?.verdict).toBe("partly");
    expect(snapshot?.completedByName).toBe(w.user.name);

    // The paper reads the snapshot: a later edit of a KPI does not change it.
    await db.kpi.update({ where: { id: w.kpi.id }, data: { name: "Umbenannt" } });
    const page = await getReviewPage({
      orgId: w.org.id,
      roadmapId: w.roadmapId,
      today: todayIso(),
    });
    expect(page?.mode).toBe("paper");
    if (page?.mode === "paper") expect(page.snapshot.evidence.kpis[0]?.name).toBe("Antwortzeit");
    // A stopped use case leaves the matrix, like a rejected one.
    const matrix = await listMatrixUseCases({ orgId: w.org.id });
    expect(matrix.map((u) => u.id).sort()).toEqual([w.scale.id, w.adjust.id].sort());
    expect(await getStopDecision({ orgId: w.org.id, useCaseId: w.stop.id })).toMatchObject({
      reason: "Kein Nutzen",
      roadmap: { id: w.roadmapId },
      completedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    // Only a stop, and only within the organisation.
    expect(await getStopDecision({ orgId: w.org.id, useCaseId: w.scale.id })).toBeNull();
    const other = await createOrgWithMember("owner");
    expect(await getStopDecision({ orgId: other.org.id, useCaseId: w.stop.id })).toBeNull();
  });

  it("needs a decision for every use case: one added meanwhile refuses it, nothing stored", async () => {
    const w = await world();
    const evidence = await evidenceOf(w);
    const input = decisions(w);
    const result = await completeReview({
      ...w.actor,
      roadmapId: w.roadmapId,
      input: { ...input, decisions: input.decisions.slice(0, 2) },
      evidence,
      completedByName: null,
    });
    expect(result.status).toBe("conflict");
    // Nothing of it stored: no decision, not completed, the (empty) review at its first version.
    expect(
      await db.roadmapReview.findFirst({
        where: { roadmapId: w.roadmapId },
        select: { version: true, completedAt: true, _count: { select: { decisions: true } } },
      }),
    ).toEqual({ version: 1, completedAt: null, _count: { decisions: 0 } });
    expect((await db.roadmap.findUniqueOrThrow({ where: { id: w.roadmapId } })).status).toBe(
      "active",
    );
  });

  it("works for a roadmap without use cases, and only while the roadmap is active", async () => {
    const { org, actor, roadmap } = await createOrgWithRoadmap();
    const evidence = await getReviewEvidence({
      orgId: org.id,
      roadmapId: roadmap.id,
      today: todayIso(),
    });
    const complete = () =>
      completeReview({
        ...actor,
        roadmapId: roadmap.id,
        input: { summary: "", version: 1, decisions: [] },
        evidence: evidence!,
        completedByName: null,
      });
    expect(await complete()).toEqual({ status: "ok" });
    expect(await complete()).toEqual({ status: "not_active" });
    const page = await getReviewPage({ orgId: org.id, roadmapId: roadmap.id, today: todayIso() });
    expect(page?.mode).toBe("paper");
  });

  it("is refused for a draft roadmap, which shows no form", async () => {
    const { org, actor, roadmap } = await createOrgWithRoadmap({ status: "draft" });
    expect(
      await saveReviewDraft({
        ...actor,
        roadmapId: roadmap.id,
        input: { summary: "x", version: 1, decisions: [] },
      }),
    ).toEqual({ status: "not_active" });
    expect(await db.roadmapReview.count({ where: { orgId: org.id } })).toBe(0);
    const page = await getReviewPage({ orgId: org.id, roadmapId: roadmap.id, today: todayIso() });
    expect(page?.mode).toBe("unavailable");
  });
});
