import type { Prisma } from "~/lib/db.server";
import { db } from "~/lib/db.server";
import {
  completeAssessment,
  discardDraft,
  saveAssessmentStep,
} from "../assessments/assessments.server";
import { CV_SCREENING, stepForm } from "../assessments/assessments.test-helpers";
import { planObligations } from "../assessments/obligation-plan.server";
import { assess } from "../assessments/rules";
import { RULESET_VERSION } from "../assessments/ruleset";
import { addTeamMember, removeTeamMember } from "../literacy/team.server";
import { createReview, deleteReview, updateReview } from "../oversight/edit.server";
import { createCorrectionRateKpi } from "../oversight/kpi-offer.server";
import { getOversightUseCase } from "../oversight/oversight.server";
import type { ReviewInput } from "../oversight/schema";
import {
  changeUseCaseStatus,
  createUseCase,
  setUseCaseArchived,
  updateUseCase,
} from "../use-cases/edit.server";
import { UseCaseFormSchema } from "../use-cases/schema";
import { asOwner, aUseCase } from "./mutations.test-helpers";
import type { MutationCase, World } from "./mutations.test-helpers";

export const useCaseForm = {
  title: "Eingangsrechnungen zuordnen",
  area: "documents",
  hoursSavedPerWeek: "2,5",
  hourlyCostCents: "45,50",
  ratingValue: "4",
  ratingDataQuality: "3",
  ratingDataProtection: "3",
  ratingTeamReadiness: "2",
  ratingEffort: "3",
};

/** A use case with an assessment: a draft of every answer, or a completed one with its result. */
async function assessedUseCase(w: World, state: "draft" | "completed") {
  const useCase = await aUseCase(w);
  const answers = CV_SCREENING as Prisma.InputJsonValue;
  const base = { orgId: w.org.id, useCaseId: useCase.id, authorId: w.owner.id, answers };
  if (state === "draft") {
    await db.assessment.create({
      data: { ...base, status: "draft", rulesetVersion: RULESET_VERSION },
    });
    return { useCaseId: useCase.id, assessmentId: "" };
  }
  const result = assess(CV_SCREENING, { asOf: w.today });
  const assessment = await db.assessment.create({
    data: {
      ...base,
      status: "completed",
      result: result as unknown as Prisma.InputJsonValue,
      tier: result.tier,
      rulesetVersion: result.rulesetVersion,
      completedAt: new Date(),
    },
    select: { id: true },
  });
  return { useCaseId: useCase.id, assessmentId: assessment.id };
}

/** A piloting use case as the oversight forms see it. */
async function oversightUseCase(w: World) {
  const { id } = await aUseCase(w, { status: "piloting" });
  return (await getOversightUseCase({ orgId: w.org.id, useCaseId: id }))!;
}

export function reviewOf(w: World): ReviewInput {
  return {
    date: w.today,
    reviewerId: w.member.id,
    reviewedCount: 12,
    approvedCount: 8,
    correctedCount: 3,
    rejectedCount: 1,
    note: "",
    incident: null,
    followUp: null,
  };
}

export async function storedReview(w: World) {
  const useCase = await oversightUseCase(w);
  const created = await createReview({
    orgId: w.org.id,
    actorId: w.manager.id,
    input: reviewOf(w),
    useCase,
    today: w.today,
    description: "",
  });
  if (!created.ok) throw new Error("review not created");
  const review = await db.oversightReview.findFirstOrThrow({
    where: { orgId: w.org.id, useCaseId: useCase.id },
    select: { id: true },
  });
  return { useCase, reviewId: review.id };
}

