import { describe, expect, it } from "vitest";
import { db, getRoundTrips } from "~/lib/db.server";
import { addMember, createOrgWithMember } from "~/test/factories";
import { isoToUtcDate } from "../calendar/dates";
import { getUseCaseLiteracy } from "../literacy/coverage.server";
import {
  completeAssessment,
  discardDraft,
  getAssessmentWorkspace,
  saveAssessmentStep,
} from "./assessments.server";
import { planObligations } from "./obligation-plan.server";
import { getAssessmentResult, listAssessmentHistory } from "./results.server";
import { CV_SCREENING, stepForm } from "./assessments.test-helpers";
import { listRegister } from "./register.server";
import { RULESET_VERSION } from "./ruleset";
import { AS_OF, assessCv, DURING_ANALYSIS, setup } from "./assessments.server.test-helpers";

describe("the assessment wizard's drafts", () => {
  it("saves a step into a draft and resumes from it", async () => {
    const { org, useCaseId, actor } = await setup();
    const saved = await saveAssessmentStep({
      ...actor,
      useCaseId,
      step: 1,
      form: stepForm(1, CV_SCREENING),
    });
    expect(saved).toMatchObject({ ok: true, errors: {}, next: 2 });
    const workspace = await getAssessmentWorkspace({ orgId: org.id, useCaseId });
    expect(workspace?.draft).not.toBeNull();
    expect(workspace?.answers).toMatchObject({ q1_ai_system: "yes", q5_exclusions: ["none"] });
    const audit = await db.auditEvent.count({
      where: { orgId: org.id, entity: "assessment", action: "save_step" },
    });
    expect(audit).toBe(1);
  });

  it("bad input: keeps the valid answers, reports every problem, never stores a bad value", async () => {
    const { org, useCaseId, actor } = await setup();
    await saveAssessmentStep({ ...actor, useCaseId, step: 1, form: stepForm(1, CV_SCREENING) });
    const form = stepForm(
      1,
      { q1_ai_system: "yes", q3_use: "both" },
      {
        extra: [
          ["q2_sourcing", "stolen"],
          ["q5_exclusions", "none"],
          ["q5_exclusions", "military_defence"],
        ],
      },
    );
    const saved = await saveAssessmentStep({ ...actor, useCaseId, step: 1, form });
    expect(saved.ok && saved.errors).toEqual({
      q2_sourcing: "invalid",
      q4_eu_link: "required",
      q5_exclusions: "invalid",
    });
    // The valid answer given in the failed step is kept, so nothing typed is lost.
    expect(saved.ok && saved.answers.q3_use).toBe("both");
    const { answers } = (await getAssessmentWorkspace({ orgId: org.id, useCaseId }))!;
    expect(answers.q3_use).toBe("both");
    // A question left empty is reported as required (q4_eu_link above).
    // Bad values never overwrite what was given before.
    expect(answers.q2_sourcing).toBe("third_party_as_is");
    expect(answers.q5_exclusions).toEqual(["none"]);
    // Answers of later steps are untouched by a step-1 submission.
    expect(answers.q17_personal_data).toBeUndefined();
  });

  it("completing needs every relevant answer, then stores result, tier, ruleset, author, date", async () => {
    const { org, user, useCaseId, actor } = await setup();
    await saveAssessmentStep({ ...actor, useCaseId, step: 1, form: stepForm(1, CV_SCREENING) });
    expect(await completeAssessment({ ...actor, useCaseId, asOf: AS_OF })).toEqual({
      ok: false,
      reason: "incomplete",
      step: 2,
    });
    const assessmentId = await assessCv(actor, useCaseId);
    const row = await db.assessment.findFirst({ where: { id: assessmentId, orgId: org.id } });
    expect(row).toMatchObject({
      status: "completed",
      tier: "high_risk",
      rulesetVersion: RULESET_VERSION,
      authorId: user.id,
    });
    expect(row?.completedAt).toBeInstanceOf(Date);
    // A second click finds nothing to complete and changes nothing.
    expect(await completeAssessment({ ...actor, useCaseId, asOf: AS_OF })).toEqual({
      ok: false,
      reason: "no_draft",
    });
    const view = await getAssessmentResult({ orgId: org.id, useCaseId, assessmentId });
    expect(view?.assessment.result).toMatchObject({
      tier: "high_risk",
      roles: ["deployer"],
      annexIIIArea: 4,
      derogationPossible: false,
      flags: { informWorkers: true, dpia: true },
    });
    expect(view?.isLatest).toBe(true);
  });

  it("re-assessing starts from the last answers and keeps the earlier result as history", async () => {
    const { org, useCaseId, actor } = await setup();
    const first = await assessCv(actor, useCaseId);
    const workspace = await getAssessmentWorkspace({ orgId: org.id, useCaseId });
    expect(workspace?.draft).toBeNull();
    expect(workspace?.answers.q8_annex_iii).toBe("4_cv_filtering");
    // Built in-house this time: only step 1 changes.
    await saveAssessmentStep({
      ...actor,
      useCaseId,
      step: 1,
      form: stepForm(1, { ...CV_SCREENING, q2_sourcing: "developed_in_house" }),
    });
    const done = await completeAssessment({ ...actor, useCaseId, asOf: AS_OF });
    expect(done.ok).toBe(true);
    const history = await listAssessmentHistory({ orgId: org.id, useCaseId });
    expect(history?.items.map((i) => i.roles)).toEqual([["provider", "deployer"], ["deployer"]]);
    expect(history?.items[1]?.id).toBe(first);
    const old = await getAssessmentResult({ orgId: org.id, useCaseId, assessmentId: first });
    expect(old?.isLatest).toBe(false);
  });

  it("a discarded draft leaves the completed history alone", async () => {
    const { org, useCaseId, actor } = await setup();
    await assessCv(actor, useCaseId);
    await saveAssessmentStep({ ...actor, useCaseId, step: 1, form: stepForm(1, CV_SCREENING) });
    expect(await discardDraft({ ...actor, useCaseId })).toBe(true);
    const history = await listAssessmentHistory({ orgId: org.id, useCaseId });
    expect(history?.draft).toBeNull();
    expect(history?.items).toHaveLength(1);
  });
});

