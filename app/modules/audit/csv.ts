import { csvInstant, toCsv } from "~/lib/csv";
import type { CsvColumn } from "~/lib/csv";
import type { Locale, Messages } from "~/lib/i18n";
import type { AuditChange, AuditValue } from "./log";

/*
 * The audit log for spreadsheets: like every export, written by the shared writer
 * (~/lib/csv) in the reader's language, kinds of record, actions and changes in the
 * words the log page uses; the full before/after snapshots as JSON for whoever needs
 * more than the summary.
 */

type ExportEvent = {
  at: string;
  actor: { id: string; name: string; email: string } | null;
  entity: string;
  entityId: string | null;
  action: string;
  record: string | null;
  changes: AuditChange[];
  before: unknown;
  after: unknown;
  requestId: string;
};

/** The words of the export: headers, and the log page's wording for codes and values. */
export type AuditCsvLabels = {
  headers: Messages["audit"]["csv"];
  system: string;
  entity: (code: string) => string;
  action: (code: string) => string;
  field: (code: string) => string;
  value: (value: AuditValue, where: { entity: string; field: string }) => string;
};

/** "Status: Offen → Erledigt; Titel: Neu": an event's changes in the reader's words. */
export function changesText(
  entity: string,
  changes: readonly AuditChange[],
  labels: Pick<AuditCsvLabels, "field" | "value">,
): string {
  return changes
    .map((c) => {
      const where = { entity, field: c.field };
      const to = labels.value(c.to, where);
      return c.from === null
        ? `${labels.field(c.field)}: ${to}`
        : `${labels.field(c.field)}: ${labels.value(c.from, where)} → ${to}`;
    })
    .join("; ");
}

const json = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value);

export function auditToCsv(
  events: readonly ExportEvent[],
  labels: AuditCsvLabels,
  locale: Locale,
): string {
  const h = labels.headers;
  const columns: CsvColumn<ExportEvent>[] = [
    { header: h.occurredAt, value: (e) => csvInstant(e.at) },
    { header: h.actor, value: (e) => e.actor?.name ?? labels.system },
    { header: h.actorEmail, value: (e) => e.actor?.email },
    { header: h.entity, value: (e) => labels.entity(e.entity) },
    { header: h.entityId, value: (e) => e.entityId },
    { header: h.action, value: (e) => labels.action(e.action) },
    { header: h.record, value: (e) => e.record },
    { header: h.changes, value: (e) => changesText(e.entity, e.changes, labels) },
    { header: h.before, value: (e) => json(e.before) },
    { header: h.after, value: (e) => json(e.after) },
    { header: h.requestId, value: (e) => e.requestId },
  ];
  return toCsv(events, columns, locale);
}
