import { describe, expect, it } from "vitest";
import { db, getRoundTrips } from "~/lib/db.server";
import { can } from "~/lib/permissions";
import {
  addMember,
  createOrgWithMember,
  createOrgWithRoadmap,
  createTemplateRoadmap,
  uniqueId,
} from "~/test/factories";
import { readStoredResult, isRiskTier } from "../assessments/register";
import { listObligations } from "../assessments/obligation-list";
import { roadmapEndDate } from "../calendar/phase-dates";
import { addDaysIso, isoToUtcDate, todayIso } from "../calendar/dates";
import { getRoadmapKpiValues } from "../oversight/derived.server";
import { getOversightSummaries } from "../oversight/summaries.server";
import { getRoadmapLedger } from "../roadmaps/learnings.server";
import { groupLearnings } from "../roadmaps/learning-kinds";
import { getUseCasePage } from "../use-cases/page.server";
import { annualHoursValueCents, priorityScore } from "../use-cases/priority";
import { listMatrixUseCases, ratingsOf } from "../use-cases/use-cases.server";
import { getReviewEvidence } from "./evidence.server";
import { completeReview, getReviewPage, saveReviewDraft } from "./review.server";
import type { ReviewInput } from "./schema";
import { budgetByPhase, readSnapshot } from "./snapshot";
import type { ReviewEvidence } from "./snapshot";
import { kpiResult } from "./verdict";

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

/**
 * Of each kind the review reads, several rows, and rows it must leave out: KPIs (a
 * derived one created before the others, an archived one), use cases (one without owner
 * created first, an archived one, one of another roadmap), assessments (an older
 * completed one and a newer draft), oversight incidents (high, open and followed up),
 * learnings of other kinds, phases and authors, budget lines, obligation tasks (open,
 * deleted) and a task of the plan.
 */