export const GOVERNANCE_CASES: MutationCase[] = [
  // Use cases and their teams
  {
    permission: "usecase:create",
    name: "createUseCase",
    writes: ["use_case", "create"],
    run: (w, requestId) =>
      createUseCase({ ...asOwner(w, requestId), input: UseCaseFormSchema.parse(useCaseForm) }),
  },
  {
    permission: "usecase:update",
    name: "updateUseCase",
    writes: ["use_case", "update"],
    run: async (w, requestId) =>
      updateUseCase({
        ...asOwner(w, requestId),
        useCaseId: (await aUseCase(w)).id,
        version: 1,
        input: UseCaseFormSchema.parse(useCaseForm),
      }),
  },
  {
    permission: "usecase:update",
    name: "changeUseCaseStatus",
    writes: ["use_case", "change_status"],
    run: async (w, requestId) =>
      changeUseCaseStatus({
        ...asOwner(w, requestId),
        useCaseId: (await aUseCase(w)).id,
        version: 1,
        status: "selected",
      }),
  },
  {
    permission: "usecase:update",
    name: "setUseCaseArchived",
    writes: ["use_case", "archive"],
    run: async (w, requestId) =>
      setUseCaseArchived({
        ...asOwner(w, requestId),
        useCaseId: (await aUseCase(w)).id,
        version: 1,
        archived: true,
      }),
  },
  {
    permission: "usecase:update",
    name: "addTeamMember",
    writes: ["use_case", "team_add"],
    run: async (w, requestId) =>
      addTeamMember({
        ...asOwner(w, requestId),
        useCaseId: (await aUseCase(w)).id,
        userId: w.viewer.id,
      }),
  },
  {
    permission: "usecase:update",
    name: "removeTeamMember",
    writes: ["use_case", "team_remove"],
    run: async (w, requestId) => {
      const { id } = await aUseCase(w);
      await addTeamMember({ ...asOwner(w, ""), useCaseId: id, userId: w.viewer.id });
      return removeTeamMember({ ...asOwner(w, requestId), useCaseId: id, userId: w.viewer.id });
    },
  },
  // Assessments
  {
    permission: "assessment:update",
    name: "saveAssessmentStep",
    writes: ["assessment", "save_step"],
    run: async (w, requestId) =>
      saveAssessmentStep({
        ...asOwner(w, requestId),
        useCaseId: (await aUseCase(w)).id,
        step: 1,
        form: stepForm(1, CV_SCREENING),
      }),
  },
  {
    permission: "assessment:update",
    name: "completeAssessment",
    writes: ["assessment", "complete"],
    run: async (w, requestId) =>
      completeAssessment({
        ...asOwner(w, requestId),
        useCaseId: (await assessedUseCase(w, "draft")).useCaseId,
        asOf: w.today,
      }),
  },
  {
    permission: "assessment:update",
    name: "discardDraft",
    writes: ["assessment", "discard_draft"],
    run: async (w, requestId) =>
      discardDraft({
        ...asOwner(w, requestId),
        useCaseId: (await assessedUseCase(w, "draft")).useCaseId,
      }),
  },
  {
    permission: "assessment:update",
    name: "planObligations",
    writes: ["use_case", "plan_obligations"],
    also: [["task", "create"]],
    run: async (w, requestId) =>
      planObligations({
        ...asOwner(w, requestId),
        ...(await assessedUseCase(w, "completed")),
        orgSlug: w.org.slug,
      }),
  },
  // Human oversight
  {
    permission: "kpi:create",
    name: "createCorrectionRateKpi",
    writes: ["kpi", "create"],
    run: async (w, requestId) =>
      createCorrectionRateKpi({
        ...asOwner(w, requestId),
        useCase: await oversightUseCase(w),
        name: "Korrekturquote",
        today: w.today,
      }),
  },
  {
    permission: "oversight:record",
    name: "createReview",
    writes: ["oversight_review", "create"],
    run: async (w, requestId) =>
      createReview({
        ...asOwner(w, requestId),
        input: reviewOf(w),
        useCase: await oversightUseCase(w),
        today: w.today,
        description: "",
      }),
  },
  {
    permission: "oversight:manage",
    name: "updateReview",
    writes: ["oversight_review", "update"],
    run: async (w, requestId) => {
      const { useCase, reviewId } = await storedReview(w);
      return updateReview({
        ...asOwner(w, requestId),
        reviewId,
        input: { ...reviewOf(w), approvedCount: 7, correctedCount: 4, version: 1 },
        useCase,
        today: w.today,
        description: "",
      });
    },
  },
  {
    permission: "oversight:manage",
    name: "deleteReview",
    writes: ["oversight_review", "delete"],
    run: async (w, requestId) => {
      const { useCase, reviewId } = await storedReview(w);
      return deleteReview({
        ...asOwner(w, requestId),
        useCaseId: useCase.id,
        reviewId,
        version: 1,
      });
    },
  },
];
