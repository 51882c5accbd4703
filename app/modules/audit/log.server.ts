import { db } from "~/lib/db.server";
import type { AuditCursor, AuditFilter } from "./log";
import { berlinOffset, describeChanges, encodeCursor, periodBounds, recordName } from "./log";

type NameRow = { id: string; name: string };
type Lookup = (orgId: string, ids: string[]) => Promise<NameRow[]>;

/**
 * Where a record's current name lives, for events whose snapshots do not carry one
 * (ticking a task off records only its status). Every lookup is scoped by orgId.
 */
const NAME_LOOKUPS: Record<string, Lookup> = {
  task: async (orgId, ids) =>
    (
      await db.task.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, title: true },
      })
    ).map((r) => ({ id: r.id, name: r.title })),
  roadmap: async (orgId, ids) =>
    (
      await db.roadmap.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, title: true },
      })
    ).map((r) => ({ id: r.id, name: r.title })),
  use_case: async (orgId, ids) =>
    (
      await db.useCase.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, title: true },
      })
    ).map((r) => ({ id: r.id, name: r.title })),
  assessment: async (orgId, ids) =>
    (
      await db.assessment.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, useCase: { select: { title: true } } },
      })
    ).map((r) => ({ id: r.id, name: r.useCase.title })),
  kpi: async (orgId, ids) =>
    await db.kpi.findMany({ where: { orgId, id: { in: ids } }, select: { id: true, name: true } }),
  kpi_measurement: async (orgId, ids) =>
    (
      await db.kpiMeasurement.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, kpi: { select: { name: true } } },
      })
    ).map((r) => ({ id: r.id, name: r.kpi.name })),
  membership: async (orgId, ids) =>
    (
      await db.membership.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, user: { select: { name: true } } },
      })
    ).map((r) => ({ id: r.id, name: r.user.name })),
  budget_line: async (orgId, ids) =>
    (
      await db.budgetLine.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, label: true },
      })
    ).map((r) => ({ id: r.id, name: r.label })),
  // A gate is a phase's: named by its roadmap.
  gate: async (orgId, ids) =>
    (
      await db.phase.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, roadmap: { select: { title: true } } },
      })
    ).map((r) => ({ id: r.id, name: r.roadmap.title })),
  exit_criterion: async (orgId, ids) =>
    (
      await db.exitCriterion.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, text: true },
      })
    ).map((r) => ({ id: r.id, name: r.text })),
  training: async (orgId, ids) =>
    (
      await db.training.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, title: true },
      })
    ).map((r) => ({ id: r.id, name: r.title })),
  data_source: async (orgId, ids) =>
    await db.dataSource.findMany({
      where: { orgId, id: { in: ids } },
      select: { id: true, name: true },
    }),
  oversight_review: async (orgId, ids) =>
    (
      await db.oversightReview.findMany({
        where: { orgId, id: { in: ids } },
        select: { id: true, useCase: { select: { title: true } } },
      })
    ).map((r) => ({ id: r.id, name: r.useCase.title })),
};

/**
 * The current names of the records a page of events refers to, for the events
 * whose snapshots name none: one query per kind of record on the page, not per event.
 */
async function currentNames(
  orgId: string,
  events: readonly { entity: string; entityId: string | null; named: boolean }[],
): Promise<Map<string, string>> {
  const wanted = new Map<string, Set<string>>();
  for (const e of events) {
    if (e.named || !e.entityId || !NAME_LOOKUPS[e.entity]) continue;
    if (!wanted.has(e.entity)) wanted.set(e.entity, new Set());
    wanted.get(e.entity)!.add(e.entityId);
  }
  const found = await Promise.all(
    [...wanted].map(async ([entity, ids]) =>
      (await NAME_LOOKUPS[entity]!(orgId, [...ids])).map(
        (row) => [`${entity}:${row.id}`, row.name] as const,
      ),
    ),
  );
  return new Map(found.flat());
}