async function fullWorld() {
  const w = await world();
  const { org, user, roadmapId } = w;
  const orgId = org.id;
  const elsewhere = await createOrgWithRoadmap();
  const second = await createTemplateRoadmap(w.actor, { title: "Zweiter" });
  const colleague = await addMember(orgId, "member", "Kollegin");
  const phases = (await db.phase.findMany({
    where: { roadmapId },
    select: { id: true, kind: true },
  })) as { id: string; kind: string }[];
  const phase = (kind: string) => phases.find((p) => p.kind === kind)!.id;
  const at = (day: string) => new Date(`${day}T09:00:00.000Z`);
  await db.kpi.create({
    data: {
      orgId,
      roadmapId,
      useCaseId: w.scale.id,
      name: "Korrekturquote",
      category: "quality",
      unit: "%",
      direction: "lower_is_better",
      baseline: 30,
      target: 10,
      source: "oversight_correction_rate",
      baselineDate: isoToUtcDate("2026-03-02"),
      targetDate: isoToUtcDate("2026-05-30"),
      createdAt: at("2026-01-01"),
    },
  });
  await db.kpi.create({
    data: {
      orgId,
      roadmapId,
      name: "Archiviert",
      category: "efficiency",
      direction: "higher_is_better",
      baseline: 1,
      target: 2,
      baselineDate: isoToUtcDate("2026-03-02"),
      targetDate: isoToUtcDate("2026-05-30"),
      archivedAt: new Date(),
    },
  });
  const first = await db.useCase.create({
    data: { orgId, roadmapId, title: "Ohne Verantwortliche", createdAt: at("2026-01-01") },
    select: { id: true },
  });
  await db.useCase.create({
    data: { orgId, roadmapId, title: "Archiviert", archivedAt: new Date() },
  });
  await db.useCase.createMany({
    data: [
      { orgId, title: "Ohne Fahrplan" },
      { orgId, roadmapId: second.id, title: "Anderer Fahrplan" },
      // Another organisation's row naming this roadmap: never read.
      { orgId: elsewhere.org.id, roadmapId, title: "Fremd" },
    ],
  });
  await db.kpi.create({
    data: {
      orgId,
      roadmapId: second.id,
      name: "Anderer Fahrplan",
      category: "efficiency",
      direction: "higher_is_better",
      baseline: 1,
      target: 2,
      baselineDate: isoToUtcDate("2026-03-02"),
      targetDate: isoToUtcDate("2026-05-30"),
    },
  });
  // Created in this order (not the order of their ids).
  await db.useCase.update({ where: { id: w.stop.id }, data: { createdAt: at("2026-01-03") } });
  await db.useCase.update({ where: { id: w.scale.id }, data: { createdAt: at("2026-01-04") } });
  await db.useCase.update({
    where: { id: w.adjust.id },
    data: { createdAt: at("2026-01-05"), ownerId: colleague.id },
  });
  await db.assessment.create({
    data: {
      orgId,
      useCaseId: w.scale.id,
      status: "completed",
      answers: {},
      result: { tier: "high_risk", roles: ["deployer"], obligations: ["art4-literacy"] },
      tier: "high_risk",
      rulesetVersion: "test",
      completedAt: at("2025-12-01"),
    },
  });
  await db.assessment.create({
    data: {
      orgId,
      useCaseId: w.scale.id,
      answers: {},
      result: { tier: "prohibited", roles: [], obligations: [] },
      rulesetVersion: "test",
    },
  });
  await db.assessment.create({
    data: {
      orgId,
      useCaseId: first.id,
      status: "completed",
      answers: {},
      result: { tier: "minimal", roles: ["deployer"], obligations: ["art4-literacy"] },
      tier: "minimal",
      rulesetVersion: "test",
      completedAt: at("2026-02-01"),
    },
  });
  const followUp = await db.task.create({
    data: {
      orgId,
      roadmapId,
      phaseId: phase("pilot"),
      title: "Nachgehen",
      dueDate: isoToUtcDate("2026-04-01"),
      status: "done",
    },
    select: { id: true },
  });
  const review = (useCaseId: string, daysAgo: number, extra: object = {}) =>
    db.oversightReview.create({
      data: {
        orgId,
        useCaseId,
        reviewerId: user.id,
        date: isoToUtcDate(addDaysIso(todayIso(), -daysAgo)),
        reviewedCount: 10,
        approvedCount: 7,
        correctedCount: 2,
        rejectedCount: 1,
        ...extra,
      },
    });
  await review(w.scale.id, 1, { hasIncident: true, incidentSeverity: "high" });
  await review(w.scale.id, 40);
  await review(w.stop.id, 2, {
    hasIncident: true,
    incidentSeverity: "high",
    followUpTaskId: followUp.id,
  });
  await review(w.stop.id, 5, { hasIncident: true, incidentSeverity: "low" });
  await db.learning.create({
    data: {
      orgId,
      roadmapId,
      phaseId: phase("analysis"),
      kind: "went_well",
      text: "Schnell gestartet",
      authorId: colleague.id,
      createdAt: at("2026-01-02"),
    },
  });
  await db.learning.create({
    data: { orgId, roadmapId, phaseId: phase("pilot"), kind: "to_change", text: "Früher messen" },
  });
  await db.learning.create({
    data: {
      orgId,
      roadmapId,
      phaseId: phase("analysis"),
      kind: "went_well",
      text: "Gute Daten",
      authorId: user.id,
      createdAt: at("2026-01-01"),
    },
  });
  await db.budgetLine.createMany({
    data: [
      { orgId, roadmapId, phaseId: phase("analysis"), label: "Workshop", plannedCents: 50_00 },
      {
        orgId,
        roadmapId,
        phaseId: phase("pilot"),
        label: "Cloud",
        plannedCents: 7_00,
        actualCents: 9_00,
      },
    ],
  });
  const obligationTask = (sourceKey: string, extra: object = {}) =>
    db.task.create({
      data: {
        orgId,
        roadmapId,
        phaseId: phase("pilot"),
        title: sourceKey,
        dueDate: isoToUtcDate("2026-04-01"),
        sourceKey,
        ...extra,
      },
    });
  await obligationTask(`obligation:${first.id}:art4-literacy`);
  await obligationTask(`obligation:${w.scale.id}:deployer-art26-human-oversight`, {
    status: "done",
    deletedAt: new Date(),
  });
  await obligationTask("learning:x");
  return { ...w, first, colleague };
}

/**
 * The evidence as the review read it before its own statements (the ORM and the shared
 * readers, one query per record kind): what readReviewRecords must give the same.
 */
