import { useMemo } from "react";
import { data, Link, useOutlet } from "react-router";
import type { Route } from "./+types/board";
import { rememberRoadmap } from "~/modules/roadmaps/landing.server";
import type { GateContext, GateOutletContext } from "~/components/roadmap/gate-panel";
import { BoardColumns } from "~/components/tasks/board-columns";
import { buttonClass } from "~/components/ui/button";
import { deferred } from "~/components/ui/deferred";
import { requestContext } from "~/lib/context.server";
import { parseForm, submittedValues } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { todayIso } from "~/modules/calendar/dates";
import { roadmapEndDate } from "~/modules/calendar/phase-dates";
import { TASK_STATUSES } from "~/modules/tasks/status";
import { getDataBasisGateWarning } from "~/modules/data-sources/gate.server";
import { listPilotOversight } from "~/modules/oversight/section.server";
import { getRoadmapForEdit } from "~/modules/roadmaps/roadmaps.server";
import { actionContext } from "~/lib/route/context.server";
import { isPhaseKind } from "~/modules/calendar/phase-dates";
import { idParam, oneOfParam } from "~/lib/params.server";
import { refuse } from "~/lib/route/refuse.server";
import { revalidateAfterConflict } from "~/lib/route/revalidate";
import { getPhaseBoard } from "~/modules/tasks/board.server";
import { unpackBoardTasks } from "~/modules/tasks/board-tasks";
import {
  createTaskSchema,
  parseBoardFilter,
  planTaskSchema,
  TaskIdSchema,
} from "~/modules/tasks/schema";
import { createTask, planTask } from "~/modules/tasks/tasks.server";
import { deleteTask, restoreTask } from "~/modules/tasks/deletion.server";

// The new-task form (closed until opened) and the gate's panel (beside the board) are
// server-rendered at once; their browser code comes after the board's.
const NewTaskForm = deferred(() =>
  import("~/components/tasks/new-task-form").then((m) => m.NewTaskForm),
);
const GatePanel = deferred(() =>
  import("~/components/roadmap/gate-panel").then((m) => m.GatePanel),
);
// What only shows (header, navigation, filter, notices): one chunk, also after the board's.
const parts = () => import("~/components/tasks/board-parts");
const PhaseHeader = deferred(() => parts().then((m) => m.PhaseHeader));
const RoadmapNav = deferred(() => parts().then((m) => m.RoadmapNav));
const PilotOversightPanel = deferred(() => parts().then((m) => m.PilotOversightPanel));
const BoardToolbar = deferred(() => parts().then((m) => m.BoardToolbar));
const BoardEmpty = deferred(() => parts().then((m) => m.BoardEmpty));
const DeletedNotice = deferred(() => parts().then((m) => m.DeletedNotice));
const SavedNotice = deferred(() => parts().then((m) => m.SavedNotice));
const FormAlert = deferred(() => parts().then((m) => m.FormAlert));