describe("tenant isolation", () => {
  it("another organisation can neither read, save, complete nor plan", async () => {
    const { org, useCaseId, actor } = await setup({ withRoadmap: true });
    const assessmentId = await assessCv(actor, useCaseId);
    const other = await createOrgWithMember("owner");
    const intruder = { orgId: other.org.id, actorId: other.user.id };

    expect(await getAssessmentWorkspace({ orgId: other.org.id, useCaseId })).toBeNull();
    expect(await getAssessmentResult({ orgId: other.org.id, useCaseId, assessmentId })).toBeNull();
    expect(await listAssessmentHistory({ orgId: other.org.id, useCaseId })).toBeNull();
    expect(
      await saveAssessmentStep({ ...intruder, useCaseId, step: 1, form: stepForm(1, {}) }),
    ).toEqual({ ok: false, reason: "not_found" });
    expect(await completeAssessment({ ...intruder, useCaseId, asOf: AS_OF })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await planObligations({ ...intruder, useCaseId, orgSlug: other.org.slug })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await discardDraft({ ...intruder, useCaseId })).toBe(false);
    expect(await listRegister({ orgId: other.org.id, today: AS_OF })).toEqual([]);
    // Nothing changed in the real organisation.
    expect(await db.assessment.count({ where: { useCaseId } })).toBe(1);
    expect(
      await db.task.count({ where: { orgId: org.id, sourceKey: { startsWith: "obligation:" } } }),
    ).toBe(0);
  });
});

