import { formatDate, formatInstant } from "~/lib/i18n";
import type { MessageKey } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { TaskDetail } from "~/modules/tasks/detail.server";
import { describeTaskChanges } from "~/modules/tasks/history";
import type { HistoryChange } from "~/modules/tasks/history";

const ACTIONS = [
  "create",
  "update",
  "complete",
  "reopen",
  "move",
  "delete",
  "restore",
  "reschedule",
];

/** The task's history from the audit trail: who did what when, and what changed. */
export function TaskHistory({
  history,
  names,
}: {
  history: TaskDetail["history"];
  names: Record<string, string>;
}) {
  const { t, locale } = useI18n();

  function show(change: HistoryChange, value: string | null): string {
    if (value === null || value === "") return "—";
    switch (change.field) {
      case "status":
        return t(`task.status.${value as "todo"}`);
      case "priority":
        return t(`task.priority.${value as "low"}`);
      case "dueDate":
        return formatDate(value, locale);
      case "ownerId":
        return names[value] ?? t("roadmaps.gate.formerMember");
      case "description":
        return value.length > 80 ? `${value.slice(0, 80)}…` : value;
      default:
        return value;
    }
  }

  return (
    <section
      aria-labelledby="history-title"
      className="self-start rounded-card border border-line bg-surface-raised p-5 shadow-card"
    >
      <h2 id="history-title" className="text-lead font-semibold">
        {t("tasks.history.title")}
      </h2>
      {history.length === 0 ? (
        <p className="mt-2 text-caption text-ink-muted">{t("tasks.history.empty")}</p>
      ) : (
        <ol className="mt-3 flex flex-col gap-3">
          {history.map((event) => {
            const changes = describeTaskChanges(event.action, event.before, event.after);
            const label = ACTIONS.includes(event.action)
              ? t(`tasks.history.actions.${event.action}` as MessageKey)
              : event.action;
            return (
              <li key={event.id} className="border-l-2 border-line pl-3">
                <p className="text-caption text-ink-muted">
                  <time dateTime={event.at}>{formatInstant(event.at, locale)}</time> ·{" "}
                  {event.actorName ?? t("tasks.history.system")}
                </p>
                <p className="font-medium">{label}</p>
                {changes.length > 0 && event.action !== "create" ? (
                  <ul className="mt-0.5 text-caption text-ink-muted">
                    {changes.map((c) => (
                      <li key={c.field}>
                        {t(`tasks.history.fields.${c.field}`)}: {show(c, c.from)} →{" "}
                        <span className="text-ink">{show(c, c.to)}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
