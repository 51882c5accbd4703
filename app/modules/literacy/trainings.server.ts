import { db } from "~/lib/db.server";
import type { Prisma } from "~/lib/db.server";
import type { Locale } from "~/lib/i18n";
import { isUnchanged, saveVersioned } from "~/lib/versioned.server";
import { recordAudit } from "../audit/audit.server";
import type { Actor } from "~/lib/actor";
import { DEFAULT_TRAININGS } from "./catalogue-defaults";
import { TRAINING_TOPICS } from "./fields";
import type { TrainingFormat, TrainingTopic } from "./fields";
import type { TrainingInput, UpdateTrainingInput } from "./schema";

type Tx = Prisma.TransactionClient;

const TRAINING_SELECT = {
  id: true,
  title: true,
  topic: true,
  format: true,
  durationMinutes: true,
  provider: true,
  validityMonths: true,
  link: true,
  version: true,
  archivedAt: true,
} as const;

export type Training = {
  id: string;
  title: string;
  topic: TrainingTopic;
  format: TrainingFormat;
  durationMinutes: number;
  provider: string;
  validityMonths: number | null;
  link: string;
  version: number;
  isArchived: boolean;
};

function shape(row: {
  id: string;
  title: string;
  topic: TrainingTopic;
  format: TrainingFormat;
  durationMinutes: number;
  provider: string;
  validityMonths: number | null;
  link: string;
  version: number;
  archivedAt: Date | null;
}): Training {
  const { archivedAt, ...rest } = row;
  return { ...rest, isArchived: archivedAt !== null };
}

/** What the audit trail keeps of a training. */
function auditState(t: TrainingInput) {
  return {
    title: t.title,
    topic: t.topic,
    format: t.format,
    durationMinutes: t.durationMinutes,
    provider: t.provider,
    validityMonths: t.validityMonths,
    link: t.link,
  };
}

/**
 * Adds the five default trainings (catalogue-defaults.ts) in the organisation's
 * language, inside the caller's transaction. Idempotent: an entry whose seedKey the
 * organisation already has (even archived) is not added again. Returns how many
 * were added. actorId null: the system seeded it, not a person.
 */
export async function seedTrainingCatalogue(
  tx: Tx,
  {
    orgId,
    locale,
    actorId,
    requestId,
  }: { orgId: string; locale: Locale; actorId: string | null; requestId?: string },
): Promise<number> {
  const existing = await tx.training.findMany({
    where: { orgId, seedKey: { in: DEFAULT_TRAININGS.map((d) => d.seedKey) } },
    select: { seedKey: true },
  });
  const have = new Set(existing.map((e) => e.seedKey));
  const missing = DEFAULT_TRAININGS.filter((d) => !have.has(d.seedKey));
  if (missing.length === 0) return 0;
  await tx.training.createMany({
    data: missing.map((d) => ({
      orgId,
      seedKey: d.seedKey,
      title: d.title[locale],
      topic: d.topic,
      format: d.format,
      durationMinutes: d.durationMinutes,
      provider: d.provider[locale],
      validityMonths: d.validityMonths,
      link: d.link,
    })),
  });
  await recordAudit(tx, {
    orgId,
    actorId,
    entity: "training",
    action: "seed",
    after: { titles: missing.map((d) => d.title[locale]) },
    requestId,
  });
  return missing.length;
}

/**
 * DECISION: organisations created before the catalogue existed get the defaults on
 * the first visit of a literacy page (one indexed lookup afterwards). Two first
 * visits at once: the unique (orgId, seedKey) lets one win; the other changes nothing.
 */
export async function ensureTrainingCatalogue({
  orgId,
  locale,
}: {
  orgId: string;
  locale: Locale;
}): Promise<void> {
  const seeded = await db.training.findFirst({
    where: { orgId, seedKey: { not: null } },
    select: { id: true },
  });
  if (seeded) return;
  try {
    await db.$transaction((tx) => seedTrainingCatalogue(tx, { orgId, locale, actorId: null }));
  } catch (error) {
    const code =
      typeof error === "object" && error !== null ? (error as { code?: unknown }).code : null;
    if (code !== "P2002") throw error;
  }
}

/**
 * The catalogue (scoped by orgId) with how often each training was completed:
 * active ones first, in the order of the topics (basics first), then archived ones.
 */
