import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { translate } from "~/lib/i18n";
import type { Locale } from "~/lib/i18n";
import { recordAudit, recordAuditMany } from "../audit/audit.server";
import { CREATED_TASK_SELECT, taskCreatedEvent } from "../tasks/audit-state";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { dueDateForWeek } from "../calendar/phase-dates";
import { answersFromFormData, isAssessmentComplete, pruneAnswers } from "./questions";
import type { AssessmentAnswers, StepNumber } from "./questions";
import { readStoredResult } from "./register";
import { assess, isObligationInForce } from "./rules";
import type { AssessmentResult } from "./rules";
import { getObligation, isObligationCode, RULESET_VERSION } from "./ruleset";
import type { CompanySize, ObligationCode } from "./ruleset";
import { checkStep, firstOpenStep, mergeStepAnswers, nextStep, readStoredAnswers } from "./wizard";
import type { StepIssue } from "./wizard";

/**
 * Assessments of a use case, scoped: every function takes { orgId } and puts it into
 * every WHERE clause. A use case has at most one draft (the wizard's save-and-resume
 * state) and any number of completed assessments (the history); completing turns the
 * draft into a completed row, re-assessing starts a new draft from the last answers.
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

const USE_CASE_HEAD = {
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
 * from the last completed answers). Saves whatever is valid even when other answers
 * of the step are missing or bad, so nothing given so far is lost; the caller shows
 * the errors beside the questions.
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
    const { answers, invalid } = mergeStepAnswers(previous, step, shown, submitted);
    const { errors, newlyRelevant } = checkStep(step, answers, shown, invalid);
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
      next: nextStep(step, answers),
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

export type ObligationTaskKey = `obligation:${string}:${ObligationCode}`;

export function obligationSourceKey(useCaseId: string, code: ObligationCode): ObligationTaskKey {
  return `obligation:${useCaseId}:${code}`;
}

/**
 * One completed assessment with everything its result page shows, plus which of its
 * obligations are already planned as tasks in the use case's roadmap. Null when the
 * use case or the assessment is not in this organisation.
 */
export async function getAssessmentResult({
  orgId,
  useCaseId,
  assessmentId,
}: {
  orgId: string;
  useCaseId: string;
  assessmentId: string;
}) {
  const [useCase, assessment, newest] = await Promise.all([
    db.useCase.findFirst({
      where: { id: useCaseId, orgId },
      select: {
        ...USE_CASE_HEAD,
        roadmap: { select: { id: true, title: true, status: true } },
      },
    }),
    db.assessment.findFirst({
      where: { id: assessmentId, orgId, useCaseId, status: "completed" },
      select: {
        id: true,
        answers: true,
        result: true,
        tier: true,
        rulesetVersion: true,
        completedAt: true,
        author: { select: { name: true } },
      },
    }),
    db.assessment.findFirst({
      where: { orgId, useCaseId, status: "completed" },
      orderBy: { completedAt: "desc" },
      select: { id: true },
    }),
  ]);
  if (!useCase || !assessment) return null;
  const result = readStoredResult(assessment.result);
  if (!result) return null;
  const planned = useCase.roadmapId
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
      answers: readStoredAnswers(assessment.answers),
      result,
      rulesetVersion: assessment.rulesetVersion,
      isCurrentRuleset: assessment.rulesetVersion === RULESET_VERSION,
      completedAt: assessment.completedAt?.toISOString() ?? null,
      authorName: assessment.author?.name ?? null,
    },
    isLatest: newest?.id === assessment.id,
    plannedCodes: planned
      .map((t) => t.sourceKey?.split(":")[2])
      .filter((code): code is string => code !== undefined),
  };
}

/** Every completed assessment of a use case, newest first, and whether a draft is open. */
export async function listAssessmentHistory({
  orgId,
  useCaseId,
}: {
  orgId: string;
  useCaseId: string;
}) {
  const [useCase, rows] = await Promise.all([
    db.useCase.findFirst({ where: { id: useCaseId, orgId }, select: { id: true, title: true } }),
    db.assessment.findMany({
      where: { orgId, useCaseId },
      orderBy: [{ completedAt: "desc" }, { createdAt: "desc" }],
      take: 200,
      select: {
        id: true,
        status: true,
        tier: true,
        rulesetVersion: true,
        completedAt: true,
        updatedAt: true,
        result: true,
        author: { select: { name: true } },
      },
    }),
  ]);
  if (!useCase) return null;
  const draft = rows.find((r) => r.status === "draft");
  return {
    useCase,
    draft: draft
      ? { updatedAt: draft.updatedAt.toISOString(), authorName: draft.author?.name ?? null }
      : null,
    items: rows
      .filter((r) => r.status === "completed")
      .map((r) => {
        const result = readStoredResult(r.result);
        return {
          id: r.id,
          tier: result?.tier ?? null,
          roles: result?.roles ?? [],
          obligations: result?.obligations.length ?? 0,
          judgements: result?.judgements.length ?? 0,
          rulesetVersion: r.rulesetVersion,
          isCurrentRuleset: r.rulesetVersion === RULESET_VERSION,
          completedAt: r.completedAt?.toISOString() ?? null,
          authorName: r.author?.name ?? null,
        };
      }),
  };
}

export type PlanResult =
  | { ok: true; created: number; alreadyPlanned: number; roadmapId: string }
  | {
      ok: false;
      reason: "not_found" | "no_assessment" | "no_roadmap" | "nothing_to_plan" | "not_latest";
    };

type PhaseRow = { id: string; kind: string; endWeek: number };

