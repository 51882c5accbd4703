import { z } from "zod";
import { AUDIT_ENTITIES, isKnownEntity, PERSON_FIELDS } from "./entities";
import type { AuditEntity } from "./entities";
export { AUDIT_ENTITIES, isKnownEntity, PERSON_FIELDS };
export type { AuditEntity };

/**
 * The organisation's audit log as people read it: which fields an event changed,
 * the filters of the log page, and the opaque cursor it pages with. Pure: the
 * queries live in log.server.ts, the wording in the "audit" messages.
 */

/** Bookkeeping fields that say nothing to a reader. */
const HIDDEN_FIELDS = new Set(["id", "orgId", "version", "position", "createdAt", "updatedAt"]);

const isHidden = (field: string) =>
  HIDDEN_FIELDS.has(field) || (/Ids?$/.test(field) && !PERSON_FIELDS.has(field));

export type AuditValue = string | number | boolean | null | { count: number };
export type AuditChange = { field: string; from: AuditValue; to: AuditValue };

type Snapshot = Record<string, unknown>;

function isSnapshot(value: unknown): value is Snapshot {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A stored value reduced to what a table cell can show: lists and objects by their size. */
function simplify(value: unknown): AuditValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  if (Array.isArray(value)) return { count: value.length };
  if (isSnapshot(value)) return { count: Object.keys(value).length };
  return String(value);
}

const isEmpty = (value: AuditValue) => value === null || value === "";

function same(a: unknown, b: unknown) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields one event changed, in the order its snapshots name them. A creation
 * lists what the record started with, a deletion what it held; an update only
 * the fields whose value differs. Bookkeeping fields are left out.
 */
export function describeChanges(before: unknown, after: unknown): AuditChange[] {
  const from = isSnapshot(before) ? before : null;
  const to = isSnapshot(after) ? after : null;
  const fields = [...new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})])];
  const changes: AuditChange[] = [];
  for (const field of fields) {
    if (isHidden(field)) continue;
    const a = from ? simplify(from[field]) : null;
    const b = to ? simplify(to[field]) : null;
    if (from && to && same(from[field], to[field])) continue;
    if (isEmpty(a) && isEmpty(b)) continue;
    changes.push({ field, from: a, to: b });
  }
  return changes;
}

/** A record's name as its snapshots tell it (title, name, label, e-mail), newest first. */
export function recordName(before: unknown, after: unknown): string | null {
  for (const snapshot of [after, before]) {
    if (!isSnapshot(snapshot)) continue;
    for (const key of ["title", "name", "label", "email", "text"]) {
      const value = snapshot[key];
      if (typeof value === "string" && value.trim() !== "") return value;
    }
  }
  return null;
}

/** The position of an event in the log: newest first, ties broken by id. */
export type AuditCursor = { createdAt: Date; id: string };

export function encodeCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`, "utf8").toString(
    "base64url",
  );
}

/** The cursor a link carries, or null when it is not one this log made. */
export function decodeCursor(value: string): AuditCursor | null {
  let text: string;
  try {
    text = Buffer.from(value, "base64url").toString("utf8");
  } catch {
    return null;
  }
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([A-Za-z0-9_-]{1,64})$/.exec(text);
  if (!match) return null;
  const createdAt = new Date(match[1]!);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: match[2]! };
}

const optionalDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
  .optional()
  .catch(undefined);

/**
 * The log page's filters from its search params. A filter that is not valid is
 * dropped (the page shows everything it may rather than an error), so a
 * hand-edited link never fails.
 */
export const AuditFilterSchema = z.object({
  person: z
    .string()
    .regex(/^[a-z0-9]{10,40}$/i)
    .optional()
    .catch(undefined),
  kind: z.enum(AUDIT_ENTITIES).optional().catch(undefined),
  from: optionalDay,
  to: optionalDay,
  cursor: z
    .string()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((value) => (value ? (decodeCursor(value) ?? undefined) : undefined)),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export function parseAuditFilter(searchParams: URLSearchParams): AuditFilter {
  const raw: Record<string, string> = {};
  for (const key of ["person", "kind", "from", "to", "cursor"]) {
    const value = searchParams.get(key);
    if (value) raw[key] = value;
  }
  return AuditFilterSchema.parse(raw);
}

/** The instants a period of Berlin calendar days spans: [from 00:00, the day after `to` 00:00). */
export function periodBounds(
  filter: Pick<AuditFilter, "from" | "to">,
  zoneOffset: (day: string) => number,
): { gte?: Date; lt?: Date } {
  const start = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - zoneOffset(day));
  const bounds: { gte?: Date; lt?: Date } = {};
  if (filter.from) bounds.gte = start(filter.from);
  if (filter.to) {
    const next = new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    bounds.lt = start(next);
  }
  return bounds;
}

const offsetFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  timeZoneName: "shortOffset",
});

/**
 * Milliseconds Berlin is ahead of UTC at the start of a calendar day (1 or 2 hours).
 * Read at 00:00 UTC of that day, which is before either daylight-saving switch (02:00/03:00).
 */
export function berlinOffset(day: string): number {
  const parts = offsetFormat
    .formatToParts(new Date(`${day}T00:00:00Z`))
    .find((p) => p.type === "timeZoneName")?.value;
  const hours = Number(/GMT([+-]\d+)/.exec(parts ?? "")?.[1] ?? 1);
  return hours * 3_600_000;
}
