import { describe, expect, it } from "vitest";
import { captureStatements, db, getRoundTrips } from "~/lib/db.server";
import {
  addMember,
  createOrgWithMember,
  createTemplateRoadmap,
  createUser,
} from "~/test/factories";
import { utcDateToIso } from "../calendar/dates";
import { getUseCasePage } from "./page.server";
import type { UseCaseFormInput } from "./schema";
import {
  getUseCase,
  getUseCaseFormOptions,
  listMatrixUseCases,
  listUseCases,
} from "./use-cases.server";
import {
  changeUseCaseStatus,
  createUseCase,
  setUseCaseArchived,
  updateUseCase,
} from "./edit.server";

function input(overrides: Partial<UseCaseFormInput> = {}): UseCaseFormInput {
  return {
    title: "Antwortentwürfe",
    area: "customer_service",
    description: "",
    hoursSavedPerWeek: 5,
    hourlyCostCents: 4500,
    extraRevenueCents: 0,
    errorReductionPct: 10,
    ratingValue: 4,
    ratingDataQuality: 3,
    ratingDataProtection: 2,
    ratingTeamReadiness: 4,
    ratingEffort: 3,
    roadmapId: null,
    ownerId: null,
    ...overrides,
  };
}

async function created(actor: { orgId: string; actorId: string }, overrides = {}) {
  const result = await createUseCase({ ...actor, input: input(overrides) });
  if (!result.ok) throw new Error("create failed");
  return result.id;
}

