import { useState } from "react";
import type { DragEvent } from "react";
import { useFetcher, useFetchers, useLocation } from "react-router";
import { useI18n } from "~/lib/i18n/react";
import { TASK_STATUSES } from "~/modules/tasks/status";
import type { TaskStatus } from "~/modules/tasks/status";
import type { BoardTask, Person } from "~/modules/tasks/board.server";
import {
  applyPlacement,
  columnOf,
  parseKeyboardMove,
  placementForMove,
} from "~/modules/tasks/ordering";
import { TaskCard } from "./task-card";
import type { CardPermissions } from "./task-status";
import { BoardTickForms } from "./tick-button";
import { relativePath } from "~/lib/relative-path";
import { PLACE_FETCHER_KEY, taskStatusPath } from "./task-status";
import type { TaskStatusAction } from "./task-status";

/** The search parameter that opens a card's menu without JavaScript. */
const MENU_PARAM = "move";

/**
 * The board as the user should see it right now: the loader's tasks with every
 * submission still in flight applied (ticks, drops, keyboard moves), using the same
 * ordering rules as the server. When the server refuses, the fetcher's form data is
 * gone and the loader's state shows again: that is the rollback.
 */
function useOptimisticTasks(tasks: BoardTask[]): BoardTask[] {
  const fetchers = useFetchers();
  let view = tasks;
  for (const fetcher of fetchers) {
    const form = fetcher.formData;
    if (!form) continue;
    const taskId = String(form.get("taskId") ?? "");
    const intent = form.get("intent");
    if (!view.some((t) => t.id === taskId)) continue;
    if (intent === "complete") {
      const done = form.get("done") === "true";
      view = view.map((t) =>
        t.id === taskId
          ? {
              ...t,
              status: done ? "done" : t.status === "done" ? "todo" : t.status,
              isOverdue: done ? false : t.isOverdue,
            }
          : t,
      );
    } else if (intent === "place") {
      const status = String(form.get("status") ?? "");
      if (!(TASK_STATUSES as readonly string[]).includes(status)) continue;
      view = applyPlacement(view, taskId, {
        status: status as TaskStatus,
        beforeId: String(form.get("beforeId") ?? "") || null,
      });
    } else if (intent === "plan") {
      const ownerId = String(form.get("ownerId") ?? "");
      const dueDate = String(form.get("dueDate") ?? "");
      const priority = String(form.get("priority") ?? "");
      view = view.map((t) =>
        t.id === taskId
          ? {
              ...t,
              ownerId: ownerId || null,
              dueDate: /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? dueDate : t.dueDate,
              priority:
                priority === "low" || priority === "medium" || priority === "high"
                  ? priority
                  : t.priority,
            }
          : t,
      );
    } else if (intent === "move") {
      const move = parseKeyboardMove(String(form.get("move") ?? ""));
      const placement = move ? placementForMove(view, taskId, move) : null;
      if (placement) view = applyPlacement(view, taskId, placement);
    }
  }
  return view;
}

/**
 * Tasks by status. Drag a card onto another card to put it before that one, or onto a
 * column's empty space to put it at the end; each card's menu does the same by keyboard.
 */
