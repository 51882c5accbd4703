import { ListLink } from "~/components/ui/list-link";
import { Badge } from "~/components/ui/badge";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { OverviewTask } from "~/modules/roadmaps/overview.server";
import { phaseColor } from "./phase-style";

export function TaskList({
  tasks,
  empty,
  tone,
  hrefFor,
}: {
  tasks: OverviewTask[];
  empty: string;
  tone?: "danger";
  /** The task's detail page; titles link there when given. */
  hrefFor?: (task: OverviewTask) => string;
}) {
  const { t, locale } = useI18n();
  if (tasks.length === 0) return <p className="mt-3 text-ink-muted">{empty}</p>;
  return (
    <ul className="mt-3 divide-y divide-line">
      {tasks.map((task) => (
        <li key={task.id} className="flex gap-3 py-2.5">
          <span
            aria-hidden="true"
            className={`mt-2 h-2.5 w-2.5 shrink-0 rounded-full ${phaseColor[task.phase].bg}`}
          />
          <div className="min-w-0 flex-1">
            <p className="font-medium">
              {hrefFor ? (
                <ListLink to={hrefFor(task)} className="underline-offset-2 hover:underline">
                  {task.title}
                </ListLink>
              ) : (
                task.title
              )}
            </p>
            <p className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-caption text-ink-muted">
              <span>{task.ownerName ?? t("roadmap.noOwner")}</span>
              <span
                className={`tabular-nums ${tone === "danger" ? "font-medium text-danger" : ""}`}
              >
                {t("roadmap.dueOn", { date: formatDate(task.dueDate, locale, "dayMonth") })}
              </span>
              {task.status !== "todo" ? (
                <Badge tone={task.status === "blocked" ? "warning" : "brand"}>
                  {t(`task.status.${task.status}`)}
                </Badge>
              ) : null}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
