import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import { isUniqueViolation } from "~/lib/db-errors";
import type { Prisma } from "~/lib/db.server";
import { translate } from "~/lib/i18n";
import type { Locale } from "~/lib/i18n";
import { recordAudit, recordAuditMany } from "../audit/audit.server";
import { CREATED_TASK_SELECT, taskCreatedEvent } from "../tasks/audit-state";
import { isoToUtcDate, todayIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import { isPhaseKind, spanOf } from "../calendar/phase-dates";
import { legalReference } from "./legal-reference";
import { placeObligation } from "./obligation-placement";
import type { PlacedObligation } from "./obligation-placement";
import { readStoredResult } from "./register";
import { isObligationInForce } from "./rules";
import { getObligation, isObligationCode } from "./ruleset";
import type { ObligationCode } from "./ruleset";

/**
 * Planning a completed assessment's obligations as tasks of the use case's roadmap.
 * Scoped: every query takes { orgId } and puts it into every WHERE clause.
 */

export type ObligationTaskKey = `obligation:${string}:${ObligationCode}`;

export function obligationSourceKey(useCaseId: string, code: ObligationCode): ObligationTaskKey {
  return `obligation:${useCaseId}:${code}`;
}
export type PlanResult =
  | {
      ok: true;
      created: number;
      alreadyPlanned: number;
      roadmapId: string;
      placed: PlacedObligation[];
    }
  | {
      ok: false;
      reason:
        | "not_found"
        | "no_assessment"
        | "no_roadmap"
        | "nothing_to_plan"
        | "not_latest"
        | "no_open_phase";
    };

/** An obligation task's title and description, in the roadmap's language, with a link back. */
export function obligationTaskTexts(
  locale: Locale,
  code: ObligationCode,
  useCase: { id: string; title: string },
  link: string,
) {
  const o = getObligation(code);
  const title = `${o.title[locale]} – ${useCase.title}`.slice(0, 200);
  const description = [
    o.explanation[locale],
    `${legalReference(o.article, locale)}: ${o.eurLexUrl}`,
    translate(locale, "assessment.plan.taskSource", { useCase: useCase.title }),
    link,
  ].join("\n\n");
  return { title, description };
}

/**
 * "Plan these obligations": turns the newest completed result into tasks of the use
 * case's roadmap, placed by placeObligation (the suggested phase while it is open,
 * else the phase running now; due before the phase's gate, by the legal date, never in
 * the past), owned by the use case's owner (if still a member) or the acting manager,
 * with a link back to the obligation. Each task carries the source key
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
  today = todayIso(),
}: Actor & {
  useCaseId: string;
  orgSlug: string;
  /** When given, planning is refused unless it is the newest completed assessment. */
  assessmentId?: string;
  today?: IsoDate;
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
        lengthDays: true,
        locale: true,
        phases: { where: { orgId }, select: { id: true, kind: true, gateStatus: true } },
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
  const span = spanOf(roadmap);
  const phases = roadmap.phases.flatMap((p) =>
    isPhaseKind(p.kind) ? [{ ...p, kind: p.kind, gateApproved: p.gateStatus === "approved" }] : [],
  );
  const phaseIdOf = new Map(phases.map((p) => [p.kind, p.id]));
  const placements = new Map(
    codes.map((code) => [
      code,
      placeObligation({
        roadmap: span,
        today,
        suggested: getObligation(code).suggestedPhase,
        phases,
        appliesFrom: result.obligationAppliesFrom[code],
      }),
    ]),
  );
  if ([...placements.values()].every((p) => p === null))
    return { ok: false, reason: "no_open_phase" };
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
      const placed: PlacedObligation[] = [];
      for (const code of codes) {
        const sourceKey = obligationSourceKey(useCaseId, code);
        const placement = placements.get(code);
        const phaseId = placement ? phaseIdOf.get(placement.phase) : undefined;
        if (have.has(sourceKey) || !placement || !phaseId) continue;
        const position = nextPosition.get(phaseId) ?? 0;
        nextPosition.set(phaseId, position + 1);
        const link = `/o/${orgSlug}/use-cases/${useCaseId}/assessments/${latest.id}#obligation-${code}`;
        const texts = obligationTaskTexts(roadmap.locale, code, useCase, link);
        placed.push({ title: texts.title, phase: placement.phase, dueDate: placement.dueDate });
        data.push({
          orgId,
          roadmapId: roadmap.id,
          phaseId,
          ...texts,
          category: "governance",
          ownerId,
          dueDate: isoToUtcDate(placement.dueDate),
          // Already in force: do it first; a duty from 2027 can wait behind the pilot work.
          priority: isObligationInForce(result, code) ? "high" : "medium",
          position,
          sourceKey,
        });
      }
      if (data.length === 0) return { created: 0, alreadyPlanned: have.size, placed };
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
      return { created: created.length, alreadyPlanned: have.size, placed };
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