describe("the AI register", () => {
  it("lists every use case with tier, role, date, ruleset, open points and documentation status", async () => {
    const { org, useCaseId, actor } = await setup();
    await assessCv(actor, useCaseId);
    const drafted = await db.useCase.create({
      data: { orgId: org.id, title: "Angebote", area: "sales" },
      select: { id: true },
    });
    await saveAssessmentStep({
      ...actor,
      useCaseId: drafted.id,
      step: 1,
      form: stepForm(1, CV_SCREENING),
    });
    const outdated = await db.useCase.create({
      data: { orgId: org.id, title: "Lager", area: "inventory", archivedAt: new Date() },
      select: { id: true },
    });
    await db.assessment.create({
      data: {
        orgId: org.id,
        useCaseId: outdated.id,
        status: "completed",
        answers: {},
        result: { tier: "minimal", roles: ["deployer"], judgements: [] },
        tier: "minimal",
        rulesetVersion: "2025-02-original.1",
        completedAt: isoToUtcDate("2025-06-01"),
      },
    });
    await db.useCase.create({ data: { orgId: org.id, title: "Berichte", area: "reporting" } });

    const rows = await listRegister({ orgId: org.id, today: AS_OF });
    const byTitle = Object.fromEntries(rows.map((r) => [r.title, r]));
    expect(byTitle["Bewerbungen vorsortieren"]).toMatchObject({
      tier: "high_risk",
      roles: ["deployer"],
      rulesetVersion: RULESET_VERSION,
      documentation: "assessed",
    });
    expect(byTitle["Bewerbungen vorsortieren"]?.assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byTitle["Angebote"]).toMatchObject({ tier: null, documentation: "draft" });
    expect(byTitle["Lager"]).toMatchObject({
      tier: "minimal",
      documentation: "outdated",
      isArchived: true,
      assessedOn: "2025-06-01",
    });
    expect(byTitle["Berichte"]).toMatchObject({ documentation: "not_assessed", openJudgements: 0 });
    // Archived use cases come last.
    expect(rows.at(-1)?.title).toBe("Lager");
  });
});

