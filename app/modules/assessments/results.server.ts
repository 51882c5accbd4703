import { db } from "~/lib/db.server";
import { readAssessmentResultRecords } from "./queries.server";
import { readStoredResult } from "./register";
import { RULESET_VERSION } from "./ruleset";
import { readStoredAnswers } from "./questions";

/**
 * Completed assessments of a use case: one result with its planned obligations, and
 * the history. Scoped: every function takes { orgId } and puts it into every WHERE clause.
 */

/**
 * One completed assessment with everything its result page shows, plus which of its
 * obligations are already planned as tasks in the use case's roadmap. Null when the
 * use case or the assessment is not in this organisation. One statement.
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
  const rows = await readAssessmentResultRecords({ orgId, useCaseId, assessmentId });
  const useCase = rows.find((row) => row.kind === 0);
  const assessment = rows.find((row) => row.kind === 1);
  if (!useCase || !assessment) return null;
  const result = readStoredResult(assessment.result);
  if (!result) return null;
  return {
    useCase: {
      id: useCase.id,
      title: useCase.title,
      roadmap:
        useCase.roadmapId !== null &&
        useCase.roadmapTitle !== null &&
        useCase.roadmapStatus !== null
          ? { id: useCase.roadmapId, title: useCase.roadmapTitle, status: useCase.roadmapStatus }
          : null,
      isArchived: useCase.archivedAt !== null,
    },
    assessment: {
      id: assessment.id,
      answers: readStoredAnswers(assessment.answers),
      result,
      rulesetVersion: assessment.rulesetVersion,
      isCurrentRuleset: assessment.rulesetVersion === RULESET_VERSION,
      completedAt: assessment.completedAt?.toISOString() ?? null,
      authorName: assessment.authorName,
    },
    isLatest: useCase.newestId === assessment.id,
    plannedCodes: rows
      .flatMap((row) => (row.kind === 2 ? [row.sourceKey.split(":")[2]] : []))
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
