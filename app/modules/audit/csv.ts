import { safeText, toCsv } from "../reports/csv";
import type { AuditChange, AuditValue } from "./log";

/*
 * The audit log for spreadsheets and scripts: like every export, fixed snake_case
 * columns and stored codes rather than translated labels (see reports/csv.ts); the
 * full before/after snapshots as JSON for whoever needs more than the summary.
 */
export const AUDIT_COLUMNS = [
  "occurred_at",
  "actor",
  "actor_email",
  "entity",
  "entity_id",
  "action",
  "record",
  "changes",
  "before",
  "after",
  "request_id",
] as const;

type ExportEvent = {
  at: string;
  actor: { name: string; email: string } | null;
  entity: string;
  entityId: string | null;
  action: string;
  record: string | null;
  changes: AuditChange[];
  before: unknown;
  after: unknown;
  requestId: string;
};

function valueText(value: AuditValue): string {
  if (value === null) return "";
  if (typeof value === "object") return `[${value.count}]`;
  return String(value);
}

/** "status: todo → done; dueDate: 2026-03-02 → 2026-03-09" */
export function changesText(changes: readonly AuditChange[]): string {
  return changes
    .map((c) =>
      c.from === null
        ? `${c.field}: ${valueText(c.to)}`
        : `${c.field}: ${valueText(c.from)} → ${valueText(c.to)}`,
    )
    .join("; ");
}

const json = (value: unknown) =>
  value === null || value === undefined ? "" : JSON.stringify(value);

export function auditToCsv(events: readonly ExportEvent[]): string {
  return toCsv(
    AUDIT_COLUMNS,
    events.map((e) => ({
      occurred_at: e.at,
      actor: safeText(e.actor?.name ?? ""),
      actor_email: safeText(e.actor?.email ?? ""),
      entity: e.entity,
      entity_id: e.entityId,
      action: e.action,
      record: safeText(e.record),
      changes: safeText(changesText(e.changes)),
      before: safeText(json(e.before)),
      after: safeText(json(e.after)),
      request_id: e.requestId,
    })),
  );
}
