import { data, Form, Link, useNavigation } from "react-router";
import type { Route } from "./+types/board";
import { GateBadge } from "~/components/roadmap/gate-badge";
import { GatePanel } from "~/components/roadmap/gate-panel";
import { phaseColor } from "~/components/roadmap/phase-style";
import { RoadmapNav } from "~/components/roadmap/roadmap-nav";
import { BoardColumns } from "~/components/tasks/board-columns";
import { TaskFields } from "~/components/tasks/task-fields";
import { Button, buttonClass } from "~/components/ui/button";
import { FormAlert } from "~/components/ui/form-alert";
import { ProgressBar } from "~/components/ui/progress-bar";
import { Select } from "~/components/ui/select";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { requestContext } from "~/lib/context.server";
import { formatDate, formatPercent, translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { getDataBasisGateWarning } from "~/modules/data-sources/gate.server";
import { roadmapEndDate } from "~/modules/roadmaps/phase-dates";
import { todayIso } from "~/modules/roadmaps/dates";
import {
  addCriterion,
  decideGate,
  removeCriterion,
  requestGateApproval,
  setCriterionMet,
} from "~/modules/roadmaps/gates.server";
import { getRoadmapForEdit } from "~/modules/roadmaps/roadmaps.server";
import { actionContext, idParam, phaseParam, refuse } from "~/modules/roadmaps/route.server";
import {
  AddCriterionSchema,
  CriterionIdSchema,
  DecideGateSchema,
  ToggleCriterionSchema,
} from "~/modules/roadmaps/schema";
import { TASK_STATUSES } from "~/modules/roadmaps/progress";
import { getPhaseBoard } from "~/modules/tasks/board.server";
import {
  CompleteTaskSchema,
  createTaskSchema,
  MoveTaskSchema,
  parseBoardFilter,
  PlaceTaskSchema,
  planTaskSchema,
  TaskIdSchema,
} from "~/modules/tasks/schema";
import {
  createTask,
  deleteTask,
  moveTask,
  planTask,
  restoreTask,
  setTaskDone,
} from "~/modules/tasks/tasks.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · ${data.board.roadmap.title} · Fahrplan` : "Fahrplan" },
];

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const roadmapId = idParam(params.roadmapId);
  const phase = phaseParam(params.phaseKind);
  const filter = parseBoardFilter(new URL(request.url).searchParams);
  const board = await getPhaseBoard({
    orgId: scope.org.id,
    roadmapId,
    phase,
    filter,
    userId: user.id,
    today: todayIso(),
  });
  if (!board) notFound();
  const may = (action: Parameters<typeof can>[1]) =>
    can(scope.role, action, { canApproveGates: scope.canApproveGates });
  const phaseInfo = board.phases.find((p) => p.kind === phase)!;
  return {
    pageTitle: `${phaseInfo.position}. ${translate(context.get(requestContext).locale, `phase.${phase}`)}`,
    board,
    filter,
    orgSlug: scope.org.slug,
    userId: user.id,
    dataBasis: await getDataBasisGateWarning({
      orgId: scope.org.id,
      roadmapId,
      phase: board.phase,
    }),
    permissions: {
      canCreate: may("task:create"),
      canComplete: may("task:complete"),
      canMove: may("task:update"),
      canDelete: may("task:delete"),
      canEditCriteria: may("phase:update"),
      canRequest: may("gate:request"),
      canApprove: may("gate:approve"),
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor, may } = actionContext(context);
  const roadmapId = idParam(params.roadmapId);
  const phase = phaseParam(params.phaseKind);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const ref = { ...actor, roadmapId, phase };

  switch (intent) {
    // Ticks and moves answer fetchers: refusals come back as data, so the card can
    // roll back and say why instead of the page turning into an error screen.
    case "complete": {
      const form = parseForm(formData, CompleteTaskSchema, t);
      if (!form.ok) return refuse(t, intent, "tasks.errors.notFound", 400);
      const { taskId } = form.data;
      if (!may("task:complete"))
        return refuse(t, intent, "tasks.errors.forbidden", 403, { taskId });
      const result = await setTaskDone({ ...actor, taskId, done: form.data.done });
      if (result.status === "not_found")
        return refuse(t, intent, "tasks.errors.notFound", 404, { taskId });
      return { ok: true as const, intent, taskId };
    }
    case "place":
    case "move": {
      const taskId = String(formData.get("taskId") ?? "");
      if (!may("task:update")) return refuse(t, intent, "tasks.errors.forbidden", 403, { taskId });
      let result;
      if (intent === "place") {
        const form = parseForm(formData, PlaceTaskSchema, t);
        if (!form.ok) return refuse(t, intent, "tasks.errors.moveInvalid", 400, { taskId });
        result = await moveTask({
          ...actor,
          taskId: form.data.taskId,
          placement: { status: form.data.status, beforeId: form.data.beforeId || null },
        });
      } else {
        const form = parseForm(formData, MoveTaskSchema, t);
        if (!form.ok) return refuse(t, intent, "tasks.errors.moveInvalid", 400, { taskId });
        const move =
          form.data.move === "up" || form.data.move === "down"
            ? form.data.move
            : { status: form.data.move.slice(7) as (typeof TASK_STATUSES)[number] };
        result = await moveTask({ ...actor, taskId: form.data.taskId, move });
      }
      if (result.status === "not_found")
        return refuse(t, intent, "tasks.errors.notFound", 404, { taskId });
      return { ok: true as const, intent, taskId };
    }
    case "plan": {
      const taskId = String(formData.get("taskId") ?? "");
      if (!may("task:update")) return refuse(t, intent, "tasks.errors.forbidden", 403, { taskId });
      const roadmap = await getRoadmapForEdit({ orgId: scope.org.id, roadmapId });
      if (!roadmap) notFound();
      const form = parseForm(formData, planTaskSchema(roadmap.startDate), t);
      if (!form.ok) {
        const message = Object.values(form.fieldErrors)[0] ?? t("validation.formErrors");
        return data({ ok: false as const, intent, taskId, message }, { status: 400 });
      }
      const result = await planTask({ ...actor, roadmapId, data: form.data });
      if (result.status === "not_found")
        return refuse(t, intent, "tasks.errors.notFound", 404, { taskId });
      if (result.status === "invalid_owner")
        return refuse(t, intent, "tasks.errors.invalidOwner", 400, { taskId });
      if (result.status === "conflict")
        return refuse(t, intent, "tasks.errors.planConflict", 409, { taskId });
      return { ok: true as const, intent, taskId };
    }
    case "delete":
    case "restore": {
      requirePermission(scope, "task:delete");
      const form = parseForm(formData, TaskIdSchema, t);
      if (!form.ok) return refuse(t, intent, "tasks.errors.notFound", 400);
      const fn = intent === "delete" ? deleteTask : restoreTask;
      const result = await fn({ ...actor, taskId: form.data.taskId });
      if (result.status === "not_found") return refuse(t, intent, "tasks.errors.notFound", 404);
      return { ok: true as const, intent, taskId: form.data.taskId, title: result.title ?? "" };
    }
    case "create": {
      requirePermission(scope, "task:create");
      const roadmap = await getRoadmapForEdit({ orgId: scope.org.id, roadmapId });
      if (!roadmap) notFound();
      const form = parseForm(formData, createTaskSchema(roadmap.startDate), t);
      if (!form.ok) {
        return data({ ...form, intent, formError: t("validation.formErrors") }, { status: 400 });
      }
      const result = await createTask({ ...ref, data: form.data });
      if (result.status === "not_found") notFound();
      if (result.status === "invalid_owner") {
        return data(
          {
            ok: false as const,
            intent,
            fieldErrors: { ownerId: t("tasks.errors.invalidOwner") },
            values: { ...form.data },
            formError: t("validation.formErrors"),
          },
          { status: 400 },
        );
      }
      if (result.status !== "ok") notFound();
      return {
        ok: true as const,
        intent,
        taskId: result.taskId,
        message:
          result.dueDate === "outside_phase"
            ? t("tasks.warnings.createdOutsidePhase")
            : t("tasks.created"),
        warning: result.dueDate === "outside_phase",
      };
    }
    case "gate-request": {
      requirePermission(scope, "gate:request");
      const result = await requestGateApproval(ref);
      if (result.status === "not_found") notFound();
      if (result.status === "not_allowed")
        return refuse(t, intent, "roadmaps.errors.gateState", 409);
      return { ok: true as const, intent, message: t("roadmaps.gate.requested") };
    }
    case "gate-decide": {
      requirePermission(scope, "gate:approve");
      const form = parseForm(formData, DecideGateSchema, t);
      if (!form.ok) {
        return data({ ...form, intent, formError: t("validation.formErrors") }, { status: 400 });
      }
      const result = await decideGate({ ...ref, ...form.data });
      if (result.status === "not_found") notFound();
      if (result.status === "not_allowed")
        return refuse(t, intent, "roadmaps.errors.gateState", 409);
      return {
        ok: true as const,
        intent,
        message: t(
          form.data.decision === "approve"
            ? "roadmaps.gate.approvedMessage"
            : "roadmaps.gate.rejectedMessage",
        ),
      };
    }
    case "criterion-toggle":
    case "criterion-remove":
    case "criterion-add": {
      requirePermission(scope, "phase:update");
      let result;
      if (intent === "criterion-add") {
        const form = parseForm(formData, AddCriterionSchema, t);
        if (!form.ok) {
          return data({ ...form, intent, formError: t("validation.formErrors") }, { status: 400 });
        }
        result = await addCriterion({ ...ref, text: form.data.text });
      } else if (intent === "criterion-toggle") {
        const form = parseForm(formData, ToggleCriterionSchema, t);
        if (!form.ok) return refuse(t, intent, "roadmaps.errors.criterionNotFound", 400);
        result = await setCriterionMet({ ...ref, ...form.data });
      } else {
        const form = parseForm(formData, CriterionIdSchema, t);
        if (!form.ok) return refuse(t, intent, "roadmaps.errors.criterionNotFound", 400);
        result = await removeCriterion({ ...ref, criterionId: form.data.criterionId });
      }
      if (result.status === "not_found")
        return refuse(t, intent, "roadmaps.errors.criterionNotFound", 404);
      if (result.status === "not_allowed")
        return refuse(t, intent, "roadmaps.errors.gateLocked", 409);
      return { ok: true as const, intent };
    }
    default:
      return refuse(t, intent, "roadmaps.errors.unknownAction", 400);
  }
}

