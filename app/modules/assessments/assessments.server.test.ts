import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { addMember, createOrgWithMember, createTemplateRoadmap } from "~/test/factories";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import { phaseDatesFor, templateSpan } from "../calendar/phase-dates";
import {
  completeAssessment,
  discardDraft,
  getAssessmentWorkspace,
  saveAssessmentStep,
} from "./assessments.server";
import { planObligations } from "./obligation-plan.server";
import { getAssessmentResult, listAssessmentHistory } from "./results.server";
import { CV_SCREENING, stepForm } from "./assessments.test-helpers";
import type { StepNumber } from "./questions";
import { listRegister } from "./register.server";
import { getObligation, isObligationCode, RULESET_VERSION } from "./ruleset";

const AS_OF = "2026-07-15";
const START = "2026-03-02";
/** A day in the first phase: every phase of the roadmap is still ahead or running. */
const DURING_ANALYSIS = "2026-03-04";

async function setup(options: { withRoadmap?: boolean } = {}) {
  const { org, user, actor } = await createOrgWithMember("manager");
  const roadmap = options.withRoadmap
    ? await createTemplateRoadmap(actor, { startDate: START })
    : null;
  const useCase = await db.useCase.create({
    data: {
      orgId: org.id,
      title: "Bewerbungen vorsortieren",
      area: "hr",
      roadmapId: roadmap?.id ?? null,
    },
    select: { id: true },
  });
  return { org, user, roadmap, useCaseId: useCase.id, actor };
}

async function answerAll(
  actor: { orgId: string; actorId: string },
  useCaseId: string,
  answers = CV_SCREENING,
) {
  for (const step of [1, 2, 3, 4, 5] as StepNumber[]) {
    const saved = await saveAssessmentStep({
      ...actor,
      useCaseId,
      step,
      form: stepForm(step, answers),
    });
    if (!saved.ok) throw new Error("save failed");
    expect(saved.errors).toEqual({});
  }
}

async function assessCv(actor: { orgId: string; actorId: string }, useCaseId: string) {
  await answerAll(actor, useCaseId);
  const done = await completeAssessment({ ...actor, useCaseId, asOf: AS_OF });
  if (!done.ok) throw new Error(`complete failed: ${done.reason}`);
  return done.assessmentId;
}

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

