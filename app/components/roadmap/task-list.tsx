import { Badge } from "~/components/ui/badge";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { OverviewTask } from "~/modules/roadmaps/overview.server";
import { phaseColor } from "./phase-style";

export function TaskList({
  tasks,
  empty,
  tone,
}: {
  tasks: OverviewTask[];
  empty: string;
  tone?: "danger";
}) {
  const { t, locale } = useI18n();
  if (tasks.length === 0) return <p className="mt-3 text-ink-muted">{empty}</p>;
  return (
    <ul className="mt-3 divide-y divide-line">
      {tasks.map((task) => (
        <li key={task.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5">
          <span
            aria-hidden="true"
            className={`h-2.5 w-2.5 shrink-0 rounded-full ${phaseColor[task.phase].bg}`}
          />
          <span className="min-w-0 flex-1 font-medium">{task.title}</span>
          <span className="text-caption text-ink-muted">
            {task.ownerName ?? t("roadmap.noOwner")}
          </span>
          <span
            className={`text-caption tabular-nums ${tone === "danger" ? "font-medium text-danger" : "text-ink-muted"}`}
          >
            {t("roadmap.dueOn", { date: formatDate(task.dueDate, locale, "dayMonth") })}
          </span>
          {task.status !== "todo" ? (
            <Badge tone={task.status === "blocked" ? "warning" : "brand"}>
              {t(`task.status.${task.status}`)}
            </Badge>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