describe("use cases", () => {
  it("creates a candidate with its benefit and score, and records the audit event", async () => {
    const { org, actor } = await createOrgWithMember("manager");
    const id = await created(actor);
    const useCase = await getUseCase({ orgId: org.id, useCaseId: id });
    expect(useCase).toMatchObject({
      status: "candidate",
      score: 56,
      feasibility: 3.5,
      quadrant: "quick_win",
      // 5 h × €45 × 46 weeks
      annualHoursValueCents: 1_035_000,
      version: 1,
    });
    const audit = await db.auditEvent.findFirst({
      where: { orgId: org.id, entity: "use_case", entityId: id, action: "create" },
    });
    expect(audit?.actorId).toBe(actor.actorId);
  });

  it("lists the best priority first and leaves archived ones out", async () => {
    const { org, actor } = await createOrgWithMember("manager");
    const low = await created(actor, { title: "Low", ratingValue: 1 });
    const high = await created(actor, { title: "High", ratingValue: 5 });
    const archived = await created(actor, { title: "Archived", ratingValue: 5 });
    await setUseCaseArchived({ ...actor, useCaseId: archived, version: 1, archived: true });
    const list = await listUseCases({ orgId: org.id });
    expect(list.map((u) => u.id)).toEqual([high, low]);
    const archivedList = await listUseCases({ orgId: org.id, archived: true });
    expect(archivedList.map((u) => u.id)).toEqual([archived]);
    expect((await listMatrixUseCases({ orgId: org.id })).map((u) => u.id)).not.toContain(archived);
  });

  it("lists each use case as its page shows it (owner, roadmap, newest completed tier), filtered by status, in one statement", async () => {
    const { org, user, actor } = await createOrgWithMember("manager");
    const roadmap = await createTemplateRoadmap(actor, { title: "Eigen" });
    const id = await created(actor, { roadmapId: roadmap.id, ownerId: user.id });
    const plain = await created(actor, { title: "Ohne alles", ratingValue: 1 });
    const assessment = (tier: string | null, status: "draft" | "completed", day: string) =>
      db.assessment.create({
        data: {
          orgId: org.id,
          useCaseId: id,
          status,
          tier,
          answers: {},
          rulesetVersion: "test",
          completedAt: status === "completed" ? new Date(`${day}T10:00:00Z`) : null,
        },
      });
    await assessment("minimal", "completed", "2026-03-01");
    await assessment("limited", "completed", "2026-03-05");
    await assessment("high_risk", "draft", "2026-03-09");

    let list: Awaited<ReturnType<typeof listUseCases>> = [];
    const statements = await captureStatements(async () => {
      list = await listUseCases({ orgId: org.id });
    });
    expect(statements).toHaveLength(1);
    let page: Awaited<ReturnType<typeof getUseCase>> = null;
    expect(
      await captureStatements(async () => {
        page = await getUseCase({ orgId: org.id, useCaseId: id });
      }),
    ).toHaveLength(2);
    expect(page!.latestAssessment).toMatchObject({ tier: "limited", authorName: null });
    const {
      createdAt: _c,
      updatedAt: _u,
      latestAssessment: _l,
      hasDraft,
      assessmentCount,
      ...shown
    } = page!;
    expect({ hasDraft, assessmentCount }).toEqual({ hasDraft: true, assessmentCount: 2 });
    expect(list).toEqual([
      { ...shown, tier: "limited" },
      expect.objectContaining({ id: plain, ownerName: null, roadmapTitle: null, tier: null }),
    ]);
    expect(list[0]).toMatchObject({ ownerName: user.name, roadmapTitle: "Eigen" });
    expect(
      (await listUseCases({ orgId: org.id, status: "candidate" })).map((u) => u.id).sort(),
    ).toEqual([id, plain].sort());
    expect(await listUseCases({ orgId: org.id, status: "selected" })).toEqual([]);
  });

  it("keeps rejected use cases off the matrix", async () => {
    const { org, actor } = await createOrgWithMember("manager");
    const id = await created(actor);
    expect(
      await changeUseCaseStatus({ ...actor, useCaseId: id, version: 1, status: "rejected" }),
    ).toEqual({ ok: true });
    expect(await listMatrixUseCases({ orgId: org.id })).toEqual([]);
  });

  it("refuses a stale edit with the current values and applies a fresh one", async () => {
    const { org, actor } = await createOrgWithMember("manager");
    const id = await created(actor);
    const first = await updateUseCase({
      ...actor,
      useCaseId: id,
      version: 1,
      input: input({ title: "Erste Änderung" }),
    });
    expect(first).toEqual({ ok: true });
    const stale = await updateUseCase({
      ...actor,
      useCaseId: id,
      version: 1,
      input: input({ title: "Veraltete Änderung" }),
    });
    expect(stale.ok).toBe(false);
    if (stale.ok || stale.reason !== "conflict") throw new Error("expected a conflict");
    expect(stale.current).toMatchObject({ title: "Erste Änderung", version: 2 });
    const after = await getUseCase({ orgId: org.id, useCaseId: id });
    expect(after?.title).toBe("Erste Änderung");
    const audits = await db.auditEvent.count({
      where: { orgId: org.id, entityId: id, action: "update" },
    });
    expect(audits).toBe(1);
  });

  it("links only roadmaps and owners of the same organisation", async () => {
    const { org, user, actor } = await createOrgWithMember("manager");
    const other = await createOrgWithMember("owner");
    const foreignRoadmap = await createTemplateRoadmap(other.actor, { title: "Fremd" });
    const outsider = await createUser();
    const result = await createUseCase({
      ...actor,
      input: input({ roadmapId: foreignRoadmap.id, ownerId: outsider.id }),
    });
    expect(result).toEqual({ ok: false, invalid: ["roadmapId", "ownerId"] });
    const own = await createTemplateRoadmap(actor, { title: "Eigen" });
    const ok = await createUseCase({
      ...actor,
      input: input({ roadmapId: own.id, ownerId: user.id }),
    });
    expect(ok.ok).toBe(true);
    const options = await getUseCaseFormOptions({ orgId: org.id });
    expect(options.roadmaps.map((r) => r.id)).toEqual([own.id]);
    expect(options.members.map((m) => m.id)).toEqual([user.id]);
  });

  it("offers roadmaps newest first without the archived and members by name, in one statement", async () => {
    const { org, user, actor } = await createOrgWithMember("manager");
    await db.user.update({ where: { id: user.id }, data: { name: "Mia Manager" } });
    const zoe = await addMember(org.id, "member", "Zoe Zimmer");
    const anna = await addMember(org.id, "viewer", "Anna Alt");
    const older = await createTemplateRoadmap(actor, { title: "Alt", startDate: "2026-01-05" });
    const newer = await createTemplateRoadmap(actor, { title: "Neu", startDate: "2026-04-06" });
    const archived = await createTemplateRoadmap(actor, {
      title: "Archiviert",
      startDate: "2026-06-01",
    });
    await db.roadmap.update({ where: { id: archived.id }, data: { status: "archived" } });

    const statements = await captureStatements(async () => {
      const options = await getUseCaseFormOptions({ orgId: org.id });
      expect(options.roadmaps).toEqual([
        { id: newer.id, title: "Neu" },
        { id: older.id, title: "Alt" },
      ]);
      expect(options.members).toEqual([
        { id: anna.id, name: "Anna Alt" },
        { id: user.id, name: "Mia Manager" },
        { id: zoe.id, name: "Zoe Zimmer" },
      ]);
    });
    expect(statements).toHaveLength(1);
  });

  it("moves along the status path and refuses jumps", async () => {
    const { actor } = await createOrgWithMember("manager");
    const id = await created(actor);
    expect(
      await changeUseCaseStatus({ ...actor, useCaseId: id, version: 1, status: "scaled" }),
    ).toEqual({ ok: false, reason: "invalid_transition" });
    expect(
      await changeUseCaseStatus({ ...actor, useCaseId: id, version: 1, status: "selected" }),
    ).toEqual({ ok: true });
    // The version moved on: a second click from the old page is a conflict, not a double move.
    expect(
      await changeUseCaseStatus({ ...actor, useCaseId: id, version: 1, status: "piloting" }),
    ).toEqual({ ok: false, reason: "conflict" });
  });

  it("another organisation can neither read nor change a use case", async () => {
    const { actor } = await createOrgWithMember("manager");
    const id = await created(actor);
    const other = await createOrgWithMember("owner");
    const intruder = { orgId: other.org.id, actorId: other.user.id };
    expect(await getUseCase({ orgId: other.org.id, useCaseId: id })).toBeNull();
    expect(await listUseCases({ orgId: other.org.id })).toEqual([]);
    expect(
      await updateUseCase({ ...intruder, useCaseId: id, version: 1, input: input({ title: "X" }) }),
    ).toEqual({ ok: false, reason: "not_found" });
    expect(
      await changeUseCaseStatus({ ...intruder, useCaseId: id, version: 1, status: "selected" }),
    ).toEqual({ ok: false, reason: "not_found" });
    expect(
      await setUseCaseArchived({ ...intruder, useCaseId: id, version: 1, archived: true }),
    ).toEqual({ ok: false, reason: "not_found" });
    const untouched = await getUseCase({ orgId: actor.orgId, useCaseId: id });
    expect(untouched).toMatchObject({ title: "Antwortentwürfe", status: "candidate", version: 1 });
    expect(untouched?.isArchived).toBe(false);
  });
});