async function evidenceByRecords(scope: {
  orgId: string;
  roadmapId: string;
  today: string;
}): Promise<ReviewEvidence | null> {
  const { orgId, roadmapId, today } = scope;
  const [ledger, kpis, valuesOf, useCases, obligationTasks] = await Promise.all([
    getRoadmapLedger({ orgId, roadmapId }),
    db.kpi.findMany({
      where: { orgId, roadmapId, archivedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    getRoadmapKpiValues({ orgId, roadmapId }),
    db.useCase.findMany({
      where: { orgId, roadmapId, archivedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: {
        owner: { select: { name: true } },
        assessments: {
          where: { orgId, status: "completed" },
          orderBy: { completedAt: "desc" },
          take: 1,
          select: { result: true },
        },
      },
    }),
    db.task.findMany({
      where: { orgId, roadmapId, deletedAt: null, sourceKey: { startsWith: "obligation:" } },
      select: { sourceKey: true, status: true },
    }),
  ]);
  if (!ledger) return null;
  const valueWeeks = ledger.roadmap.lengthDays / 7;
  const oversight = await getOversightSummaries({
    orgId,
    useCaseIds: useCases.map((u) => u.id),
    today,
  });
  const planned = obligationTasks.map((t) => t.sourceKey!);
  const done = new Set(obligationTasks.filter((t) => t.status === "done").map((t) => t.sourceKey));
  return {
    roadmap: {
      id: ledger.roadmap.id,
      title: ledger.roadmap.title,
      startDate: ledger.roadmap.startDate,
      endDate: roadmapEndDate(ledger.roadmap),
      budgetCents: ledger.roadmap.plannedBudgetCents,
    },
    valueWeeks,
    kpis: kpis.map((k) => ({
      id: k.id,
      name: k.name,
      unit: k.unit,
      direction: k.direction,
      baseline: k.baseline,
      target: k.target,
      useCaseId: k.useCaseId,
      ...kpiResult(k, valuesOf(k)),
    })),
    useCases: useCases.map((u, i) => {
      const result = u.assessments[0] ? readStoredResult(u.assessments[0].result) : null;
      const tier = isRiskTier(result?.tier) ? result.tier : null;
      const prefix = `obligation:${u.id}:`;
      const obligations = result
        ? listObligations(
            result,
            planned.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)),
            today,
          ).groups.flatMap((g) => g.obligations)
        : [];
      const { useCaseId: _id, ...summary } = oversight[i]!;
      return {
        id: u.id,
        title: u.title,
        status: u.status,
        ownerId: u.ownerId,
        ownerName: u.owner?.name ?? null,
        score: priorityScore({ ...ratingsOf(u), tier }),
        tier,
        openObligations: obligations
          .filter((o) => !done.has(`${prefix}${o.code}`))
          .map((o) => ({ code: o.code, appliesFrom: o.from })),
        obligationsTotal: obligations.length,
        hoursSavedPerWeek: u.hoursSavedPerWeek,
        hourlyCostCents: u.hourlyCostCents,
        valueCents: annualHoursValueCents(u.hoursSavedPerWeek, u.hourlyCostCents, valueWeeks),
        oversight: summary.reviewsLast30Days > 0 || summary.lastIncident ? summary : null,
      };
    }),
    learnings: groupLearnings(
      [...ledger.learnings]
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map((l) => ({
          id: l.id,
          kind: l.kind,
          text: l.text,
          phase: l.phase,
          authorName: l.authorName,
        })),
    ),
    budget: budgetByPhase(ledger.budgetLines),
  };
}

describe("the closing review's statements", () => {
  it("give the evidence the records give one by one, in the same order", async () => {
    const w = await fullWorld();
    const scope = { orgId: w.org.id, roadmapId: w.roadmapId, today: todayIso() };
    const evidence = await getReviewEvidence(scope);
    expect(evidence).toEqual(await evidenceByRecords(scope));
    // The figures themselves, so that a change to both readers is noticed too.
    expect(evidence!.kpis.map((k) => k.name)).toEqual(["Korrekturquote", "Antwortzeit"]);
    expect(evidence!.useCases.map((u) => u.title)).toEqual([
      "Ohne Verantwortliche",
      "Lagerwarnungen",
      "Antwortentwürfe",
      "Angebote",
    ]);
    const byId = new Map(evidence!.useCases.map((u) => [u.id, u]));
    expect(byId.get(w.first.id)).toMatchObject({ ownerName: null, tier: "minimal" });
    // Planned, not done: still open.
    expect(byId.get(w.first.id)!.openObligations.map((o) => o.code)).toEqual(["art4-literacy"]);
    expect(byId.get(w.adjust.id)!.ownerName).toBe("Kollegin");
    // The newest completed assessment (not the older one, not the draft); the deleted
    // task does not count as done.
    expect(byId.get(w.scale.id)).toMatchObject({ tier: "limited", obligationsTotal: 2 });
    expect(byId.get(w.scale.id)!.openObligations.map((o) => o.code)).toEqual([
      "deployer-art26-human-oversight",
    ]);
    expect(byId.get(w.scale.id)!.oversight).toMatchObject({
      reviewsLast30Days: 2,
      outputsReviewedLast30Days: 30,
      openHighIncidents: 1,
      lastIncident: { severity: "high" },
    });
    expect(byId.get(w.stop.id)!.oversight).toMatchObject({
      reviewsLast30Days: 2,
      openHighIncidents: 0,
      lastIncident: { severity: "high" },
    });
    expect(evidence!.learnings.went_well.map((l) => [l.text, l.phase, l.authorName])).toEqual([
      ["Gute Daten", "analysis", w.user.name],
      ["Schnell gestartet", "analysis", "Kollegin"],
    ]);
    expect(evidence!.learnings.to_change.map((l) => l.authorName)).toEqual([null]);
    expect(evidence!.budget.find((p) => p.kind === "analysis")!.budget).toEqual({
      plannedCents: 50_00,
      actualCents: 0,
    });
    expect(evidence!.budget.find((p) => p.kind === "pilot")!.budget).toEqual({
      plannedCents: 107_00,
      actualCents: 129_00,
    });
  });

  it("read the page in three statements besides the session, whatever its size", async () => {
    const small = await createOrgWithRoadmap();
    const w = await fullWorld();
    await saveReviewDraft({ ...w.actor, roadmapId: w.roadmapId, input: decisions(w) });
    const count = async (orgId: string, roadmapId: string) => {
      const before = getRoundTrips();
      const page = await getReviewPage({ orgId, roadmapId, today: todayIso() });
      return { page, statements: getRoundTrips() - before };
    };
    const full = await count(w.org.id, w.roadmapId);
    expect(full.page?.mode).toBe("form");
    if (full.page?.mode !== "form") return;
    expect(full.page.draft).toEqual({
      version: 2,
      summary: decisions(w).summary,
      decisions: [...decisions(w).decisions].sort((a, b) =>
        a.useCaseId < b.useCaseId ? -1 : a.useCaseId > b.useCaseId ? 1 : 0,
      ),
    });
    expect(full.page.evidence.useCases).toHaveLength(4);
    // The issue 20 budget: 5 per page with the session's 1.
    expect(full.statements).toBeLessThanOrEqual(4);
    expect(full.statements).toBe(3);
    expect((await count(small.org.id, small.roadmap.id)).statements).toBe(full.statements);

    // The decision paper reads the roadmap and its review only.
    const evidence = await evidenceOf(w);
    await completeReview({
      ...w.actor,
      roadmapId: w.roadmapId,
      input: {
        ...decisions(w),
        version: 2,
        decisions: [
          ...decisions(w).decisions,
          {
            useCaseId: w.first.id,
            decision: "adjust",
            reason: "Offen",
            rolloutUnits: 1,
          },
        ],
      },
      evidence,
      completedByName: null,
    });
    const paper = await count(w.org.id, w.roadmapId);
    expect(paper.page?.mode).toBe("paper");
    expect(paper.statements).toBe(1);
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
    // The stopped use case's page says why, and which review stopped it.
    const pageOf = (orgId: string, useCaseId: string) =>
      getUseCasePage({ orgId, useCaseId, today: todayIso() });
    expect((await pageOf(w.org.id, w.stop.id))!.stopDecision).toMatchObject({
      reason: "Kein Nutzen",
      roadmap: { id: w.roadmapId },
      completedAt: review.completedAt!.toISOString(),
    });
    // Only a stop, and only within the organisation.
    expect((await pageOf(w.org.id, w.scale.id))!.stopDecision).toBeNull();
    const other = await createOrgWithMember("owner");
    expect(await pageOf(other.org.id, w.stop.id)).toBeNull();
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
