import { data, Form, Link, useNavigation } from "react-router";
import { deferred } from "~/components/ui/deferred";
import type { Route } from "./+types/task";
import { phaseColor } from "~/components/roadmap/phase-style";
import { TaskFields } from "~/components/tasks/task-fields";
import { useStatusError } from "~/components/tasks/task-status";
import { TickButton } from "~/components/tasks/tick-button";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConflictNotice } from "~/components/ui/conflict-notice";
import { FormAlert } from "~/components/ui/form-alert";
import { parseForm, submittedValues } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { formatDate, formatInstant } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { can } from "~/lib/permissions";
import { actionContext } from "~/lib/route/context.server";
import { refuse } from "~/lib/route/refuse.server";
import { revalidateAfterConflict } from "~/lib/route/revalidate";
import { roadmapEndDate } from "~/modules/calendar/phase-dates";
import { getTaskDetail } from "~/modules/tasks/detail.server";
import { updateTaskSchema } from "~/modules/tasks/schema";
import type { TaskSnapshot } from "~/modules/tasks/tasks.server";
import { updateTask } from "~/modules/tasks/tasks.server";
import { deleteTask, restoreTask } from "~/modules/tasks/deletion.server";

// What only shows: server-rendered at once, its browser code after the page's (see deferred).
const RoadmapPageHeader = deferred(() =>
  import("~/components/roadmap/roadmap-page-header").then((m) => m.RoadmapPageHeader),
);
const TaskHistory = deferred(() =>
  import("~/components/tasks/task-history").then((m) => m.TaskHistory),
);
const SavedNotice = deferred(() => import("~/components/tasks/notices").then((m) => m.SavedNotice));

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.task.title} · Fahrplan` : "Fahrplan" },
];

// After a stale save the form carries the current version: a second save knowingly wins.
export const shouldRevalidate = revalidateAfterConflict;

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const detail = await getTaskDetail({
    orgId: scope.org.id,
    roadmapId: idParam(params.roadmapId),
    taskId: idParam(params.taskId),
  });
  if (!detail) notFound();
  return {
    ...detail,
    // Worked out here, so the page takes no calendar code into its JavaScript.
    roadmapEndDate: roadmapEndDate(detail.roadmap),
    orgSlug: scope.org.slug,
    canEdit: can(scope.role, "task:update"),
    canComplete: can(scope.role, "task:complete"),
    canDelete: can(scope.role, "task:delete"),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor } = actionContext(context);
  const roadmapId = idParam(params.roadmapId);
  const taskId = idParam(params.taskId);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");

  // Ticking off is the task's status route (./status), shared with the board and "My tasks".
  if (intent === "delete" || intent === "restore") {
    requirePermission(scope, "task:delete");
    const result = await (intent === "delete" ? deleteTask : restoreTask)({ ...actor, taskId });
    if (result.status === "not_found") notFound();
    return {
      ok: true as const,
      intent: intent === "delete" ? ("delete" as const) : ("restore" as const),
    };
  }
  if (intent !== "save") return refuse(t, intent, "roadmaps.errors.unknownAction", 400);

  requirePermission(scope, "task:update");
  const detail = await getTaskDetail({ orgId: scope.org.id, roadmapId, taskId });
  if (!detail) notFound();
  const form = parseForm(formData, updateTaskSchema(detail.roadmap), t);
  const refused = (
    status: 400 | 409,
    failure: { fieldErrors: Record<string, string>; values: Record<string, string> },
    extra: { formError?: string; current?: TaskSnapshot } = {},
  ) =>
    data(
      { ok: false as const, intent, formError: t("validation.formErrors"), ...failure, ...extra },
      { status },
    );
  if (!form.ok) return refused(400, form);
  const result = await updateTask({ ...actor, roadmapId, taskId, data: form.data });
  if (result.status === "not_found") notFound();
  const values = submittedValues(formData);
  if (result.status === "invalid_owner") {
    return refused(400, { fieldErrors: { ownerId: t("tasks.errors.invalidOwner") }, values });
  }
  if (result.status === "conflict") {
    return refused(
      409,
      { fieldErrors: {}, values },
      { formError: t("tasks.conflict.title"), current: result.current },
    );
  }
  const outside = result.dueDate === "outside_phase";
  return {
    ok: true as const,
    intent: "save" as const,
    warning: outside,
    message: t(outside ? "tasks.warnings.savedOutsidePhase" : "tasks.saved"),
  };
}

export default function TaskDetail({ loaderData: d, actionData: result }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const navigation = useNavigation();
  const failed = result && !result.ok && "fieldErrors" in result ? result : undefined;
  const conflict = failed?.current;
  const task = d.task;
  const base = `/o/${d.orgSlug}/roadmaps/${d.roadmap.id}`;
  const boardHref = `${base}/phases/${task.phase}`;
  const tickError = useStatusError(task.id);
  const names = Object.fromEntries(d.people.map((p) => [p.id, p.name]));
  const values = failed?.values;

  return (
    <div className="flex flex-col gap-6">
      <RoadmapPageHeader
        orgSlug={d.orgSlug}
        roadmap={d.roadmap}
        title={task.title}
        crumbs={
          <>
            <span aria-hidden="true">›</span>
            <span
              aria-hidden="true"
              className={`h-2 w-2 rounded-full ${phaseColor[task.phase].bg}`}
            />
            <Link to={boardHref} className="underline-offset-2 hover:underline">
              {t(`phase.${task.phase}`)}
            </Link>
          </>
        }
        titleStart={
          task.isDeleted ? undefined : (
            <div className="pt-1.5">
              <TickButton
                taskId={task.id}
                taskPath={`${base}/tasks/${task.id}`}
                title={task.title}
                isDone={task.status === "done"}
                disabled={!d.canComplete}
              />
            </div>
          )
        }
      >
        <p className="flex flex-wrap items-center gap-2 text-ink-muted">
          <Badge
            tone={
              task.status === "done" ? "success" : task.status === "blocked" ? "warning" : "neutral"
            }
          >
            {t(`task.status.${task.status}`)}
          </Badge>
          <span>
            {task.ownerId
              ? (names[task.ownerId] ?? t("roadmaps.gate.formerMember"))
              : t("roadmap.noOwner")}
          </span>
          <span aria-hidden="true">·</span>
          <span>{t("roadmap.dueOn", { date: formatDate(task.dueDate, locale) })}</span>
          {task.placement === "outside_phase" ? (
            <Badge tone="warning">{t("tasks.warnings.outsidePhaseShort")}</Badge>
          ) : null}
          {task.completedAt ? (
            <span className="text-caption">
              {t("tasks.detail.completed", {
                date: formatInstant(task.completedAt, locale, false),
                name: task.completedByName ?? "—",
              })}
            </span>
          ) : null}
        </p>
        {tickError ? <FormAlert>{tickError}</FormAlert> : null}
      </RoadmapPageHeader>

      {task.isDeleted ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-3 rounded-control bg-warning-soft px-3 py-2 text-warning"
        >
          <span className="font-medium">{t("tasks.detail.isDeleted")}</span>
          {d.canDelete ? (
            <Form method="post">
              <input type="hidden" name="intent" value="restore" />
              <button type="submit" className="font-semibold underline underline-offset-2">
                {t("tasks.undo")}
              </button>
            </Form>
          ) : null}
        </div>
      ) : null}
      {result?.ok && result.intent === "save" ? (
        <SavedNotice message={result.message} warning={result.warning} />
      ) : null}
      {result && !result.ok && "message" in result ? <FormAlert>{result.message}</FormAlert> : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
        <div className="flex flex-col gap-4">
          {conflict ? (
            <ConflictNotice
              title={t("tasks.conflict.title")}
              body={t("tasks.conflict.body")}
              rows={[
                [t("tasks.fields.title"), conflict.title],
                [t("tasks.fields.status"), t(`task.status.${conflict.status}`)],
                [
                  t("tasks.fields.owner"),
                  conflict.ownerId ? (names[conflict.ownerId] ?? "—") : t("roadmap.noOwner"),
                ],
                [t("tasks.fields.dueDate"), formatDate(conflict.dueDate, locale)],
                [t("tasks.fields.priority"), t(`task.priority.${conflict.priority}`)],
                [t("tasks.fields.description"), conflict.description || "—"],
              ]}
            />
          ) : failed ? (
            <FormAlert>{failed.formError}</FormAlert>
          ) : null}

          {d.canEdit && !task.isDeleted ? (
            <Form
              method="post"
              noValidate
              key={`${task.version}-${conflict ? "conflict" : ""}`}
              className="flex flex-col gap-4 rounded-card border border-line bg-surface-raised p-5 shadow-card"
              aria-labelledby="edit-title"
            >
              <h2 id="edit-title" className="text-lead font-semibold">
                {t("tasks.detail.edit")}
              </h2>
              <input type="hidden" name="intent" value="save" />
              <input type="hidden" name="version" value={task.version} />
              <TaskFields
                idPrefix="task"
                withStatus
                values={{
                  title: values?.title ?? task.title,
                  description: values?.description ?? task.description,
                  ownerId: values?.ownerId ?? task.ownerId ?? "",
                  dueDate: values?.dueDate ?? task.dueDate,
                  priority: values?.priority ?? task.priority,
                  status: values?.status ?? task.status,
                }}
                errors={failed?.fieldErrors}
                people={d.people}
                phase={d.phaseDates}
                roadmap={{
                  startDate: d.roadmap.startDate,
                  endDate: d.roadmapEndDate,
                }}
              />
              <div className="flex flex-wrap gap-3">
                <Button type="submit" disabled={navigation.state === "submitting"}>
                  {conflict ? t("tasks.conflict.saveAnyway") : t("tasks.detail.save")}
                </Button>
              </div>
            </Form>
          ) : (
            <section
              className="rounded-card border border-line bg-surface-raised p-5 shadow-card"
              aria-labelledby="about-title"
            >
              <h2 id="about-title" className="text-lead font-semibold">
                {t("tasks.fields.description")}
              </h2>
              <p className="mt-2 whitespace-pre-line text-ink-muted">
                {task.description || t("tasks.detail.noDescription")}
              </p>
            </section>
          )}
          {d.canDelete && !task.isDeleted ? (
            <Form method="post">
              <input type="hidden" name="intent" value="delete" />
              <button
                type="submit"
                className="rounded-control px-4 py-2 font-medium text-danger hover:bg-danger-soft"
              >
                {t("tasks.menu.delete")}
              </button>
            </Form>
          ) : null}
        </div>
        <TaskHistory history={d.history} names={names} />
      </div>
    </div>
  );
}
