import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { addMember } from "~/test/factories";
import { utcDateToIso } from "../calendar/dates";
import { phaseDatesFor, templateSpan } from "../calendar/phase-dates";
import { completeAssessment, saveAssessmentStep } from "./assessments.server";
import { CV_SCREENING, stepForm } from "./assessments.test-helpers";
import { getAssessmentResult } from "./results.server";
import { planObligations } from "./obligation-plan.server";
import { getObligation, isObligationCode } from "./ruleset";
import { AS_OF, assessCv, DURING_ANALYSIS, setup, START } from "./assessments.server.test-helpers";

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