function taskTexts(
  locale: Locale,
  code: ObligationCode,
  useCase: { id: string; title: string },
  link: string,
) {
  const o = getObligation(code);
  const title = `${o.title[locale]} – ${useCase.title}`.slice(0, 200);
  const description = [
    o.explanation[locale],
    `${o.article}: ${o.eurLexUrl}`,
    translate(locale, "assessment.plan.taskSource", { useCase: useCase.title }),
    link,
  ].join("\n\n");
  return { title, description };
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    (error as { code?: unknown }).code === "P2002"
  );
}

/**
 * "Plan these obligations": turns the newest completed result into tasks of the use
 * case's roadmap, each in the obligation's suggested phase, due in that phase's last
 * week (before its gate), owned by the use case's owner (if still a member) or the
 * acting manager, with a link back to the obligation. Each task carries the source key
 * obligation:<useCaseId>:<code>, unique per roadmap, so running it again only adds
 * what is missing — a task someone deleted is not brought back.
 */
export async function planObligations({
  orgId,
  actorId,
  requestId,
  useCaseId,
  orgSlug,
  assessmentId,
}: Actor & {
  useCaseId: string;
  orgSlug: string;
  /** When given, planning is refused unless it is the newest completed assessment. */
  assessmentId?: string;
}): Promise<PlanResult> {
  const [useCase, latest] = await Promise.all([
    db.useCase.findFirst({
      where: { id: useCaseId, orgId },
      select: { id: true, title: true, ownerId: true, roadmapId: true },
    }),
    db.assessment.findFirst({
      where: { orgId, useCaseId, status: "completed" },
      orderBy: { completedAt: "desc" },
      select: { id: true, result: true },
    }),
  ]);
  if (!useCase) return { ok: false, reason: "not_found" };
  if (!latest) return { ok: false, reason: "no_assessment" };
  if (assessmentId !== undefined && assessmentId !== latest.id) {
    return { ok: false, reason: "not_latest" };
  }
  if (!useCase.roadmapId) return { ok: false, reason: "no_roadmap" };
  const result = readStoredResult(latest.result);
  const codes = (result?.obligations ?? []).filter(isObligationCode);
  if (!result || codes.length === 0) return { ok: false, reason: "nothing_to_plan" };

  const [roadmap, ownerMembership] = await Promise.all([
    db.roadmap.findFirst({
      where: { id: useCase.roadmapId, orgId },
      select: {
        id: true,
        startDate: true,
        locale: true,
        phases: { where: { orgId }, select: { id: true, kind: true, endWeek: true } },
      },
    }),
    useCase.ownerId
      ? db.membership.findFirst({
          where: { orgId, userId: useCase.ownerId },
          select: { userId: true },
        })
      : null,
  ]);
  if (!roadmap) return { ok: false, reason: "no_roadmap" };
  const ownerId = ownerMembership?.userId ?? actorId;
  const startDate = utcDateToIso(roadmap.startDate);
  const phaseByKind = new Map<string, PhaseRow>(roadmap.phases.map((p) => [p.kind, p]));
  const keys = codes.map((code) => obligationSourceKey(useCaseId, code));

  const run = () =>
    db.$transaction(async (tx) => {
      const [existing, positions] = await Promise.all([
        tx.task.findMany({
          where: { orgId, roadmapId: roadmap.id, sourceKey: { in: keys } },
          select: { sourceKey: true },
        }),
        tx.task.groupBy({
          by: ["phaseId"],
          where: { orgId, roadmapId: roadmap.id },
          _max: { position: true },
        }),
      ]);
      const have = new Set(existing.map((t) => t.sourceKey));
      const nextPosition = new Map(positions.map((p) => [p.phaseId, (p._max.position ?? 0) + 1]));
      const data: Prisma.TaskCreateManyInput[] = [];
      for (const code of codes) {
        const sourceKey = obligationSourceKey(useCaseId, code);
        const phase = phaseByKind.get(getObligation(code).suggestedPhase);
        if (have.has(sourceKey) || !phase) continue;
        const position = nextPosition.get(phase.id) ?? 0;
        nextPosition.set(phase.id, position + 1);
        const link = `/o/${orgSlug}/use-cases/${useCaseId}/assessments/${latest.id}#obligation-${code}`;
        data.push({
          orgId,
          roadmapId: roadmap.id,
          phaseId: phase.id,
          ...taskTexts(roadmap.locale, code, useCase, link),
          category: "governance",
          ownerId,
          dueDate: isoToUtcDate(dueDateForWeek(startDate, phase.endWeek)),
          // Already in force: do it first; a duty from 2027 can wait behind the pilot work.
          priority: isObligationInForce(result, code) ? "high" : "medium",
          position,
          sourceKey,
        });
      }
      if (data.length === 0) return { created: 0, alreadyPlanned: have.size };
      const created = await tx.task.createManyAndReturn({
        data,
        select: { ...CREATED_TASK_SELECT, sourceKey: true },
      });
      await recordAuditMany(
        tx,
        created.map(({ sourceKey: _sourceKey, ...task }) =>
          taskCreatedEvent(task, { orgId, actorId, requestId }),
        ),
      );
      await recordAudit(tx, {
        orgId,
        actorId,
        entity: "use_case",
        entityId: useCaseId,
        action: "plan_obligations",
        after: {
          assessmentId: latest.id,
          roadmapId: roadmap.id,
          tasks: created.map((t) => ({ id: t.id, sourceKey: t.sourceKey })),
        },
        requestId,
      });
      return { created: created.length, alreadyPlanned: have.size };
    });

  try {
    return { ok: true, roadmapId: roadmap.id, ...(await run()) };
  } catch (error) {
    // Two people planning at the same moment: the second transaction hits the unique
    // key; running again sees the first one's tasks and adds nothing twice.
    if (!isUniqueViolation(error)) throw error;
    return { ok: true, roadmapId: roadmap.id, ...(await run()) };
  }
}

export type { AssessmentResult };
