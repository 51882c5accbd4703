import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import { isUnchanged, saveVersioned } from "~/lib/versioned.server";
import { recordAudit, recordAuditMany } from "../audit/audit.server";
import { changeRoadmapStatus } from "../roadmaps/status.server";
import type { RoadmapStatus } from "../roadmaps/status";
import { getEvidenceOf } from "./evidence.server";
import type { ReviewScope } from "./evidence.server";
import type { ReviewInput } from "./schema";
import { readSnapshot, SNAPSHOT_VERSION } from "./snapshot";
import type { Decision, ReviewEvidence, ReviewSnapshot } from "./snapshot";
import { readReviewHead } from "./queries.server";

/*
 * The closing review of a roadmap: a draft of decisions (scale / adjust / stop per use
 * case) saved while the roadmap is active, and its completion, which keeps the evidence
 * and the decisions as a snapshot (the decision paper) and completes the roadmap. Every
 * function is scoped by orgId; the review's version guards against two managers
 * overwriting each other (app/lib/versioned.server.ts).
 */

type Tx = Prisma.TransactionClient;

/** The review as its form shows it and a save compares against. */
export type ReviewDraft = { version: number; summary: string; decisions: Decision[] };

const EMPTY_DRAFT: ReviewDraft = { version: 1, summary: "", decisions: [] };

const DRAFT_SELECT = {
  id: true,
  version: true,
  summary: true,
  decisions: {
    orderBy: { useCaseId: "asc" },
    select: { useCaseId: true, decision: true, reason: true, rolloutUnits: true },
  },
} as const satisfies Prisma.RoadmapReviewSelect;

function readDraft(client: Pick<Tx, "roadmapReview">, orgId: string, roadmapId: string) {
  return client.roadmapReview.findFirst({ where: { orgId, roadmapId }, select: DRAFT_SELECT });
}

/** One text for a set of decisions, the same whatever order they come in. */
function decisionsKey(decisions: readonly Decision[]): string {
  return JSON.stringify(
    [...decisions]
      .sort((a, b) => a.useCaseId.localeCompare(b.useCaseId))
      .map((d) => [d.useCaseId, d.decision, d.reason, d.rolloutUnits]),
  );
}

export type ReviewPage =
  | {
      mode: "form";
      roadmap: RoadmapHead;
      evidence: ReviewEvidence;
      draft: ReviewDraft;
      wasCompleted: boolean;
    }
  | { mode: "paper"; roadmap: RoadmapHead; snapshot: ReviewSnapshot }
  | { mode: "unavailable"; roadmap: RoadmapHead };
type RoadmapHead = { id: string; title: string; status: RoadmapStatus };

/**
 * What the review's URL shows: while the roadmap is active, the evidence as it is now
 * and the draft; once completed (or archived after completion), the decision paper from
 * the snapshot; otherwise (a draft roadmap, one completed without a review) nothing to
 * review. Null when the roadmap is not this organisation's. One statement (the roadmap
 * with its review), and for an active roadmap two more side by side (getEvidenceOf).
 */
export async function getReviewPage(scope: ReviewScope): Promise<ReviewPage | null> {
  const head = await readReviewHead(scope);
  if (!head) return null;
  const { review } = head;
  const roadmap = { id: head.roadmap.id, title: head.roadmap.title, status: head.roadmap.status };
  if (roadmap.status === "active") {
    return {
      mode: "form",
      roadmap,
      evidence: await getEvidenceOf(head.roadmap, scope),
      draft: review
        ? { version: review.version, summary: review.summary, decisions: review.decisions }
        : EMPTY_DRAFT,
      wasCompleted: Boolean(review?.completedAt),
    };
  }
  const snapshot = review?.completedAt ? readSnapshot(review.snapshot) : null;
  if (snapshot && (roadmap.status === "completed" || roadmap.status === "archived")) {
    return { mode: "paper", roadmap, snapshot };
  }
  return { mode: "unavailable", roadmap };
}

export type SaveReviewResult =
  | { status: "ok" }
  | { status: "not_found" }
  | { status: "not_active" }
  | { status: "conflict"; current: ReviewDraft };

type ReviewActor = Actor & { roadmapId: string; input: ReviewInput };

