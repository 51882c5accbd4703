import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import type { PhaseKind } from "../calendar/phase-dates";
import { learningIdOf } from "./learning-source";
import { readRoadmapLedger, readSuccessorWithLearningTasks } from "./queries.server";
import { findPhaseId } from "./phases.server";
import type { LearningKind } from "./schema";

/**
 * The roadmap with its phases' learnings (newest first) and budget lines (as created).
 * Scoped by orgId; null when the roadmap is not the organisation's. One statement.
 */
export async function getRoadmapLedger({ orgId, roadmapId }: { orgId: string; roadmapId: string }) {
  const rows = await readRoadmapLedger(orgId, roadmapId);
  const roadmap = rows.find((row) => row.kind === 0);
  if (!roadmap) return null;
  const learnings = [];
  const budgetLines = [];
  for (const row of rows) {
    if (row.kind === 1) learnings.push(row);
    else if (row.kind === 2) budgetLines.push(row);
  }
  // A UNION's rows come in no promised order.
  const byTime = (a: { at: Date; id: string }, b: { at: Date; id: string }) =>
    a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  learnings.sort((a, b) => byTime(b, a));
  budgetLines.sort(byTime);
  return {
    roadmap: {
      id: roadmap.id,
      title: roadmap.title,
      status: roadmap.status,
      startDate: roadmap.startDate,
      lengthDays: roadmap.lengthDays,
      plannedBudgetCents: roadmap.plannedCents,
    },
    learnings: learnings.map((l) => ({
      id: l.id,
      phase: l.phase,
      kind: l.learningKind,
      text: l.title,
      createdAt: l.at.toISOString(),
      authorName: l.authorName,
    })),
    budgetLines: budgetLines.map((b) => ({
      id: b.id,
      phase: b.phase,
      label: b.title,
      plannedCents: b.plannedCents,
      actualCents: b.actualCents,
      suggested: b.suggested === 1,
      version: b.version,
    })),
  };
}

/**
 * Where the roadmap's learnings went: the roadmap that follows it (generated from its
 * closing review, Roadmap.predecessorId) and, by learning id, the task made there from
 * each carried learning (not deleted). Null while no roadmap follows. Scoped by orgId;
 * one statement.
 */
export async function getLearningCarryOver({
  orgId,
  roadmapId,
}: {
  orgId: string;
  roadmapId: string;
}) {
  const rows = await readSuccessorWithLearningTasks(orgId, roadmapId);
  const successor = rows[0];
  if (!successor) return null;
  const tasks: Record<string, { id: string; title: string }> = {};
  for (const row of rows) {
    const learningId = learningIdOf(row.sourceKey);
    if (learningId && row.taskId && row.taskTitle !== null)
      tasks[learningId] = { id: row.taskId, title: row.taskTitle };
  }
  return { successor: { id: successor.id, title: successor.title }, tasks };
}

export async function addLearning(
  actor: Actor & { roadmapId: string; phase: PhaseKind; kind: LearningKind; text: string },
) {
  const { orgId } = actor;
  const phaseId = await findPhaseId(actor);
  if (!phaseId) return { status: "not_found" as const };
  await db.$transaction(async (tx) => {
    const learning = await tx.learning.create({
      data: {
        orgId,
        roadmapId: actor.roadmapId,
        phaseId,
        kind: actor.kind,
        text: actor.text,
        authorId: actor.actorId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "learning",
      entityId: learning.id,
      action: "create",
      after: { phase: actor.phase, kind: actor.kind, text: actor.text },
      requestId: actor.requestId,
    });
  });
  return { status: "ok" as const };
}
