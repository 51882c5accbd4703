import { formatInstant } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { AuditChange } from "~/modules/audit/log";
import { formatAuditValue, lookup } from "./audit-values";

export type AuditRow = {
  id: string;
  at: string;
  entity: string;
  action: string;
  actor: { id: string; name: string } | null;
  /** The API token a change came through (the audit log page; a record's history has none). */
  apiToken?: string | null;
  record: string | null;
  changes: AuditChange[];
};

/** The log's entries, newest first: who did what to which record, and what changed. */
export function AuditLogTable({
  events,
  people,
}: {
  events: AuditRow[];
  people: ReadonlyMap<string, string>;
}) {
  const { t, locale } = useI18n();
  return (
    // A frame that scrolls sideways on a phone: focusable, so a keyboard can scroll it too.
    <div
      role="region"
      aria-label={t("audit.caption")}
      tabIndex={0}
      className="relative overflow-x-auto rounded-card border border-line bg-surface-raised shadow-card focus-visible:outline-2 focus-visible:outline-brand"
    >
      <table className="w-full min-w-[52rem] text-left text-body">
        <caption className="sr-only">{t("audit.caption")}</caption>
        <thead className="border-b border-line text-caption text-ink-muted">
          <tr>
            {(["when", "who", "what", "record", "changes"] as const).map((column) => (
              <th key={column} scope="col" className="px-4 py-2 font-medium">
                {t(`audit.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line align-top">
          {events.map((event) => (
            <tr key={event.id}>
              <td className="px-4 py-2 whitespace-nowrap text-ink-muted">
                <time dateTime={event.at}>{formatInstant(event.at, locale)}</time>
              </td>
              <td className="px-4 py-2">
                {event.actor ? (people.get(event.actor.id) ?? event.actor.name) : t("audit.system")}
                {event.apiToken ? (
                  <span className="block text-caption text-ink-muted">
                    {t("audit.viaApiToken", { name: event.apiToken })}
                  </span>
                ) : null}
              </td>
              <th scope="row" className="px-4 py-2 font-medium">
                {lookup(t, `audit.entity.${event.entity}`, event.entity)}{" "}
                <span className="font-normal">
                  {lookup(t, `audit.action.${event.action}`, event.action)}
                </span>
              </th>
              <td className="max-w-[16rem] px-4 py-2 break-words">{event.record ?? "—"}</td>
              <td className="px-4 py-2">
                {event.changes.length === 0 ? (
                  t("audit.noChanges")
                ) : (
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-caption">
                    {event.changes.map((change) => {
                      const context = {
                        entity: event.entity,
                        field: change.field,
                        t,
                        locale,
                        people,
                      };
                      return (
                        <div key={change.field} className="contents">
                          <dt className="text-ink-muted">
                            {lookup(t, `audit.field.${change.field}`, change.field)}
                          </dt>
                          <dd className="break-words">
                            {change.from !== null ? (
                              <>
                                <del className="text-ink-muted">
                                  {formatAuditValue(change.from, context)}
                                </del>{" "}
                                <span aria-hidden="true">→</span>
                                <span className="sr-only">{t("audit.changedTo")}</span>{" "}
                              </>
                            ) : null}
                            <ins className="no-underline">
                              {formatAuditValue(change.to, context)}
                            </ins>
                          </dd>
                        </div>
                      );
                    })}
                  </dl>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