describe("planning obligations", () => {
  it("needs a linked roadmap", async () => {
    const { useCaseId, actor } = await setup();
    await assessCv(actor, useCaseId);
    expect(await planObligations({ ...actor, useCaseId, orgSlug: "x" })).toEqual({
      ok: false,
      reason: "no_roadmap",
    });
  });

  it("turns each obligation into a task in its phase, due inside it, and adds none twice", async () => {
    const { org, user, roadmap, useCaseId, actor } = await setup({ withRoadmap: true });
    const assessmentId = await assessCv(actor, useCaseId);
    const view = await getAssessmentResult({ orgId: org.id, useCaseId, assessmentId });
    const codes = view!.assessment.result.obligations.filter(isObligationCode);
    expect(codes.length).toBeGreaterThan(5);

    const first = await planObligations({
      ...actor,
      useCaseId,
      orgSlug: org.slug,
      today: DURING_ANALYSIS,
    });
    expect(first).toMatchObject({
      ok: true,
      created: codes.length,
      alreadyPlanned: 0,
      roadmapId: roadmap!.id,
    });
    // The result says where each went: every obligation in its suggested phase.
    if (!first.ok) throw new Error("planning failed");
    expect(first.placed.map((p) => p.phase).sort()).toEqual(
      codes.map((c) => getObligation(c).suggestedPhase).sort(),
    );

    const tasks = await db.task.findMany({
      where: { orgId: org.id, roadmapId: roadmap!.id, sourceKey: { startsWith: "obligation:" } },
      select: {
        sourceKey: true,
        dueDate: true,
        ownerId: true,
        description: true,
        phase: { select: { kind: true } },
      },
    });
    expect(tasks).toHaveLength(codes.length);
    for (const task of tasks) {
      const code = task.sourceKey!.split(":")[2]!;
      expect(task.sourceKey).toBe(`obligation:${useCaseId}:${code}`);
      if (!isObligationCode(code)) throw new Error(code);
      const phase = getObligation(code).suggestedPhase;
      expect(task.phase.kind).toBe(phase);
      const dates = phaseDatesFor(templateSpan(START), phase);
      const due = utcDateToIso(task.dueDate);
      expect(due >= dates.startDate && due <= dates.endDate).toBe(true);
      // Nobody owns the use case, so the acting manager does.
      expect(task.ownerId).toBe(user.id);
      expect(task.description).toContain(
        `/o/${org.slug}/use-cases/${useCaseId}/assessments/${assessmentId}#obligation-${code}`,
      );
    }

    const second = await planObligations({
      ...actor,
      useCaseId,
      orgSlug: org.slug,
      today: DURING_ANALYSIS,
    });
    expect(second).toEqual({
      ok: true,
      created: 0,
      alreadyPlanned: codes.length,
      roadmapId: roadmap!.id,
      placed: [],
    });
    expect(
      await db.task.count({
        where: { roadmapId: roadmap!.id, sourceKey: { startsWith: "obligation:" } },
      }),
    ).toBe(codes.length);
    expect(
      await db.auditEvent.count({
        where: { orgId: org.id, entityId: useCaseId, action: "plan_obligations" },
      }),
    ).toBe(1);
    const planned = await getAssessmentResult({ orgId: org.id, useCaseId, assessmentId });
    expect(planned?.plannedCodes.sort()).toEqual([...codes].sort());
  });

  it("plans nothing into an ended or approved phase and nothing due in the past", async () => {
    const { org, roadmap, useCaseId, actor } = await setup({ withRoadmap: true });
    await assessCv(actor, useCaseId);
    // Day 65: the scale phase runs; analysis and pilot have ended, the pilot's gate approved.
    await db.phase.update({
      where: { id: roadmap!.phaseIds.pilot },
      data: { gateStatus: "approved" },
    });
    const today = "2026-05-06";
    const result = await planObligations({ ...actor, useCaseId, orgSlug: org.slug, today });
    if (!result.ok) throw new Error(result.reason);
    const tasks = await db.task.findMany({
      where: { orgId: org.id, sourceKey: { startsWith: "obligation:" } },
      select: { dueDate: true, phase: { select: { kind: true } } },
    });
    expect(tasks.length).toBe(result.created);
    expect(new Set(tasks.map((t) => t.phase.kind))).toEqual(new Set(["scale"]));
    for (const task of tasks) expect(utcDateToIso(task.dueDate) >= today).toBe(true);
    expect(result.placed.every((p) => p.phase === "scale" && p.dueDate >= today)).toBe(true);
  });

  it("has nowhere to plan after the roadmap's last day, and says so", async () => {
    const { org, useCaseId, actor } = await setup({ withRoadmap: true });
    await assessCv(actor, useCaseId);
    expect(
      await planObligations({ ...actor, useCaseId, orgSlug: org.slug, today: "2026-06-15" }),
    ).toEqual({ ok: false, reason: "no_open_phase" });
    expect(
      await db.task.count({ where: { orgId: org.id, sourceKey: { startsWith: "obligation:" } } }),
    ).toBe(0);
  });

  it("gives the tasks to the use case's owner when that person is a member", async () => {
    const { org, useCaseId, actor } = await setup({ withRoadmap: true });
    const owner = await addMember(org.id, "member");
    await db.useCase.update({ where: { id: useCaseId }, data: { ownerId: owner.id } });
    await assessCv(actor, useCaseId);
    await planObligations({ ...actor, useCaseId, orgSlug: org.slug, today: DURING_ANALYSIS });
    const owners = await db.task.findMany({
      where: { orgId: org.id, sourceKey: { startsWith: "obligation:" } },
      select: { ownerId: true },
      distinct: ["ownerId"],
    });
    expect(owners).toEqual([{ ownerId: owner.id }]);
  });

  it("adds only what is missing after a re-assessment brings new obligations", async () => {
    const { org, useCaseId, actor } = await setup({ withRoadmap: true });
    const older = await assessCv(actor, useCaseId);
    const first = await planObligations({
      ...actor,
      useCaseId,
      orgSlug: org.slug,
      today: DURING_ANALYSIS,
    });
    await saveAssessmentStep({
      ...actor,
      useCaseId,
      step: 1,
      form: stepForm(1, { ...CV_SCREENING, q2_sourcing: "developed_in_house" }),
    });
    await completeAssessment({ ...actor, useCaseId, asOf: AS_OF });
    const second = await planObligations({
      ...actor,
      useCaseId,
      orgSlug: org.slug,
      today: DURING_ANALYSIS,
    });
    if (!first.ok || !second.ok) throw new Error("planning failed");
    // The older result's page may no longer plan: only the newest result counts.
    expect(
      await planObligations({
        ...actor,
        useCaseId,
        orgSlug: org.slug,
        assessmentId: older,
        today: DURING_ANALYSIS,
      }),
    ).toEqual({ ok: false, reason: "not_latest" });
    expect(second.alreadyPlanned).toBe(first.created);
    expect(second.created).toBeGreaterThan(10);
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