// The phase board. Ticks and moves post to the task's status route (tasks/:taskId/status),
// the gate's controls to its nested route (./gate); the board's own action creates, plans
// (owner, due date, priority), deletes and restores tasks.

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · ${data.board.roadmap.title} · Fahrplan` : "Fahrplan" },
];

// After a 409 (a task or an exit criterion changed in between) the board shows what is stored now.
export const shouldRevalidate = revalidateAfterConflict;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const phase = oneOfParam(params.phaseKind, isPhaseKind);
  const filter = parseBoardFilter(new URL(request.url).searchParams);
  const board = await getPhaseBoard({
    orgId: scope.org.id,
    roadmapId: idParam(params.roadmapId),
    phase,
    filter,
    userId: user.id,
    today: todayIso(),
  });
  if (!board) notFound();
  const may = (action: Parameters<typeof can>[1]) =>
    can(scope.role, action, { canApproveGates: scope.canApproveGates });
  const phaseInfo = board.phases.find((p) => p.kind === phase)!;
  // The pilot's oversight log and the analysis gate's data basis, beside the board.
  const [oversight, dataBasis] = await Promise.all([
    phase === "pilot"
      ? listPilotOversight({
          orgId: scope.org.id,
          roadmapId: board.roadmap.id,
          today: todayIso(),
          canRecord: may("oversight:record"),
        })
      : null,
    getDataBasisGateWarning({
      orgId: scope.org.id,
      roadmapId: board.roadmap.id,
      phase: board.phase,
    }),
    rememberRoadmap({ ...scope, roadmapId: board.roadmap.id }),
  ]);
  return {
    pageTitle: `${phaseInfo.position}. ${translate(context.get(requestContext).locale, `phase.${phase}`)}`,
    board,
    filter,
    oversight,
    dataBasis,
    orgSlug: scope.org.slug,
    userId: user.id,
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
  const phase = oneOfParam(params.phaseKind, isPhaseKind);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");

  switch (intent) {
    case "create": {
      requirePermission(scope, "task:create");
      const roadmap = await getRoadmapForEdit({ orgId: scope.org.id, roadmapId });
      if (!roadmap) notFound();
      const form = parseForm(formData, createTaskSchema(roadmap), t);
      const refused = (fieldErrors: Record<string, string>, values: Record<string, string>) =>
        data(
          {
            ok: false as const,
            intent: "create" as const,
            fieldErrors,
            values,
            formError: t("validation.formErrors"),
          },
          { status: 400 },
        );
      if (!form.ok) return refused(form.fieldErrors, form.values);
      const result = await createTask({ ...actor, roadmapId, phase, data: form.data });
      if (result.status === "invalid_owner") {
        return refused({ ownerId: t("tasks.errors.invalidOwner") }, submittedValues(formData));
      }
      if (result.status !== "ok") notFound();
      const outside = result.dueDate === "outside_phase";
      return {
        ok: true as const,
        intent: "create" as const,
        taskId: result.taskId,
        message: t(outside ? "tasks.warnings.createdOutsidePhase" : "tasks.created"),
        warning: outside,
      };
    }
    // The quick plan answers a fetcher: refusals come back as data, so the card can say why.
    case "plan": {
      const taskId = String(formData.get("taskId") ?? "");
      if (!may("task:update")) return refuse(t, intent, "tasks.errors.forbidden", 403, { taskId });
      const roadmap = await getRoadmapForEdit({ orgId: scope.org.id, roadmapId });
      if (!roadmap) notFound();
      const form = parseForm(formData, planTaskSchema(roadmap), t);
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
      return { ok: true as const, intent: "plan" as const, taskId };
    }
    case "delete":
    case "restore": {
      requirePermission(scope, "task:delete");
      const form = parseForm(formData, TaskIdSchema, t);
      if (!form.ok) return refuse(t, intent, "tasks.errors.notFound", 400);
      const change = intent === "delete" ? deleteTask : restoreTask;
      const result = await change({ ...actor, taskId: form.data.taskId });
      if (result.status === "not_found") return refuse(t, intent, "tasks.errors.notFound", 404);
      return {
        ok: true as const,
        intent: intent === "delete" ? ("delete" as const) : ("restore" as const),
        taskId: form.data.taskId,
        title: result.title ?? "",
      };
    }
    default:
      return refuse(t, intent, "roadmaps.errors.unknownAction", 400);
  }
}

export default function PhaseBoard({ loaderData: d, actionData: result }: Route.ComponentProps) {
  const { t } = useI18n();
  const { board, permissions } = d;
  const phase = board.phase;
  const base = `/o/${d.orgSlug}/roadmaps/${board.roadmap.id}`;
  const names = Object.fromEntries(board.people.map((p) => [p.id, p.name]));
  const roadmapRange = {
    startDate: board.roadmap.startDate,
    endDate: roadmapEndDate(board.roadmap),
  };
  const tasks = useMemo(
    () =>
      unpackBoardTasks(board.tasks, {
        span: { startDate: board.roadmap.startDate, lengthDays: board.roadmap.lengthDays },
        phase: board.phase.kind,
        today: board.today,
      }),
    [board],
  );
  const isFiltered = Boolean(d.filter.owner || d.filter.status);
  const done = result?.ok ? result : undefined;
  const failure = result && !result.ok ? result : undefined;
  const gate: GateContext = {
    phase,
    names,
    permissions: {
      canEditCriteria: permissions.canEditCriteria,
      canRequest: permissions.canRequest,
      canApprove: permissions.canApprove,
    },
    action: `${base}/phases/${phase.kind}/gate`,
    dataBasis: d.dataBasis,
  };
  // After a gate post without JavaScript, the gate's route shows the panel with its answer.
  const gateOutlet = useOutlet({ ...gate, Panel: GatePanel } satisfies GateOutletContext);

  return (
    <div className="flex flex-col gap-6">
      <PhaseHeader roadmap={board.roadmap} phase={phase} roadmapHref={base} />
      <RoadmapNav orgSlug={d.orgSlug} roadmapId={board.roadmap.id} />
      {phase.kind === "scale" ? (
        // The third phase ends in the closing review: decide per use case, complete the roadmap.
        <p>
          <Link to={`${base}/review`} className={buttonClass("secondary")}>
            {t("reviews.link")}
          </Link>
        </p>
      ) : null}

      {done?.intent === "delete" ? <DeletedNotice taskId={done.taskId} title={done.title} /> : null}
      {done?.intent === "restore" ? (
        <FormAlert tone="success">{t("tasks.restored", { title: done.title })}</FormAlert>
      ) : null}
      {done?.intent === "create" ? (
        <SavedNotice message={done.message} warning={done.warning} />
      ) : null}
      {failure && "message" in failure ? <FormAlert>{failure.message}</FormAlert> : null}
      {d.oversight ? <PilotOversightPanel orgSlug={d.orgSlug} oversight={d.oversight} /> : null}

      <div className="flex flex-col gap-6">
        <div className="flex min-w-0 flex-col gap-4">
          <BoardToolbar filter={d.filter} board={board} />
          {permissions.canCreate ? (
            <NewTaskForm
              failure={failure && "fieldErrors" in failure ? failure : undefined}
              createdTaskId={done?.intent === "create" ? done.taskId : undefined}
              defaults={{ ownerId: d.userId, dueDate: board.defaultDueDate }}
              people={board.people}
              phase={phase}
              roadmapRange={roadmapRange}
            />
          ) : null}
          {tasks.length === 0 ? (
            <BoardEmpty isFiltered={isFiltered} canCreate={permissions.canCreate} />
          ) : (
            <BoardColumns
              tasks={tasks}
              statuses={d.filter.status ? [d.filter.status] : TASK_STATUSES}
              ownerNames={names}
              people={board.people}
              roadmapRange={roadmapRange}
              detailHref={(id) => `${base}/tasks/${id}`}
              permissions={{
                canComplete: permissions.canComplete,
                canMove: permissions.canMove,
                canDelete: permissions.canDelete,
              }}
            />
          )}
        </div>
        {gateOutlet ?? <GatePanel key={phase.kind} {...gate} />}
      </div>
    </div>
  );
}
