import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { emitAssessmentCompleted } from "../webhooks/announce.server";
import type { IsoDate } from "../calendar/dates";
import {
  answersFromFormData,
  isAssessmentComplete,
  isValidAnswer,
  pruneAnswers,
  readStoredAnswers,
} from "./questions";
import type { AssessmentAnswers, StepNumber } from "./questions";
import { assess } from "./rules";
import type { AssessmentResult } from "./rules";
import { RULESET_VERSION } from "./ruleset";
import type { CompanySize } from "./ruleset";
import { checkStep, firstOpenStep, mergeStepAnswers, nextStep } from "./wizard";
import type { StepIssue } from "./wizard";

/**
 * Assessments of a use case, scoped: every function takes { orgId } and puts it into
 * every WHERE clause. A use case has at most one draft (the wizard's save-and-resume
 * state) and any number of completed assessments (the history); completing turns the
 * draft into a completed row, re-assessing starts a new draft from the last answers.
 * This file holds the wizard (draft, steps, completion); results.server.ts reads the
 * completed ones, obligation-plan.server.ts turns a result into roadmap tasks.
 */

/** The organisation's size band, as the fine cap of Art. 99(6) needs it. */
const SIZE_BY_BAND: Record<string, CompanySize | undefined> = {
  E1_9: "micro",
  E10_49: "small",
  E50_249: "medium",
  // 250–499 employees: above the SME line; a small mid-cap has fewer than 750.
  E250_499: "small_mid_cap",
  // 500+ may be a small mid-cap or large; unknown, so the general cap is shown.
  E500_PLUS: undefined,
};

export function companySizeForBand(band: string): CompanySize | undefined {
  return SIZE_BY_BAND[band];
}

export const USE_CASE_HEAD = {
  id: true,
  title: true,
  status: true,
  roadmapId: true,
  ownerId: true,
  archivedAt: true,
} as const satisfies Prisma.UseCaseSelect;

/**
 * What the wizard needs: the use case, its draft and its newest completed assessment.
 * The answers to show are the draft's, else the last completed ones (a re-assessment
 * starts from them), else none. Null when the use case is not in this organisation.
 */
export async function getAssessmentWorkspace({
  orgId,
  useCaseId,
}: {
  orgId: string;
  useCaseId: string;
}) {
  const [useCase, assessments] = await Promise.all([
    db.useCase.findFirst({ where: { id: useCaseId, orgId }, select: USE_CASE_HEAD }),
    db.assessment.findMany({
      where: { orgId, useCaseId, OR: [{ status: "draft" }, { status: "completed" }] },
      orderBy: { createdAt: "desc" },
      take: 2,
      select: { id: true, status: true, answers: true, updatedAt: true, completedAt: true },
    }),
  ]);
  if (!useCase) return null;
  const draft = assessments.find((a) => a.status === "draft") ?? null;
  const latest = assessments.find((a) => a.status === "completed") ?? null;
  const answers = readStoredAnswers(draft?.answers ?? latest?.answers ?? {});
  return {
    useCase: { ...useCase, archivedAt: useCase.archivedAt?.toISOString() ?? null },
    draft: draft ? { id: draft.id, updatedAt: draft.updatedAt.toISOString() } : null,
    latestCompletedId: latest?.id ?? null,
    answers,
  };
}

export type SaveStepResult =
  | { ok: false; reason: "not_found" }
  | {
      ok: true;
      answers: AssessmentAnswers;
      errors: Partial<Record<string, StepIssue>>;
      /** Questions of this step that now apply but were not on screen. */
      newlyRelevant: string[];
      next: StepNumber | "review";
    };

/**
 * Saves one wizard step into the use case's draft (created on the first save, starting
 * from the last completed answers). Saves whatever is valid even when other answers of
 * the step are missing or bad, so nothing given so far is lost; a post without any valid
 * new answer stores nothing. The caller shows the errors beside the questions.
 */