/** Who reads the log: everyone's events (audit:read) or only their own (audit:read-own). */
export type AuditReader = { orgId: string; userId: string; readsAll: boolean };

export const AUDIT_PAGE_SIZE = 50;

function whereFor(reader: AuditReader, filter: AuditFilter, cursor?: AuditCursor) {
  const period = periodBounds(filter, berlinOffset);
  return {
    orgId: reader.orgId,
    // A member sees only what they did, whatever the person filter says.
    ...(reader.readsAll
      ? filter.person
        ? { actorId: filter.person }
        : {}
      : { actorId: reader.userId }),
    ...(filter.kind ? { entity: filter.kind } : {}),
    ...(period.gte || period.lt ? { createdAt: period } : {}),
    ...(cursor
      ? {
          OR: [
            { createdAt: { lt: cursor.createdAt } },
            { createdAt: cursor.createdAt, id: { lt: cursor.id } },
          ],
        }
      : {}),
  };
}

const eventSelect = {
  id: true,
  createdAt: true,
  entity: true,
  entityId: true,
  action: true,
  before: true,
  after: true,
  requestId: true,
  actor: { select: { id: true, name: true, email: true } },
  apiToken: { select: { name: true } },
} as const;

/**
 * One page of the organisation's audit log, newest first, after `filter.cursor`
 * (keyset paging on createdAt and id: a page costs the same however deep it is).
 * Scoped: only the reader's organisation, and only the reader's own events unless
 * they may read everyone's. Returns the cursor of the next page, if there is one.
 */
export async function listAuditEvents(
  reader: AuditReader,
  filter: AuditFilter,
  limit = AUDIT_PAGE_SIZE,
) {
  const rows = await db.auditEvent.findMany({
    where: whereFor(reader, filter, filter.cursor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: eventSelect,
  });
  const page = rows
    .slice(0, limit)
    .map((row) => ({ ...row, name: recordName(row.before, row.after) }));
  const names = await currentNames(
    reader.orgId,
    page.map((row) => ({ entity: row.entity, entityId: row.entityId, named: row.name !== null })),
  );
  const last = page.at(-1);
  return {
    events: page.map((row) => ({
      id: row.id,
      at: row.createdAt.toISOString(),
      entity: row.entity,
      entityId: row.entityId,
      action: row.action,
      actor: row.actor ? { id: row.actor.id, name: row.actor.name, email: row.actor.email } : null,
      /** The API token the change came through, if it did not come from a page. */
      apiToken: row.apiToken?.name ?? null,
      record: row.name ?? names.get(`${row.entity}:${row.entityId}`) ?? null,
      changes: describeChanges(row.before, row.after),
      before: row.before,
      after: row.after,
      requestId: row.requestId,
    })),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}
export type AuditLogEvent = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** The most rows one CSV export holds; the page says so when a filter would give more. */
export const AUDIT_EXPORT_LIMIT = 20_000;

/**
 * Every event the filter matches (up to AUDIT_EXPORT_LIMIT), for the CSV export,
 * read page by page so memory stays bounded by the limit, not by the log's size.
 */
export async function listAuditEventsForExport(reader: AuditReader, filter: AuditFilter) {
  const events: AuditLogEvent[] = [];
  let cursor: string | null = null;
  let current: AuditFilter = { ...filter, cursor: undefined };
  do {
    const page = await listAuditEvents(reader, current, 1_000);
    events.push(...page.events);
    cursor = page.nextCursor;
    if (cursor) {
      const lastEvent = page.events.at(-1)!;
      current = { ...filter, cursor: { createdAt: new Date(lastEvent.at), id: lastEvent.id } };
    }
  } while (cursor && events.length < AUDIT_EXPORT_LIMIT);
  return { events: events.slice(0, AUDIT_EXPORT_LIMIT), truncated: cursor !== null };
}

/** The organisation's members, for the person filter (name order). Scoped by orgId. */
export async function listAuditPeople(orgId: string) {
  const memberships = await db.membership.findMany({
    where: { orgId },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return memberships.map((m) => m.user);
}
