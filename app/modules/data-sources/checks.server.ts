import type { Actor } from "~/lib/actor";
import { db } from "~/lib/db.server";
import { recordAudit } from "../audit/audit.server";
import { isoToUtcDate, utcDateToIso } from "../calendar/dates";
import type { IsoDate } from "../calendar/dates";
import type { CheckAspect } from "./fields";

/**
 * The quality checks of a data source: one record per aspect, the latest check (who,
 * when, a note). Recording again replaces it; the audit log keeps every earlier one.
 * Scoped: the source must belong to the use case in this organisation.
 */

type CheckRef = Actor & { useCaseId: string; dataSourceId: string; aspect: CheckAspect };
export type CheckResult =
  { ok: true; sourceName: string } | { ok: false; reason: "not_found" | "archived" };

async function findSource(orgId: string, useCaseId: string, dataSourceId: string) {
  return db.dataSource.findFirst({
    where: { id: dataSourceId, orgId, useCaseId, useCase: { orgId } },
    select: { id: true, name: true, useCase: { select: { archivedAt: true } } },
  });
}

/** "Heute geprüft" (or on an earlier day): records who checked this aspect, when. */
export async function recordCheck({
  orgId,
  actorId,
  requestId,
  useCaseId,
  dataSourceId,
  aspect,
  checkedOn,
  note,
}: CheckRef & { checkedOn: IsoDate; note: string }): Promise<CheckResult> {
  const source = await findSource(orgId, useCaseId, dataSourceId);
  if (!source) return { ok: false, reason: "not_found" };
  if (source.useCase.archivedAt) return { ok: false, reason: "archived" };
  const data = { checkedOn: isoToUtcDate(checkedOn), checkedById: actorId, note };
  await db.$transaction(async (tx) => {
    const before = await tx.dataSourceCheck.findFirst({
      where: { orgId, dataSourceId, aspect },
      select: { checkedOn: true, checkedById: true, note: true },
    });
    const check = await tx.dataSourceCheck.upsert({
      where: { dataSourceId_aspect: { dataSourceId, aspect } },
      create: { ...data, orgId, dataSourceId, aspect },
      update: data,
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "data_source_check",
      entityId: check.id,
      action: "record",
      // The source's name and the aspect in both snapshots: the log names the record by
      // them, and only what changed (date, person, note) shows as a change.
      before: before
        ? { name: source.name, aspect, ...before, checkedOn: utcDateToIso(before.checkedOn) }
        : undefined,
      after: { name: source.name, aspect, checkedOn, checkedById: actorId, note, dataSourceId },
      requestId,
    });
  });
  return { ok: true, sourceName: source.name };
}

/** Takes a recorded check back (a check recorded by mistake); the aspect is open again. */
export async function removeCheck({
  orgId,
  actorId,
  requestId,
  useCaseId,
  dataSourceId,
  aspect,
}: CheckRef): Promise<CheckResult> {
  const source = await findSource(orgId, useCaseId, dataSourceId);
  if (!source) return { ok: false, reason: "not_found" };
  if (source.useCase.archivedAt) return { ok: false, reason: "archived" };
  return db.$transaction(async (tx) => {
    const check = await tx.dataSourceCheck.findFirst({
      where: { orgId, dataSourceId, aspect },
      select: { id: true, checkedOn: true, checkedById: true, note: true },
    });
    // Already open (a double click, another tab): nothing to take back.
    if (!check) return { ok: true, sourceName: source.name } as const;
    await tx.dataSourceCheck.deleteMany({ where: { id: check.id, orgId } });
    await recordAudit(tx, {
      orgId,
      actorId,
      entity: "data_source_check",
      entityId: check.id,
      action: "remove",
      before: {
        name: source.name,
        aspect,
        dataSourceId,
        checkedOn: utcDateToIso(check.checkedOn),
        checkedById: check.checkedById,
        note: check.note,
      },
      requestId,
    });
    return { ok: true, sourceName: source.name } as const;
  });
}
