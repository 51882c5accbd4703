import { expect } from "vitest";
import { db } from "~/lib/db.server";
import { createOrgWithMember, createTemplateRoadmap } from "~/test/factories";
import { completeAssessment, saveAssessmentStep } from "./assessments.server";
import { CV_SCREENING, stepForm } from "./assessments.test-helpers";
import type { StepNumber } from "./questions";

// Shared by the assessment data tests: an organisation with a use case (and a roadmap
// from START), and the CV screening example answered and completed.

export const AS_OF = "2026-07-15";
export const START = "2026-03-02";
/** A day in the first phase: every phase of the roadmap is still ahead or running. */
export const DURING_ANALYSIS = "2026-03-04";

export async function setup(options: { withRoadmap?: boolean } = {}) {
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

export async function answerAll(
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

export async function assessCv(actor: { orgId: string; actorId: string }, useCaseId: string) {
  await answerAll(actor, useCaseId);
  const done = await completeAssessment({ ...actor, useCaseId, asOf: AS_OF });
  if (!done.ok) throw new Error(`complete failed: ${done.reason}`);
  return done.assessmentId;
}