export async function listTrainings({ orgId }: { orgId: string }) {
  const rows = await db.training.findMany({
    where: { orgId },
    orderBy: { title: "asc" },
    select: { ...TRAINING_SELECT, _count: { select: { completions: true } } },
  });
  return rows
    .map(({ _count, ...row }) => ({ ...shape(row), completionCount: _count.completions }))
    .sort(
      (a, b) =>
        Number(a.isArchived) - Number(b.isArchived) ||
        TRAINING_TOPICS.indexOf(a.topic) - TRAINING_TOPICS.indexOf(b.topic) ||
        a.title.localeCompare(b.title, "de"),
    );
}

/**
 * An active training, as the choice lists of the record and plan forms offer it (read
 * with their pages: getRecordPage, getTrainingPlan).
 */
export type TrainingChoice = {
  id: string;
  title: string;
  topic: TrainingTopic;
  validityMonths: number | null;
};

/** One training of the organisation, or null (another organisation's is not found). */
export async function getTraining({ orgId, trainingId }: { orgId: string; trainingId: string }) {
  const row = await db.training.findFirst({
    where: { id: trainingId, orgId },
    select: TRAINING_SELECT,
  });
  return row ? shape(row) : null;
}

/** Adds a training to the catalogue; audited in the same transaction. */
export async function createTraining(
  actor: Actor & { input: TrainingInput },
): Promise<{ id: string }> {
  const { orgId, input } = actor;
  return db.$transaction(async (tx) => {
    const created = await tx.training.create({
      data: { orgId, ...auditState(input) },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "training",
      entityId: created.id,
      action: "create",
      after: auditState(input),
      requestId: actor.requestId,
    });
    return created;
  });
}

export type TrainingWriteResult =
  | { ok: true }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "conflict"; current: Training };

/**
 * Saves an edit only on the version the form was loaded with (in the WHERE clause);
 * otherwise the caller gets the current values and nothing is written. A save without a
 * change writes nothing either (app/lib/versioned.server.ts).
 */
export async function updateTraining(
  actor: Actor & { trainingId: string; input: UpdateTrainingInput },
): Promise<TrainingWriteResult> {
  const { orgId, trainingId, input } = actor;
  const after = auditState(input);
  return db.$transaction(async (tx): Promise<TrainingWriteResult> => {
    const saved = await saveVersioned({
      read: async () => {
        const row = await tx.training.findFirst({
          where: { id: trainingId, orgId },
          select: TRAINING_SELECT,
        });
        return row ? shape(row) : null;
      },
      version: input.version,
      isUnchanged: (current) => isUnchanged(current, after),
      write: () =>
        tx.training.updateMany({
          where: { id: trainingId, orgId, version: input.version },
          data: { ...after, version: { increment: 1 } },
        }),
    });
    if (saved.status === "not_found") return { ok: false, reason: "not_found" };
    if (saved.status === "conflict")
      return { ok: false, reason: "conflict", current: saved.current };
    if (saved.status === "saved") {
      await recordAudit(tx, {
        orgId,
        actorId: actor.actorId,
        entity: "training",
        entityId: trainingId,
        action: "update",
        before: auditState(saved.before),
        after,
        requestId: actor.requestId,
      });
    }
    return { ok: true };
  });
}

/**
 * Archives (no longer offered for new records and plans) or restores a training.
 * Its completions stay and keep counting: the people did the training.
 */
export async function setTrainingArchived(
  actor: Actor & { trainingId: string; version: number; archived: boolean },
): Promise<TrainingWriteResult> {
  const { orgId, trainingId, archived } = actor;
  return db.$transaction(async (tx): Promise<TrainingWriteResult> => {
    const row = await tx.training.findFirst({
      where: { id: trainingId, orgId },
      select: TRAINING_SELECT,
    });
    if (!row) return { ok: false, reason: "not_found" };
    const { count } = await tx.training.updateMany({
      where: { id: trainingId, orgId, version: actor.version },
      data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, reason: "conflict", current: shape(row) };
    await recordAudit(tx, {
      orgId,
      actorId: actor.actorId,
      entity: "training",
      entityId: trainingId,
      action: archived ? "archive" : "restore",
      before: { archived: row.archivedAt !== null },
      after: { archived },
      requestId: actor.requestId,
    });
    return { ok: true };
  });
}