/*
 * A use case's page: a stopped use case with several rows of every kind its page reads
 * (assessments, review sessions, derived KPIs, data sources with checks, a team with
 * trainings and a plan), beside another use case and another organisation with their own.
 */
const PAGE_TODAY = "2026-03-25";

async function useCaseWithEverything(name = "Seite GmbH") {
  const { org, user: manager, actor } = await createOrgWithMember("manager", name);
  await db.user.update({ where: { id: manager.id }, data: { name: "Mia Manager" } });
  const owner = await addMember(org.id, "member", "Otto Owner");
  const zoe = await addMember(org.id, "member", "Zoë Weber");
  const anna = await addMember(org.id, "member", "Anna Alt");
  const ben = await addMember(org.id, "viewer", "Ben Berg");
  const outsider = await createUser({ name: "Olaf Outsider" });
  const roadmap = await createTemplateRoadmap(actor, { title: "Pilot", startDate: "2026-01-05" });
  const id = await created(actor, { roadmapId: roadmap.id, ownerId: owner.id, title: "Seite" });
  const other = await created(actor, { roadmapId: roadmap.id, title: "Daneben" });
  await db.useCase.update({ where: { id }, data: { status: "stopped" } });
  const orgId = org.id;

  for (const [day, status, tier] of [
    ["2026-01-10", "completed", "minimal"],
    ["2026-02-10", "completed", "limited"],
    ["2026-03-10", "draft", null],
  ] as const) {
    await db.assessment.create({
      data: {
        orgId,
        useCaseId: id,
        authorId: manager.id,
        status,
        tier,
        answers: {},
        rulesetVersion: "test",
        createdAt: new Date(`${day}T09:00:00Z`),
        completedAt: status === "completed" ? new Date(`${day}T10:00:00Z`) : null,
      },
    });
  }
  // Seven sessions (the page lists five), one with an open high-severity incident, one
  // older than 30 days; and one of the other use case.
  const sessions: [string, number, number, "low" | "high" | null][] = [
    ["2026-02-01", 50, 20, null],
    ["2026-03-02", 40, 8, null],
    ["2026-03-09", 30, 3, "low"],
    ["2026-03-16", 20, 2, null],
    ["2026-03-18", 25, 5, "high"],
    ["2026-03-20", 10, 1, null],
    ["2026-03-24", 15, 0, null],
  ];
  for (const [day, reviewed, corrected, severity] of sessions) {
    await db.oversightReview.create({
      data: {
        orgId,
        useCaseId: id,
        reviewerId: day === "2026-03-20" ? null : zoe.id,
        date: new Date(`${day}T00:00:00Z`),
        reviewedCount: reviewed,
        approvedCount: reviewed - corrected,
        correctedCount: corrected,
        rejectedCount: 0,
        hasIncident: severity !== null,
        incidentSeverity: severity,
      },
    });
  }
  await db.oversightReview.create({
    data: {
      orgId,
      useCaseId: other,
      date: new Date("2026-03-24T00:00:00Z"),
      reviewedCount: 99,
      approvedCount: 0,
      correctedCount: 99,
      rejectedCount: 0,
    },
  });
  const kpi = (
    name: string,
    source: "manual" | "oversight_correction_rate" | "oversight_approval_rate",
    extra = {},
  ) =>
    db.kpi.create({
      data: {
        orgId,
        useCaseId: id,
        name,
        source,
        category: "quality",
        direction: "lower_is_better",
        baseline: 30,
        target: 10,
        baselineDate: new Date("2026-01-05T00:00:00Z"),
        targetDate: new Date("2026-04-05T00:00:00Z"),
        ...extra,
      },
    });
  const correction = await kpi("Korrekturquote", "oversight_correction_rate", {
    createdAt: new Date("2026-02-01T00:00:00Z"),
  });
  const approval = await kpi("Freigabequote", "oversight_approval_rate", {
    createdAt: new Date("2026-02-02T00:00:00Z"),
  });
  await kpi("Von Hand", "manual");
  await kpi("Archiviert", "oversight_correction_rate", { archivedAt: new Date() });

  const source = (name: string, personalData: "none" | "ordinary" | "special", useCaseId = id) =>
    db.dataSource.create({
      data: { orgId, useCaseId, name, kind: "customer", personalData, legalBasis: null },
    });
  const tickets = await source("Tickets", "ordinary");
  const manuals = await source("Handbücher", "none");
  await source("Anderswo", "special", other);
  for (const aspect of ["completeness", "accuracy", "timeliness", "representativeness"] as const) {
    await db.dataSourceCheck.create({
      data: {
        orgId,
        dataSourceId: manuals.id,
        aspect,
        checkedOn: new Date("2026-03-01T00:00:00Z"),
      },
    });
  }
  await db.dataSourceCheck.create({
    data: {
      orgId,
      dataSourceId: tickets.id,
      aspect: "accuracy",
      checkedOn: new Date("2026-03-01T00:00:00Z"),
    },
  });

  // The team: owner Otto, Zoë and Anna (and Olaf, who is no member, counts for nothing).
  for (const userId of [zoe.id, anna.id, outsider.id]) {
    await db.useCaseMember.create({ data: { orgId, useCaseId: id, userId } });
  }
  await db.useCaseMember.create({ data: { orgId, useCaseId: other, userId: ben.id } });
  const training = (topic: "basics" | "data_protection") =>
    db.training.create({
      data: { orgId, title: topic, topic, format: "e_learning", validityMonths: 24 },
    });
  const basics = await training("basics");
  const dataProtection = await training("data_protection");
  const completed = (trainingId: string, userId: string, day: string) =>
    db.trainingCompletion.create({
      data: { orgId, trainingId, userId, completedOn: new Date(`${day}T00:00:00Z`) },
    });
  await completed(basics.id, owner.id, "2025-06-01");
  await completed(basics.id, zoe.id, "2023-01-10"); // expired
  await completed(dataProtection.id, anna.id, "2026-01-10"); // does not count
  await db.trainingAssignment.create({
    data: {
      orgId,
      trainingId: basics.id,
      userId: anna.id,
      dueDate: new Date("2026-04-30T00:00:00Z"),
    },
  });

  // The closing review that stopped it.
  const review = await db.roadmapReview.create({
    data: { orgId, roadmapId: roadmap.id, completedAt: new Date("2026-03-21T12:00:00Z") },
  });
  await db.useCaseDecision.create({
    data: { orgId, reviewId: review.id, useCaseId: id, decision: "stop", reason: "Zu ungenau" },
  });
  await db.useCaseDecision.create({
    data: { orgId, reviewId: review.id, useCaseId: other, decision: "scale" },
  });
  return {
    org,
    actor,
    id,
    roadmap,
    people: { manager, owner, zoe, anna, ben },
    correction,
    approval,
    tickets,
  };
}