/** The use cases a decision may name: the roadmap's, not archived. */
async function reviewableUseCases(tx: Tx, orgId: string, roadmapId: string) {
  const rows = await tx.useCase.findMany({
    where: { orgId, roadmapId, archivedAt: null },
    select: { id: true, status: true },
  });
  return rows;
}

/** Thrown inside a transaction to undo it; answered as its result. */
class Refused extends Error {
  constructor(readonly result: SaveReviewResult) {
    super(result.status);
  }
}

/**
 * Runs `work` on the roadmap's review in one transaction; a refusal rolls everything
 * back (nothing stored). The review exists from the first save on: made beforehand with
 * version 1 (only for an active roadmap of the organisation), so the first save is
 * version-checked like every later one and two first saves cannot both win.
 */
async function onReview(
  { orgId, roadmapId }: { orgId: string; roadmapId: string },
  work: (tx: Tx) => Promise<SaveReviewResult>,
): Promise<SaveReviewResult> {
  const roadmap = await db.roadmap.findFirst({
    where: { id: roadmapId, orgId },
    select: { status: true },
  });
  if (!roadmap) return { status: "not_found" };
  if (roadmap.status !== "active") return { status: "not_active" };
  try {
    await db.roadmapReview.upsert({
      where: { roadmapId },
      create: { orgId, roadmapId },
      update: {},
      select: { id: true },
    });
  } catch (error) {
    // Made by a parallel first save in the meantime: that is all this step wanted.
    if (!(await db.roadmapReview.findFirst({ where: { orgId, roadmapId } }))) throw error;
  }
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/**
 * Stores the decisions and the summary if the review still has the form's version (the
 * review was made by onReview), inside the caller's transaction; anything else is
 * refused (thrown). Decisions for use cases that are no longer the roadmap's are dropped.
 * Returns what was stored before, for the caller's audit event.
 */
async function storeDraft(tx: Tx, actor: ReviewActor) {
  const { orgId, roadmapId, input } = actor;
  const roadmap = await tx.roadmap.findFirst({
    where: { id: roadmapId, orgId },
    select: { status: true },
  });
  if (!roadmap) throw new Refused({ status: "not_found" });
  if (roadmap.status !== "active") throw new Refused({ status: "not_active" });
  const useCases = await reviewableUseCases(tx, orgId, roadmapId);
  const ids = new Set(useCases.map((u) => u.id));
  const decisions = input.decisions.filter((d) => ids.has(d.useCaseId));
  const review = await tx.roadmapReview.findFirst({
    where: { orgId, roadmapId },
    select: { id: true },
  });
  if (!review) throw new Refused({ status: "not_found" });
  const reviewId = review.id;
  const next = { summary: input.summary, decisions: decisionsKey(decisions) };
  const saved = await saveVersioned({
    read: async () => {
      const row = await readDraft(tx, orgId, roadmapId);
      return row ? { ...row, key: decisionsKey(row.decisions) } : null;
    },
    version: input.version,
    isUnchanged: (current) =>
      isUnchanged({ summary: current.summary, decisions: current.key }, next),
    write: async () => {
      const written = await tx.roadmapReview.updateMany({
        where: { id: reviewId, orgId, version: input.version },
        data: { summary: input.summary, version: { increment: 1 } },
      });
      if (written.count > 0) {
        await tx.useCaseDecision.deleteMany({ where: { orgId, reviewId } });
        await tx.useCaseDecision.createMany({
          data: decisions.map((d) => ({ ...d, orgId, reviewId })),
        });
      }
      return written;
    },
  });
  if (saved.status === "not_found") throw new Refused({ status: "not_found" });
  if (saved.status === "conflict") {
    const { version, summary, decisions: stored } = saved.current;
    throw new Refused({ status: "conflict", current: { version, summary, decisions: stored } });
  }
  const before = saved.status === "saved" ? saved.before : saved.current;
  return {
    reviewId,
    useCases,
    decisions,
    changed: saved.status === "saved",
    isNew: before.version === 1 && saved.status === "saved",
    before: { summary: before.summary, decisions: before.decisions },
  };
}

/** "Entwurf speichern": the decisions so far; the roadmap stays active. */
export function saveReviewDraft(actor: ReviewActor): Promise<SaveReviewResult> {
  return onReview(actor, async (tx) => {
    const stored = await storeDraft(tx, actor);
    if (stored.changed) {
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.actorId,
        entity: "roadmap_review",
        entityId: stored.reviewId,
        action: stored.isNew ? "create" : "update",
        before: stored.isNew ? undefined : stored.before,
        after: { summary: actor.input.summary, decisions: stored.decisions },
        requestId: actor.requestId,
      });
    }
    return { status: "ok" };
  });
}