export async function saveAssessmentStep({
  orgId,
  actorId,
  requestId,
  useCaseId,
  step,
  form,
}: Actor & { useCaseId: string; step: StepNumber; form: FormData }): Promise<SaveStepResult> {
  const shown = form.getAll("shown").filter((v): v is string => typeof v === "string");
  const submitted = answersFromFormData(form);
  return db.$transaction(async (tx) => {
    const useCase = await tx.useCase.findFirst({
      where: { id: useCaseId, orgId },
      select: { id: true },
    });
    if (!useCase) return { ok: false, reason: "not_found" } as const;
    const [draft, latest] = await Promise.all([
      tx.assessment.findFirst({
        where: { orgId, useCaseId, status: "draft" },
        orderBy: { createdAt: "desc" },
        select: { id: true, answers: true },
      }),
      tx.assessment.findFirst({
        where: { orgId, useCaseId, status: "completed" },
        orderBy: { completedAt: "desc" },
        select: { answers: true },
      }),
    ]);
    const previous = readStoredAnswers(draft?.answers ?? latest?.answers ?? {});
    const { answers, invalid } = mergeStepAnswers(previous, step, shown, submitted, isValidAnswer);
    const { errors, newlyRelevant } = checkStep(step, answers, shown, invalid);
    const next = nextStep(step, answers);
    // A step with errors still keeps the valid answers given in it (nothing typed is
    // lost); a post that adds no valid answer at all stores nothing.
    if (Object.keys(errors).length > 0 && JSON.stringify(answers) === JSON.stringify(previous)) {
      return { ok: true, answers, errors, newlyRelevant, next } as const;
    }
    const json = answers as Prisma.InputJsonValue;
    let draftId: string;
    if (draft) {
      await tx.assessment.updateMany({
        where: { id: draft.id, orgId, status: "draft" },
        data: { answers: json, authorId: actorId, rulesetVersion: RULESET_VERSION },
      });
      draftId = draft.id;
    } else {
      const created = await tx.assessment.create({
        data: {
          orgId,
          useCaseId,
          authorId: actorId,
          status: "draft",
          answers: json,
          rulesetVersion: RULESET_VERSION,
        },
        select: { id: true },
      });
      draftId = created.id;
    }
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "assessment",
      entityId: draftId,
      action: "save_step",
      after: { useCaseId, step, answers: json },
      requestId,
    });
    return {
      ok: true,
      answers,
      errors,
      newlyRelevant,
      next,
    } as const;
  });
}

export type CompleteResult =
  | { ok: true; assessmentId: string }
  | { ok: false; reason: "not_found" | "no_draft" }
  | { ok: false; reason: "incomplete"; step: StepNumber };

/**
 * Completes the draft: runs the rules on its (pruned) answers and stores the result,
 * tier, ruleset version, author and date. The earlier completed assessments stay as
 * history. A second submission finds no draft and changes nothing.
 */
export async function completeAssessment({
  orgId,
  actorId,
  requestId,
  useCaseId,
  asOf,
}: Actor & { useCaseId: string; asOf: IsoDate }): Promise<CompleteResult> {
  const [useCase, org, draft] = await Promise.all([
    db.useCase.findFirst({ where: { id: useCaseId, orgId }, select: { id: true } }),
    db.organisation.findFirst({ where: { id: orgId }, select: { employeeBand: true } }),
    db.assessment.findFirst({
      where: { orgId, useCaseId, status: "draft" },
      orderBy: { createdAt: "desc" },
      select: { id: true, answers: true },
    }),
  ]);
  if (!useCase || !org) return { ok: false, reason: "not_found" };
  if (!draft) return { ok: false, reason: "no_draft" };
  const answers = readStoredAnswers(draft.answers);
  if (!isAssessmentComplete(answers)) {
    return { ok: false, reason: "incomplete", step: firstOpenStep(answers) ?? 1 };
  }
  const pruned = pruneAnswers(answers);
  const result = assess(pruned, { asOf, companySize: companySizeForBand(org.employeeBand) });
  const completed = await db.$transaction(async (tx) => {
    const { count } = await tx.assessment.updateMany({
      where: { id: draft.id, orgId, status: "draft" },
      data: {
        status: "completed",
        answers: pruned as Prisma.InputJsonValue,
        result: result as unknown as Prisma.InputJsonValue,
        tier: result.tier,
        rulesetVersion: result.rulesetVersion,
        authorId: actorId,
        completedAt: new Date(),
      },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "assessment",
      entityId: draft.id,
      action: "complete",
      after: {
        useCaseId,
        tier: result.tier,
        roles: result.roles,
        rulesetVersion: result.rulesetVersion,
        obligations: result.obligations.length,
        judgements: result.judgements.map((j) => j.code),
      },
      requestId,
    });
    await emitAssessmentCompleted(tx, orgId, draft.id);
    return true;
  });
  // Completed in between by someone else: their result is the one to show.
  if (!completed) return { ok: false, reason: "no_draft" };
  return { ok: true, assessmentId: draft.id };
}

/** Throws the draft away (e.g. a re-assessment started by mistake); history is untouched. */
export async function discardDraft({
  orgId,
  actorId,
  requestId,
  useCaseId,
}: Actor & { useCaseId: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const draft = await tx.assessment.findFirst({
      where: { orgId, useCaseId, status: "draft" },
      select: { id: true, answers: true },
    });
    if (!draft) return false;
    await tx.assessment.deleteMany({ where: { id: draft.id, orgId, status: "draft" } });
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "assessment",
      entityId: draft.id,
      action: "discard_draft",
      before: { useCaseId, answers: draft.answers as Prisma.InputJsonValue },
      requestId,
    });
    return true;
  });
}

export type { AssessmentResult };