describe("a completed assessment's result page", () => {
  /** What the page shows, read with the ORM: the figures the page's statement must give. */
  async function expectedView(orgId: string, useCaseId: string, assessmentId: string) {
    const useCase = await db.useCase.findFirstOrThrow({
      where: { id: useCaseId, orgId },
      select: {
        id: true,
        title: true,
        archivedAt: true,
        roadmapId: true,
        roadmap: { select: { id: true, title: true, status: true } },
      },
    });
    const assessment = await db.assessment.findFirstOrThrow({
      where: { id: assessmentId, orgId, useCaseId, status: "completed" },
      select: {
        id: true,
        rulesetVersion: true,
        completedAt: true,
        author: { select: { name: true } },
      },
    });
    const newest = await db.assessment.findFirstOrThrow({
      where: { orgId, useCaseId, status: "completed" },
      orderBy: [{ completedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const tasks = useCase.roadmapId
      ? await db.task.findMany({
          where: {
            orgId,
            roadmapId: useCase.roadmapId,
            sourceKey: { startsWith: `obligation:${useCaseId}:` },
          },
          select: { sourceKey: true },
        })
      : [];
    return {
      useCase: {
        id: useCase.id,
        title: useCase.title,
        roadmap: useCase.roadmap,
        isArchived: useCase.archivedAt !== null,
      },
      assessment: {
        id: assessment.id,
        rulesetVersion: assessment.rulesetVersion,
        isCurrentRuleset: assessment.rulesetVersion === RULESET_VERSION,
        completedAt: assessment.completedAt?.toISOString() ?? null,
        authorName: assessment.author?.name ?? null,
      },
      isLatest: newest.id === assessment.id,
      plannedCodes: tasks.map((t) => t.sourceKey!.split(":")[2]!).sort(),
    };
  }

  async function readView(orgId: string, useCaseId: string, assessmentId: string) {
    const view = await getAssessmentResult({ orgId, useCaseId, assessmentId });
    if (!view) return null;
    const { answers: _answers, result: _result, ...assessment } = view.assessment;
    return { ...view, assessment, plannedCodes: [...view.plannedCodes].sort() };
  }

  it("shows the use case, its roadmap, the assessment and its planned obligations, read in one statement", async () => {
    const { org, user, roadmap, useCaseId, actor } = await setup({ withRoadmap: true });
    const first = await assessCv(actor, useCaseId);
    const planned = await planObligations({
      ...actor,
      useCaseId,
      orgSlug: org.slug,
      today: DURING_ANALYSIS,
    });
    if (!planned.ok) throw new Error(planned.reason);
    expect(planned.created).toBeGreaterThan(5);
    const latest = await assessCv(actor, useCaseId);
    // A team, and obligation tasks that are not this use case's (another use case, another
    // roadmap, another organisation): none of them count.
    for (const name of ["Berta", "Carl", "Dora"]) {
      const member = await addMember(org.id, "member", name);
      await db.useCaseMember.create({ data: { orgId: org.id, useCaseId, userId: member.id } });
    }
    const sibling = await db.useCase.create({
      data: { orgId: org.id, title: "Angebote", roadmapId: roadmap!.id },
      select: { id: true },
    });
    const other = await setup({ withRoadmap: true });
    const task = (orgId: string, roadmapId: string, phaseId: string, sourceKey: string) =>
      db.task.create({
        data: {
          orgId,
          roadmapId,
          phaseId,
          title: sourceKey,
          sourceKey,
          dueDate: isoToUtcDate("2026-03-20"),
        },
      });
    await task(org.id, roadmap!.id, roadmap!.phaseIds.pilot, `obligation:${sibling.id}:art_26`);
    await task(org.id, roadmap!.id, roadmap!.phaseIds.pilot, `review:${useCaseId}:art_26`);
    await task(
      other.org.id,
      other.roadmap!.id,
      other.roadmap!.phaseIds.pilot,
      `obligation:${useCaseId}:art_4`,
    );

    for (const assessmentId of [first, latest]) {
      expect(await readView(org.id, useCaseId, assessmentId)).toEqual(
        await expectedView(org.id, useCaseId, assessmentId),
      );
    }
    const view = await getAssessmentResult({ orgId: org.id, useCaseId, assessmentId: first });
    expect(view).toMatchObject({
      useCase: {
        id: useCaseId,
        title: "Bewerbungen vorsortieren",
        roadmap: { id: roadmap!.id, title: "Pilot", status: "active" },
        isArchived: false,
      },
      assessment: {
        id: first,
        answers: { q8_annex_iii: "4_cv_filtering" },
        result: { tier: "high_risk", roles: ["deployer"] },
        rulesetVersion: RULESET_VERSION,
        isCurrentRuleset: true,
        authorName: user.name,
      },
      isLatest: false,
    });
    expect(view?.plannedCodes).toHaveLength(planned.created);
    expect(
      (await getAssessmentResult({ orgId: org.id, useCaseId, assessmentId: latest }))?.isLatest,
    ).toBe(true);

    // The page's reads: the result in one statement, the team's literacy beside it.
    const before = getRoundTrips();
    await getAssessmentResult({ orgId: org.id, useCaseId, assessmentId: first });
    expect(getRoundTrips() - before).toBe(1);
    await getUseCaseLiteracy({ orgId: org.id, useCaseId, today: AS_OF });
    expect(getRoundTrips() - before).toBeLessThanOrEqual(4);
  });

  it("finds no draft, no other use case's assessment and no use case of another organisation", async () => {
    const { org, useCaseId, actor } = await setup();
    const done = await assessCv(actor, useCaseId);
    await saveAssessmentStep({ ...actor, useCaseId, step: 1, form: stepForm(1, CV_SCREENING) });
    const draft = await db.assessment.findFirstOrThrow({
      where: { orgId: org.id, useCaseId, status: "draft" },
      select: { id: true },
    });
    const sibling = await db.useCase.create({
      data: { orgId: org.id, title: "Angebote", archivedAt: new Date() },
      select: { id: true },
    });
    const orgId = org.id;
    expect(await getAssessmentResult({ orgId, useCaseId, assessmentId: draft.id })).toBeNull();
    expect(
      await getAssessmentResult({ orgId, useCaseId: sibling.id, assessmentId: done }),
    ).toBeNull();
    const other = await createOrgWithMember("owner");
    expect(
      await getAssessmentResult({ orgId: other.org.id, useCaseId, assessmentId: done }),
    ).toBeNull();
    // Without a roadmap: no roadmap, nothing planned; an archived use case says so.
    await db.useCase.update({ where: { id: useCaseId }, data: { archivedAt: new Date() } });
    expect(await readView(orgId, useCaseId, done)).toEqual(
      await expectedView(orgId, useCaseId, done),
    );
    expect(await getAssessmentResult({ orgId, useCaseId, assessmentId: done })).toMatchObject({
      useCase: { roadmap: null, isArchived: true },
      plannedCodes: [],
    });
  });
});