/**
 * "Review abschließen", in one transaction: the decisions are stored (version-checked),
 * every use case of the roadmap must have one (the form checks it first; one added
 * meanwhile refuses it as a conflict), the evidence and the decisions are kept as the
 * snapshot, the review is marked completed, the roadmap moves active → completed (its
 * own status step, audited), use cases decided "scale" become scaled and "stop"
 * stopped (each audited, version bumped), and one event records the review. `evidence`
 * is read before the transaction (getReviewEvidence): what the manager saw on the page.
 */
export function completeReview(
  actor: ReviewActor & { evidence: ReviewEvidence; completedByName: string | null },
): Promise<SaveReviewResult> {
  const { orgId, roadmapId } = actor;
  return onReview(actor, async (tx) => {
    const stored = await storeDraft(tx, actor);
    const decided = new Set(stored.decisions.map((d) => d.useCaseId));
    if (stored.useCases.some((u) => !decided.has(u.id))) {
      throw new Refused({ status: "conflict", current: await currentDraft(tx, orgId, roadmapId) });
    }
    const completedAt = new Date();
    const snapshot: ReviewSnapshot = {
      version: SNAPSHOT_VERSION,
      evidence: actor.evidence,
      decisions: stored.decisions,
      summary: actor.input.summary,
      completedAt: completedAt.toISOString(),
      completedByName: actor.completedByName,
    };
    await tx.roadmapReview.updateMany({
      where: { id: stored.reviewId, orgId },
      data: { completedAt, completedById: actor.actorId, snapshot, version: { increment: 1 } },
    });
    const moved = await changeRoadmapStatus(tx, { ...actor, to: "completed" });
    if (moved.status !== "ok") throw new Refused({ status: "not_active" });
    await applyDecisions(tx, actor, stored.useCases, stored.decisions);
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "roadmap_review",
      entityId: stored.reviewId,
      action: "complete",
      before: stored.changed && !stored.isNew ? stored.before : undefined,
      after: { summary: actor.input.summary, decisions: stored.decisions },
      requestId: actor.requestId,
    });
    return { status: "ok" };
  });
}

async function currentDraft(tx: Tx, orgId: string, roadmapId: string): Promise<ReviewDraft> {
  const row = await readDraft(tx, orgId, roadmapId);
  return row
    ? { version: row.version, summary: row.summary, decisions: row.decisions }
    : EMPTY_DRAFT;
}

const STATUS_OF: Record<Decision["decision"], string | null> = {
  scale: "scaled",
  adjust: null,
  stop: "stopped",
};

/** Scaled and stopped use cases, one statement per status and one audit event each. */
async function applyDecisions(
  tx: Tx,
  actor: Actor,
  useCases: readonly { id: string; status: string }[],
  decisions: readonly Decision[],
) {
  const statusBefore = new Map(useCases.map((u) => [u.id, u.status]));
  const changes = decisions.flatMap((d) => {
    const to = STATUS_OF[d.decision];
    const from = statusBefore.get(d.useCaseId);
    return to && from !== undefined && from !== to ? [{ ...d, from, to }] : [];
  });
  for (const to of ["scaled", "stopped"] as const) {
    const ids = changes.filter((c) => c.to === to).map((c) => c.useCaseId);
    if (ids.length === 0) continue;
    await tx.useCase.updateMany({
      where: { orgId: actor.orgId, id: { in: ids } },
      data: { status: to, version: { increment: 1 } },
    });
  }
  await recordAuditMany(
    tx,
    changes.map((c) => ({
      orgId: actor.orgId,
      actorId: actor.actorId,
      entity: "use_case",
      entityId: c.useCaseId,
      action: "change_status",
      before: { status: c.from },
      after: { status: c.to, reason: c.reason },
      requestId: actor.requestId,
    })),
  );
}
