import type { AuditFilter } from "./log";
import { berlinOffset, describeChanges, encodeCursor, periodBounds, recordName } from "./log";
import { listMembersByName } from "../members/queries.server";
import { readAuditEvents } from "./queries.server";

/** Who reads the log: everyone's events (audit:read) or only their own (audit:read-own). */
export type AuditReader = { orgId: string; userId: string; readsAll: boolean };

export const AUDIT_PAGE_SIZE = 50;

/**
 * One page of the organisation's audit log, newest first, after `filter.cursor`
 * (keyset paging on createdAt and id: a page costs the same however deep it is).
 * Scoped: only the reader's organisation, and only the reader's own events unless
 * they may read everyone's. Returns the cursor of the next page, if there is one.
 * One statement: each event comes with its actor, its API token and, for the events
 * whose snapshots name no record, the record's current name (queries.server.ts).
 */
export async function listAuditEvents(
  reader: AuditReader,
  filter: AuditFilter,
  limit = AUDIT_PAGE_SIZE,
) {
  const period = periodBounds(filter, berlinOffset);
  const rows = await readAuditEvents({
    orgId: reader.orgId,
    // A member sees only what they did, whatever the person filter says.
    actorId: reader.readsAll ? filter.person : reader.userId,
    entity: filter.kind,
    gte: period.gte,
    lt: period.lt,
    cursor: filter.cursor,
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map((row) => ({
      id: row.id,
      at: row.createdAt.toISOString(),
      entity: row.entity,
      entityId: row.entityId,
      action: row.action,
      actor:
        row.actorId !== null
          ? { id: row.actorId, name: row.actorName ?? "", email: row.actorEmail ?? "" }
          : null,
      /** The API token the change came through, if it did not come from a page. */
      apiToken: row.apiTokenName,
      record: recordName(row.before, row.after) ?? (row.entityId !== null ? row.currentName : null),
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
  const members = await listMembersByName(orgId);
  return members.map(({ id, name }) => ({ id, name }));
}
