import { Link, useLocation } from "react-router";
import { RecordMeasurementForm } from "~/components/kpis/record-measurement-form";
import type { Route } from "./+types/my-tasks";
import { phaseColor } from "~/components/roadmap/phase-style";
import { useStatusError } from "~/components/tasks/task-status";
import { TickButton } from "~/components/tasks/tick-button";
import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/empty-state";
import { requestContext } from "~/lib/context.server";
import { formatDate, translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { listRecordableKpis } from "~/modules/kpis/kpis.server";
import { todayIso } from "~/modules/calendar/dates";
import { listMyTasks } from "~/modules/tasks/detail.server";
import type { MyTask } from "~/modules/tasks/detail.server";
import { groupByDueWeek } from "~/modules/tasks/group";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · Fahrplan` : "Fahrplan" },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const showDone = new URL(request.url).searchParams.get("done") === "all";
  const today = todayIso();
  const [tasks, kpis] = await Promise.all([
    listMyTasks({ orgId: scope.org.id, userId: user.id }),
    // KPI owners record their measurements here too (derived KPIs read the oversight log).
    can(scope.role, "measurement:record")
      ? listRecordableKpis({ orgId: scope.org.id, userId: user.id })
      : [],
  ]);
  return {
    pageTitle: translate(context.get(requestContext).locale, "tasks.mine.title"),
    groups: groupByDueWeek(tasks, today, { includePastDone: showDone }),
    openCount: tasks.filter((task) => task.status !== "done").length,
    showDone,
    today,
    orgSlug: scope.org.slug,
    canComplete: can(scope.role, "task:complete"),
    kpis,
  };
}

// Ticks post to each task's status route (roadmaps/:roadmapId/tasks/:taskId/status),
// which sends a post without JavaScript back here.
export default function MyTasks({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-display">{d.pageTitle}</h1>
          <p className="text-ink-muted">{t("tasks.mine.open", { count: d.openCount })}</p>
        </div>
        <Link
          to={d.showDone ? "." : "?done=all"}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          {d.showDone ? t("tasks.mine.hidePastDone") : t("tasks.mine.showPastDone")}
        </Link>
      </header>
      {d.kpis.length > 0 ? <MyKpis kpis={d.kpis} orgSlug={d.orgSlug} today={d.today} /> : null}
      {d.groups.length === 0 ? (
        <EmptyState title={t("tasks.mine.emptyTitle")} body={t("tasks.mine.emptyBody")} />
      ) : (
        d.groups.map((group) => {
          const id = group.kind === "overdue" ? "group-overdue" : `group-${group.weekStart}`;
          return (
            <section
              key={id}
              aria-labelledby={id}
              className={`rounded-card border bg-surface-raised p-5 shadow-card ${
                group.kind === "overdue" ? "border-danger" : "border-line"
              }`}
            >
              <h2 id={id} className="flex flex-wrap items-baseline gap-x-3 text-lead font-semibold">
                {group.kind === "overdue" ? (
                  <span className="text-danger">{t("roadmap.overdue")}</span>
                ) : (
                  <>
                    <span>
                      {group.isThisWeek
                        ? t("tasks.mine.thisWeek")
                        : t("tasks.mine.week", { week: group.week })}
                    </span>
                    <span className="text-caption font-normal text-ink-muted">
                      {t("roadmap.dateRange", {
                        start: formatDate(group.weekStart, locale, "dayMonth"),
                        end: formatDate(group.weekEnd, locale, "dayMonth"),
                      })}
                    </span>
                  </>
                )}
              </h2>
              <ul className="mt-3 divide-y divide-line">
                {group.tasks.map((task) => (
                  <MyTaskRow
                    key={task.id}
                    task={task}
                    orgSlug={d.orgSlug}
                    isOverdue={group.kind === "overdue"}
                    canComplete={d.canComplete}
                  />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}

function MyTaskRow({
  task,
  orgSlug,
  isOverdue,
  canComplete,
}: {
  task: MyTask;
  orgSlug: string;
  isOverdue: boolean;
  canComplete: boolean;
}) {
  const { t, locale } = useI18n();
  const error = useStatusError(task.id);
  const isDone = task.status === "done";
  const taskPath = `/o/${orgSlug}/roadmaps/${task.roadmapId}/tasks/${task.id}`;
  return (
    <li className="flex items-start gap-3 py-2.5">
      <div className="pt-0.5">
        <TickButton
          taskId={task.id}
          taskPath={taskPath}
          title={task.title}
          isDone={isDone}
          disabled={!canComplete}
        />
      </div>
      <div className="min-w-0 flex-1">
        <p className={`font-medium break-words ${isDone ? "text-ink-muted line-through" : ""}`}>
          <Link to={taskPath} className="underline-offset-2 hover:underline">
            {task.title}
          </Link>
        </p>
        <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-caption text-ink-muted">
          <span
            aria-hidden="true"
            className={`h-2 w-2 rounded-full ${phaseColor[task.phase].bg}`}
          />
          <span>
            {task.roadmapTitle} · {t(`phase.${task.phase}`)}
          </span>
          <span aria-hidden="true">·</span>
          <span className={`tabular-nums ${isOverdue ? "font-medium text-danger" : ""}`}>
            {t("roadmap.dueOn", { date: formatDate(task.dueDate, locale, "weekday") })}
          </span>
          {task.status === "in_progress" || task.status === "blocked" ? (
            <Badge tone={task.status === "blocked" ? "warning" : "brand"}>
              {t(`task.status.${task.status}`)}
            </Badge>
          ) : null}
        </p>
        {error ? (
          <p role="alert" className="mt-1 text-caption font-medium text-danger">
            {error}
          </p>
        ) : null}
      </div>
    </li>
  );
}

function MyKpis({
  kpis,
  orgSlug,
  today,
}: {
  kpis: { id: string; name: string; unit: string }[];
  orgSlug: string;
  today: string;
}) {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <section
      aria-labelledby="my-kpis"
      className="rounded-card border border-line bg-surface-raised p-5 shadow-card"
    >
      <h2 id="my-kpis" className="text-lead font-semibold">
        {t("tasks.mine.myKpis")}
      </h2>
      <p className="text-caption text-ink-muted">{t("tasks.mine.myKpisIntro")}</p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        {kpis.map((kpi) => (
          <RecordMeasurementForm
            key={kpi.id}
            orgSlug={orgSlug}
            kpi={kpi}
            today={today}
            redirectTo={location.pathname + location.search}
            headingLevel={3}
          />
        ))}
      </div>
    </section>
  );
}
