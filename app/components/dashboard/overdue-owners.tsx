import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";

export type OverdueGroup = {
  ownerId: string | null;
  ownerName: string | null;
  count: number;
  oldestDueDate: string;
  tasks: { id: string; title: string; dueDate: string }[];
};

/** Overdue work per person, most first, with the oldest tasks named. */
export function OverdueOwners({ groups }: { groups: OverdueGroup[] }) {
  const { t, locale } = useI18n();
  if (groups.length === 0)
    return <p className="mt-3 text-ink-muted">{t("dashboard.overdue.none")}</p>;
  return (
    <ul className="mt-3 grid grid-cols-1 gap-3 md:grid-cols-2">
      {groups.map((g) => (
        <li
          key={g.ownerId ?? "unassigned"}
          className="min-w-0 break-inside-avoid rounded-control border border-line p-3"
        >
          <p className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-semibold">
              {g.ownerName ?? t("dashboard.overdue.unassigned")}
            </span>
            <span className="text-caption font-medium text-danger">
              {t("dashboard.overdue.count", { count: g.count })} ·{" "}
              {t("dashboard.overdue.since", {
                date: formatDate(g.oldestDueDate, locale, "dayMonth"),
              })}
            </span>
          </p>
          <ul className="mt-1.5 flex flex-col gap-1 text-caption text-ink-muted">
            {g.tasks.map((task) => (
              <li key={task.id} className="flex justify-between gap-3">
                <span className="min-w-0 truncate">{task.title}</span>
                <span className="shrink-0 tabular-nums">
                  {formatDate(task.dueDate, locale, "dayMonth")}
                </span>
              </li>
            ))}
            {g.count > g.tasks.length ? (
              <li>{t("dashboard.overdue.more", { count: g.count - g.tasks.length })}</li>
            ) : null}
          </ul>
        </li>
      ))}
    </ul>
  );
}