describe("a use case's page", () => {
  it("reads everything it shows in two statements, whatever it holds", async () => {
    const { org, actor, id } = await useCaseWithEverything();
    // Another organisation with the same records reads nothing into this one's page.
    await useCaseWithEverything("Fremd GmbH");
    const bare = await created(actor);
    const count = async (useCaseId: string) => {
      const before = getRoundTrips();
      expect(await getUseCasePage({ orgId: org.id, useCaseId, today: PAGE_TODAY })).not.toBeNull();
      return getRoundTrips() - before;
    };
    // With the session's lookup, three of the page's five statements.
    expect(await count(id)).toBe(2);
    expect(await count(bare)).toBe(2);
  });

  it("shows the use case as getUseCase reads it, and what each part says", async () => {
    const { org, id, roadmap, people, correction, approval, tickets } =
      await useCaseWithEverything();
    await useCaseWithEverything("Fremd GmbH");
    const orgId = org.id;
    const page = (await getUseCasePage({ orgId, useCaseId: id, today: PAGE_TODAY }))!;
    expect(Object.keys(page).sort()).toEqual(
      ["dataReadiness", "oversight", "stopDecision", "team", "useCase"].sort(),
    );

    // The use case: the same as the use case's own read (its edit and team pages').
    expect(page.useCase).toEqual(await getUseCase({ orgId, useCaseId: id }));
    expect(page.useCase).toMatchObject({
      id,
      title: "Seite",
      roadmapId: roadmap.id,
      status: "stopped",
      ownerName: "Otto Owner",
      roadmapTitle: "Pilot",
      hasDraft: true,
      assessmentCount: 2,
      latestAssessment: { tier: "limited", authorName: "Mia Manager" },
    });
    expect(page.oversight.summary).toEqual({
      useCaseId: id,
      reviewsLast30Days: 6,
      outputsReviewedLast30Days: 140,
      correctionRateLast30Days: 13.6,
      lastIncident: { date: "2026-03-18", severity: "high" },
      openHighIncidents: 1,
    });
    // The five newest sessions, each with its id and incident.
    const sessions = await db.oversightReview.findMany({
      where: { orgId, useCaseId: id },
      select: { id: true, date: true },
    });
    const session = (day: string) => sessions.find((r) => utcDateToIso(r.date) === day)!.id;
    expect(page.oversight.recent).toEqual(
      (
        [
          ["2026-03-24", 15, 0, null, "Zoë Weber"],
          ["2026-03-20", 10, 1, null, null],
          ["2026-03-18", 25, 5, "high", "Zoë Weber"],
          ["2026-03-16", 20, 2, null, "Zoë Weber"],
          ["2026-03-09", 30, 3, "low", "Zoë Weber"],
        ] as const
      ).map(([date, reviewed, changed, incidentSeverity, reviewerName]) => ({
        id: session(date),
        date,
        reviewed,
        changed,
        incidentSeverity,
        reviewerName,
      })),
    );
    expect(page.oversight.kpis).toEqual([
      { id: correction.id, name: "Korrekturquote", source: "oversight_correction_rate" },
      { id: approval.id, name: "Freigabequote", source: "oversight_approval_rate" },
    ]);
    // Owner first, then by name (Olaf is no member); basics for 24 months count.
    const { manager, owner, zoe, anna, ben } = people;
    expect(page.team!.team).toEqual([
      {
        userId: owner.id,
        name: "Otto Owner",
        role: "member",
        isOwner: true,
        literacy: { state: "trained", validUntil: "2027-06-01", isExpiringSoon: false },
        plannedBy: null,
      },
      {
        userId: anna.id,
        name: "Anna Alt",
        role: "member",
        isOwner: false,
        literacy: { state: "missing", validUntil: null, isExpiringSoon: false },
        plannedBy: "2026-04-30",
      },
      {
        userId: zoe.id,
        name: "Zoë Weber",
        role: "member",
        isOwner: false,
        literacy: { state: "expired", validUntil: "2025-01-10", isExpiringSoon: false },
        plannedBy: null,
      },
    ]);
    expect(page.team!.candidates).toEqual([
      { id: ben.id, name: "Ben Berg" },
      { id: manager.id, name: "Mia Manager" },
    ]);
    expect(page.team!.coverage).toEqual({
      trained: 1,
      teamSize: 3,
      missing: ["Anna Alt", "Zoë Weber"],
    });
    expect(page.dataReadiness).toEqual({
      sources: 2,
      fullyChecked: 1,
      openChecks: 3,
      openQuestions: [{ code: "no_legal_basis", sourceId: tickets.id, sourceName: "Tickets" }],
      state: "checks_open",
    });
    expect(page.stopDecision).toEqual({
      reason: "Zu ungenau",
      completedAt: "2026-03-21T12:00:00.000Z",
      roadmap: { id: roadmap.id, title: "Pilot" },
    });
  });

  it("is not found in another organisation, and empty lists read as such", async () => {
    const { org, actor, id } = await useCaseWithEverything();
    const other = await createOrgWithMember("owner");
    expect(
      await getUseCasePage({ orgId: other.org.id, useCaseId: id, today: PAGE_TODAY }),
    ).toBeNull();

    const bare = await created(actor);
    const page = (await getUseCasePage({ orgId: org.id, useCaseId: bare, today: PAGE_TODAY }))!;
    expect(page).toMatchObject({
      useCase: { id: bare, latestAssessment: null, hasDraft: false, assessmentCount: 0 },
      oversight: {
        summary: { reviewsLast30Days: 0, correctionRateLast30Days: null, lastIncident: null },
        recent: [],
        kpis: [],
      },
      team: { team: [], coverage: { trained: 0, teamSize: 0, missing: [] } },
      dataReadiness: { sources: 0, state: "no_sources" },
      stopDecision: null,
    });
    expect(page.team!.candidates).toHaveLength(5);
  });
});
