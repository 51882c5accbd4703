import { data, redirect } from "react-router";
import type { Route } from "./+types/task-status";
import { parseForm } from "~/lib/forms.server";
import { safeReturnPath, withParams } from "~/lib/paths";
import { actionContext } from "~/lib/route/context.server";
import { idParam } from "~/lib/params.server";
import { CompleteTaskSchema, MoveTaskSchema, PlaceTaskSchema } from "~/modules/tasks/schema";
import { REFUSAL_PARAMS, STATUS_REFUSALS } from "~/modules/tasks/status-refusals";
import type { StatusRefusal } from "~/modules/tasks/status-refusals";
import { moveTask, setTaskDone } from "~/modules/tasks/status.server";

type Outcome = { ok: true } | { ok: false; status: 400 | 403 | 404; reason: StatusRefusal };

const refused = (status: 400 | 403 | 404, reason: StatusRefusal): Outcome => ({
  ok: false,
  status,
  reason,
});

/**
 * A task's status, wherever the task shows (the board, its own page, "My tasks"):
 * tick off and reopen (`complete`), drag and drop (`place`), keyboard moves (`move`).
 *
 * With JavaScript a fetcher posts here and the page stays in place; the answer is data,
 * refusals with their status (400, 403, 404) and message, so the control rolls back and
 * says why. Without JavaScript the form also carries `returnTo` (the page it is on):
 * the answer is a redirect back there, a refusal named in the URL.
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor, may } = actionContext(context);
  const roadmapId = idParam(params.roadmapId);
  const taskId = idParam(params.taskId);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const task = { ...actor, roadmapId, taskId };

  let outcome: Outcome;
  if (intent === "complete") {
    const form = parseForm(formData, CompleteTaskSchema, t);
    if (!form.ok) outcome = refused(400, "notFound");
    else if (!may("task:complete")) outcome = refused(403, "forbidden");
    else outcome = found(await setTaskDone({ ...task, done: form.data.done }));
  } else if (intent === "place" || intent === "move") {
    const form =
      intent === "place"
        ? parseForm(formData, PlaceTaskSchema, t)
        : parseForm(formData, MoveTaskSchema, t);
    if (!may("task:update")) outcome = refused(403, "forbidden");
    else if (!form.ok) outcome = refused(400, "moveInvalid");
    else if ("move" in form.data)
      outcome = found(await moveTask({ ...task, move: form.data.move }));
    else {
      const { status, beforeId } = form.data;
      outcome = found(
        await moveTask({ ...task, placement: { status, beforeId: beforeId || null } }),
      );
    }
  } else {
    outcome = refused(400, "unknownAction");
  }

  if (formData.has("returnTo")) {
    const taskPage = `/o/${scope.org.slug}/roadmaps/${roadmapId}/tasks/${taskId}`;
    const back = withoutRefusal(safeReturnPath(formData.get("returnTo"), scope.org.slug, taskPage));
    throw redirect(
      outcome.ok
        ? back
        : withParams(back, {
            [REFUSAL_PARAMS.task]: taskId,
            [REFUSAL_PARAMS.reason]: outcome.reason,
          }),
      303,
    );
  }
  if (outcome.ok) return { ok: true as const, intent, taskId };
  return data(
    { ok: false as const, intent, taskId, message: t(STATUS_REFUSALS[outcome.reason]) },
    { status: outcome.status },
  );
}

function found(result: { status: "ok" | "unchanged" | "not_found" }): Outcome {
  return result.status === "not_found" ? refused(404, "notFound") : { ok: true };
}

/** The page to go back to, without the refusal of an earlier attempt. */
function withoutRefusal(path: string): string {
  const url = new URL(path, "http://local");
  url.searchParams.delete(REFUSAL_PARAMS.task);
  url.searchParams.delete(REFUSAL_PARAMS.reason);
  return `${url.pathname}${url.search}`;
}