export function BoardColumns({
  tasks,
  statuses,
  ownerNames,
  people,
  roadmapRange,
  detailHref,
  permissions,
}: {
  tasks: BoardTask[];
  statuses: readonly TaskStatus[];
  ownerNames: Record<string, string>;
  people: Person[];
  roadmapRange: { startDate: string; endDate: string };
  detailHref: (taskId: string) => string;
  permissions: CardPermissions;
}) {
  const { t } = useI18n();
  const view = useOptimisticTasks(tasks);
  const { pathname, search } = useLocation();
  // Without JavaScript a card's menu opens by the URL (?move=<taskId>); moves come back
  // to the board without it.
  const params = new URLSearchParams(search);
  const openMenu = params.get(MENU_PARAM);
  params.delete(MENU_PARAM);
  const returnTo = params.size ? `${pathname}?${params}` : pathname;
  const menuHref = (taskId: string) => {
    params.set(MENU_PARAM, taskId);
    return `?${params}`;
  };
  // Each card's title link has an id (its tick is named by it): short, by its place on the board.
  const titleIds = new Map(view.map((task, index) => [task.id, `tt${index}`]));
  const placeFetcher = useFetcher<TaskStatusAction>({ key: PLACE_FETCHER_KEY });
  const [dragging, setDragging] = useState<string | null>(null);
  const [target, setTarget] = useState<{ status: TaskStatus; beforeId: string | null } | null>(
    null,
  );

  function drop(status: TaskStatus, beforeId: string | null, event: DragEvent) {
    event.preventDefault();
    event.stopPropagation();
    const taskId = dragging ?? event.dataTransfer.getData("text/plain");
    setDragging(null);
    setTarget(null);
    if (!taskId || taskId === beforeId) return;
    void placeFetcher.submit(
      { intent: "place", taskId, status, beforeId: beforeId ?? "" },
      { method: "post", action: taskStatusPath(detailHref(taskId)) },
    );
  }

  const placeError =
    placeFetcher.state === "idle" && placeFetcher.data && !placeFetcher.data.ok
      ? placeFetcher.data.message
      : null;

  return (
    <div className="flex flex-col gap-3">
      <BoardTickForms returnTo={returnTo} />
      {permissions.canMove ? (
        <p className="text-caption text-ink-muted">{t("tasks.board.dragHint")}</p>
      ) : null}
      {placeError ? (
        <p
          role="alert"
          className="rounded-control bg-danger-soft px-3 py-2 font-medium text-danger"
        >
          {placeError}
        </p>
      ) : null}
      <div className={`grid gap-4 ${statuses.length > 1 ? "md:grid-cols-2 xl:grid-cols-4" : ""}`}>
        {statuses.map((status) => {
          const column = columnOf(view, status);
          const titleId = `column-${status}`;
          const isTarget = target?.status === status && target.beforeId === null;
          return (
            <section
              key={status}
              aria-labelledby={titleId}
              onDragOver={(event) => {
                if (!dragging) return;
                event.preventDefault();
                if (!isTarget) setTarget({ status, beforeId: null });
              }}
              onDrop={(event) => drop(status, null, event)}
              className={`flex min-h-32 flex-col gap-2 rounded-card border bg-surface-muted p-3 ${
                isTarget ? "border-brand" : "border-line"
              }`}
            >
              <h2 id={titleId} className="flex items-center justify-between gap-2 font-semibold">
                {t(`task.status.${status}`)}
                <span className="rounded-full bg-surface-raised px-2 text-caption font-medium text-ink-muted tabular-nums">
                  {column.length}
                </span>
              </h2>
              {column.length === 0 ? (
                <p className="rounded-control border border-dashed border-line-strong px-3 py-6 text-center text-caption text-ink-muted">
                  {t("tasks.board.emptyColumn")}
                </p>
              ) : (
                <ol className="task-list">
                  {column.map((task, index) => (
                    <TaskCard
                      key={task.id}
                      task={task}
                      ownerName={task.ownerId ? (ownerNames[task.ownerId] ?? null) : null}
                      people={people}
                      roadmapRange={roadmapRange}
                      detailHref={detailHref(task.id)}
                      tickAction={relativePath(pathname, taskStatusPath(detailHref(task.id)))}
                      titleId={titleIds.get(task.id)!}
                      menuHref={menuHref(task.id)}
                      returnTo={returnTo}
                      isMenuOpenInUrl={openMenu === task.id}
                      permissions={permissions}
                      isFirst={index === 0}
                      isLast={index === column.length - 1}
                      isDropTarget={target?.beforeId === task.id && dragging !== task.id}
                      onDragStart={(event) => {
                        event.dataTransfer.setData("text/plain", task.id);
                        event.dataTransfer.effectAllowed = "move";
                        setDragging(task.id);
                      }}
                      onDragEnd={() => {
                        setDragging(null);
                        setTarget(null);
                      }}
                      onDragOver={(event) => {
                        if (!dragging) return;
                        event.preventDefault();
                        event.stopPropagation();
                        if (target?.beforeId !== task.id) setTarget({ status, beforeId: task.id });
                      }}
                      onDrop={(event) => drop(status, task.id, event)}
                    />
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