type ActionData = {
  ok: boolean;
  intent?: string;
  message?: string;
  taskId?: string;
  title?: string;
  warning?: boolean;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  formError?: string;
};

export default function PhaseBoard({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const navigation = useNavigation();
  const result = actionData as ActionData | undefined;
  const { board, permissions } = d;
  const phase = board.phase;
  const base = `/o/${d.orgSlug}/roadmaps/${board.roadmap.id}`;
  const names = Object.fromEntries(board.people.map((p) => [p.id, p.name]));
  const statuses = d.filter.status ? [d.filter.status] : TASK_STATUSES;
  const isFiltered = Boolean(d.filter.owner || d.filter.status);
  const createFailed = result?.intent === "create" && !result.ok;
  const gateResult =
    result?.intent?.startsWith("gate") || result?.intent?.startsWith("criterion")
      ? result
      : undefined;
  // Without JavaScript a tick or move comes back as a page; show its refusal here.
  const cardResult =
    result && !result.ok && ["complete", "place", "move", "plan"].includes(result.intent ?? "")
      ? result
      : undefined;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-caption font-medium text-ink-muted">
          <Link to={base} className="underline-offset-2 hover:underline">
            {board.roadmap.title}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-display">
            <span
              aria-hidden="true"
              className={`mr-3 inline-block h-3 w-3 rounded-full align-middle ${phaseColor[phase.kind].bg}`}
            />
            {phase.position}. {t(`phase.${phase.kind}`)}
          </h1>
          <a href="#gate-title" className="flex flex-wrap gap-2 rounded-full">
            <span className="sr-only">{t("roadmaps.gate.title")}: </span>
            <GateBadge status={phase.gateStatus} isOverdue={phase.isGateOverdue} />
          </a>
        </div>
        <p className="text-ink-muted">
          {t("phase.weeks", { start: phase.startWeek, end: phase.endWeek })} ·{" "}
          {t("roadmap.dateRange", {
            start: formatDate(phase.startDate, locale),
            end: formatDate(phase.endDate, locale),
          })}
        </p>
        {phase.goal ? <p className="max-w-3xl text-ink-muted">{phase.goal}</p> : null}
      </header>
      <RoadmapNav orgSlug={d.orgSlug} roadmapId={board.roadmap.id} />

      {result?.intent === "delete" && result.ok ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-3 rounded-control bg-surface-muted px-3 py-2"
        >
          <span>{t("tasks.deleted", { title: result.title ?? "" })}</span>
          <Form method="post">
            <input type="hidden" name="intent" value="restore" />
            <input type="hidden" name="taskId" value={result.taskId} />
            <button type="submit" className="font-semibold text-brand underline underline-offset-2">
              {t("tasks.undo")}
            </button>
          </Form>
        </div>
      ) : null}
      {result?.intent === "restore" && result.ok ? (
        <FormAlert tone="success">{t("tasks.restored", { title: result.title ?? "" })}</FormAlert>
      ) : null}
      {result?.intent === "create" && result.ok ? (
        <p
          role="status"
          className={`rounded-control px-3 py-2 font-medium ${
            result.warning ? "bg-warning-soft text-warning" : "bg-success-soft text-success"
          }`}
        >
          {result.message}
        </p>
      ) : null}
      {cardResult ? <FormAlert>{cardResult.message}</FormAlert> : null}

      <div className="flex flex-col gap-6">
        <div className="flex min-w-0 flex-col gap-4">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <Form
              method="get"
              className="flex flex-wrap items-end gap-3"
              aria-label={t("tasks.filter.label")}
            >
              <Select
                id="filter-owner"
                label={t("tasks.filter.owner")}
                name="owner"
                defaultValue={d.filter.owner ?? ""}
                options={[
                  { value: "", label: t("tasks.filter.everyone") },
                  { value: "me", label: t("tasks.filter.me") },
                  { value: "none", label: t("roadmap.noOwner") },
                  ...board.people.map((p) => ({ value: p.id, label: p.name })),
                ]}
              />
              <Select
                id="filter-status"
                label={t("tasks.filter.status")}
                name="status"
                defaultValue={d.filter.status ?? ""}
                options={[
                  { value: "", label: t("tasks.filter.allStatuses") },
                  ...TASK_STATUSES.map((s) => ({ value: s, label: t(`task.status.${s}`) })),
                ]}
              />
              <Button type="submit" variant="secondary">
                {t("tasks.filter.apply")}
              </Button>
              {isFiltered ? (
                <Link
                  to="."
                  className="pb-2 text-caption font-medium text-brand underline-offset-2 hover:underline"
                >
                  {t("tasks.filter.reset")}
                </Link>
              ) : null}
            </Form>
            <div className="min-w-48 flex-1 sm:max-w-64">
              <ProgressBar
                percent={board.summary.percentDone}
                colorClass={phaseColor[phase.kind].bg}
                label={t(`phase.${phase.kind}`)}
              />
              <p className="mt-1 text-caption text-ink-muted">
                {formatPercent(board.summary.percentDone, locale)} ·{" "}
                {t("roadmap.tasksDone", { done: board.summary.done, count: board.summary.total })}
              </p>
            </div>
          </div>

          {permissions.canCreate ? (
            <details
              open={createFailed}
              className="rounded-card border border-line bg-surface-raised shadow-card"
            >
              <summary className="cursor-pointer px-5 py-3 font-semibold">
                {t("tasks.create.title")}
              </summary>
              <Form
                method="post"
                noValidate
                key={result?.intent === "create" && result.ok ? result.taskId : "new"}
                className="flex flex-col gap-4 border-t border-line px-5 py-4"
              >
                <input type="hidden" name="intent" value="create" />
                {createFailed ? <FormAlert>{result.formError}</FormAlert> : null}
                <TaskFields
                  idPrefix="new-task"
                  values={{
                    title: result?.values?.title ?? "",
                    description: result?.values?.description ?? "",
                    ownerId: result?.values?.ownerId ?? (createFailed ? "" : d.userId),
                    dueDate: result?.values?.dueDate ?? board.defaultDueDate,
                    priority: result?.values?.priority ?? "medium",
                  }}
                  errors={createFailed ? result.fieldErrors : undefined}
                  people={board.people}
                  phase={phase}
                  roadmap={{
                    startDate: board.roadmap.startDate,
                    endDate: roadmapEndDate(board.roadmap.startDate),
                  }}
                />
                <div>
                  <Button type="submit" disabled={navigation.state === "submitting"}>
                    {t("tasks.create.submit")}
                  </Button>
                </div>
              </Form>
            </details>
          ) : null}

          {board.tasks.length === 0 && !isFiltered ? (
            <div className="rounded-card border border-dashed border-line-strong px-6 py-10 text-center">
              <h2 className="text-title">{t("tasks.board.emptyTitle")}</h2>
              <p className="mt-1 text-ink-muted">
                {permissions.canCreate
                  ? t("tasks.board.emptyBodyManager")
                  : t("tasks.board.emptyBody")}
              </p>
            </div>
          ) : board.tasks.length === 0 ? (
            <div className="rounded-card border border-dashed border-line-strong px-6 py-10 text-center">
              <h2 className="text-title">{t("tasks.board.noMatchTitle")}</h2>
              <p className="mt-1 text-ink-muted">{t("tasks.board.noMatchBody")}</p>
              <Link to="." className={`${buttonClass("secondary")} mt-3`}>
                {t("tasks.filter.reset")}
              </Link>
            </div>
          ) : (
            <BoardColumns
              tasks={board.tasks}
              statuses={statuses}
              ownerNames={names}
              people={board.people}
              roadmapRange={{
                startDate: board.roadmap.startDate,
                endDate: roadmapEndDate(board.roadmap.startDate),
              }}
              detailHref={(id) => `${base}/tasks/${id}`}
              permissions={{
                canComplete: permissions.canComplete,
                canMove: permissions.canMove,
                canDelete: permissions.canDelete,
              }}
            />
          )}
        </div>

        <div className="flex flex-col gap-4">
          {gateResult ? (
            <FormAlert tone={gateResult.ok ? "success" : "danger"}>
              {gateResult.ok ? gateResult.message : (gateResult.message ?? gateResult.formError)}
            </FormAlert>
          ) : null}
          <GatePanel
            phase={phase}
            names={names}
            permissions={{
              canEditCriteria: permissions.canEditCriteria,
              canRequest: permissions.canRequest,
              canApprove: permissions.canApprove,
            }}
            errors={gateResult && !gateResult.ok ? gateResult.fieldErrors : undefined}
            values={gateResult && !gateResult.ok ? gateResult.values : undefined}
            dataBasis={d.dataBasis}
          />
        </div>
      </div>
    </div>
  );
}
