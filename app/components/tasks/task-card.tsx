import { useEffect, useRef, useState } from "react";
import type { DragEvent } from "react";
import { Form, useFetcher } from "react-router";
import { Badge } from "~/components/ui/badge";
import { ListLink } from "~/components/ui/list-link";
import { ReturnToField } from "~/components/ui/return-to-field";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { TaskStatus } from "~/modules/tasks/status";
import { TASK_STATUSES } from "~/modules/tasks/status";
import type { BoardTask, Person } from "~/modules/tasks/board.server";
import { PRIORITIES } from "~/modules/tasks/schema";
import type { action as boardAction } from "~/routes/org/roadmaps/board";
import { moveFetcherKey, taskStatusPath, useStatusError } from "./task-status";
import type { TaskStatusAction } from "./task-status";
import { TickButton } from "./tick-button";

export function planFetcherKey(taskId: string) {
  return `plan-${taskId}`;
}

export type CardPermissions = { canComplete: boolean; canMove: boolean; canDelete: boolean };

/**
 * One task on the phase board: tick, title (to the detail page), owner, due date with
 * its warnings, priority, and a menu with the keyboard alternative to drag and drop.
 * Ticks and moves go to the task's status route; the quick plan and delete to the board.
 */
export function TaskCard({
  task,
  ownerName,
  people,
  roadmapRange,
  detailHref,
  permissions,
  isFirst,
  isLast,
  onDragStart,
  onDragEnd,
  onDragOver,
  onDrop,
  isDropTarget,
}: {
  task: BoardTask;
  ownerName: string | null;
  people: Person[];
  roadmapRange: { startDate: string; endDate: string };
  detailHref: string;
  permissions: CardPermissions;
  isFirst: boolean;
  isLast: boolean;
  onDragStart?: (event: DragEvent<HTMLElement>) => void;
  onDragEnd?: () => void;
  onDragOver?: (event: DragEvent<HTMLElement>) => void;
  onDrop?: (event: DragEvent<HTMLElement>) => void;
  isDropTarget?: boolean;
}) {
  const { t, locale } = useI18n();
  const statusError = useStatusError(task.id);
  const moveFetcher = useFetcher<TaskStatusAction>({ key: moveFetcherKey(task.id) });
  const planFetcher = useFetcher<typeof boardAction>({ key: planFetcherKey(task.id) });
  const plan = planFetcher.state === "idle" ? planFetcher.data : undefined;
  const planError = plan && !plan.ok && "message" in plan ? plan.message : null;
  // The quick edit (owner, due date, priority) is built only when the menu opens, with
  // JavaScript; without it, "Edit details" leads to the full form.
  const [menuOpen, setMenuOpen] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const menuRef = useRef<HTMLDetailsElement>(null);

  // After a keyboard move the card shows in its new place: close its menu and give
  // the focus back to the menu button, so the next move is two key presses away.
  useRefocusAfter(moveFetcher.state, moveFetcher.data?.ok, menuRef, summaryRef);
  useRefocusAfter(planFetcher.state, planFetcher.data?.ok, menuRef, summaryRef);

  const isDone = task.status === "done";
  return (
    <li
      draggable={permissions.canMove}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragOver={onDragOver}
      onDrop={onDrop}
      data-task-id={task.id}
      className={`relative rounded-control border bg-surface-raised p-3 shadow-card ${
        isDropTarget ? "border-brand ring-2 ring-brand/40" : "border-line"
      } ${permissions.canMove ? "cursor-grab active:cursor-grabbing" : ""}`}
    >
      <div className="flex items-start gap-3">
        <TickButton
          taskId={task.id}
          taskPath={detailHref}
          title={task.title}
          isDone={isDone}
          disabled={!permissions.canComplete}
        />
        <div className="min-w-0 flex-1">
          {/* Long German compounds break at a syllable (hyphenated), not at any letter. */}
          <p
            className={`font-medium break-words hyphens-auto ${isDone ? "text-ink-muted line-through" : ""}`}
          >
            <ListLink to={detailHref} className="underline-offset-2 hover:underline">
              {task.title}
            </ListLink>
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-caption text-ink-muted">
            <span className="mr-1">{ownerName ?? t("roadmap.noOwner")}</span>
            <span className={`tabular-nums ${task.isOverdue ? "font-medium text-danger" : ""}`}>
              {t("roadmap.dueOn", { date: formatDate(task.dueDate, locale, "dayMonth") })}
            </span>
            {task.isOverdue ? <Badge tone="danger">{t("roadmap.overdue")}</Badge> : null}
            {task.placement === "outside_phase" ? (
              <Badge tone="warning">{t("tasks.warnings.outsidePhaseShort")}</Badge>
            ) : null}
            {task.priority === "high" ? (
              <Badge tone="brand">{t("task.priority.high")}</Badge>
            ) : null}
          </p>
          {statusError || planError ? (
            <p role="alert" className="mt-1.5 text-caption font-medium text-danger">
              {statusError ?? planError}
            </p>
          ) : null}
        </div>
        {permissions.canMove || permissions.canDelete ? (
          <details
            ref={menuRef}
            onToggle={(event) => setMenuOpen(event.currentTarget.open)}
            className="group relative shrink-0"
          >
            <summary
              ref={summaryRef}
              aria-label={t("tasks.menu.label", { title: task.title })}
              className="flex h-7 w-7 cursor-pointer list-none items-center justify-center rounded-control text-ink-muted hover:bg-surface-muted hover:text-ink [&::-webkit-details-marker]:hidden"
            >
              <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4">
                <circle cx="3" cy="8" r="1.5" fill="currentColor" />
                <circle cx="8" cy="8" r="1.5" fill="currentColor" />
                <circle cx="13" cy="8" r="1.5" fill="currentColor" />
              </svg>
            </summary>
            <div className="absolute right-0 z-20 mt-1 flex w-56 flex-col gap-1 rounded-control border border-line bg-surface-raised p-2 shadow-card">
              {permissions.canMove ? (
                <moveFetcher.Form
                  method="post"
                  action={taskStatusPath(detailHref)}
                  className="flex flex-col"
                >
                  <ReturnToField />
                  <input type="hidden" name="intent" value="move" />
                  <input type="hidden" name="taskId" value={task.id} />
                  <MenuButton name="move" value="up" disabled={isFirst}>
                    {t("tasks.menu.up")}
                  </MenuButton>
                  <MenuButton name="move" value="down" disabled={isLast}>
                    {t("tasks.menu.down")}
                  </MenuButton>
                  <span className="mt-1 px-2 text-caption text-ink-subtle">
                    {t("tasks.menu.moveTo")}
                  </span>
                  {TASK_STATUSES.filter((s: TaskStatus) => s !== task.status).map((s) => (
                    <MenuButton key={s} name="move" value={`status:${s}`}>
                      {t(`task.status.${s}`)}
                    </MenuButton>
                  ))}
                </moveFetcher.Form>
              ) : null}
              {permissions.canMove && menuOpen ? (
                <planFetcher.Form
                  method="post"
                  className="flex flex-col gap-2 border-t border-line px-2 pt-2 pb-1"
                  aria-label={t("tasks.plan.label", { title: task.title })}
                >
                  <input type="hidden" name="intent" value="plan" />
                  <input type="hidden" name="taskId" value={task.id} />
                  <input type="hidden" name="version" value={task.version} />
                  <QuickField label={t("tasks.fields.owner")} id={`plan-owner-${task.id}`}>
                    <select
                      id={`plan-owner-${task.id}`}
                      name="ownerId"
                      defaultValue={task.ownerId ?? ""}
                      className={QUICK_INPUT}
                    >
                      <option value="">{t("roadmap.noOwner")}</option>
                      {people
                        .filter((p) => p.canOwnTasks || p.id === task.ownerId)
                        .map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.name}
                          </option>
                        ))}
                    </select>
                  </QuickField>
                  <QuickField label={t("tasks.fields.dueDate")} id={`plan-due-${task.id}`}>
                    <input
                      id={`plan-due-${task.id}`}
                      type="date"
                      name="dueDate"
                      min={roadmapRange.startDate}
                      max={roadmapRange.endDate}
                      defaultValue={task.dueDate}
                      className={QUICK_INPUT}
                    />
                  </QuickField>
                  <QuickField label={t("tasks.fields.priority")} id={`plan-priority-${task.id}`}>
                    <select
                      id={`plan-priority-${task.id}`}
                      name="priority"
                      defaultValue={task.priority}
                      className={QUICK_INPUT}
                    >
                      {PRIORITIES.map((p) => (
                        <option key={p} value={p}>
                          {t(`task.priority.${p}`)}
                        </option>
                      ))}
                    </select>
                  </QuickField>
                  <button
                    type="submit"
                    className="rounded-control bg-brand px-3 py-1.5 text-caption font-medium text-brand-ink hover:bg-brand-strong"
                  >
                    {t("tasks.plan.save")}
                  </button>
                </planFetcher.Form>
              ) : null}
              <ListLink
                to={detailHref}
                className="rounded px-2 py-1.5 text-left text-body hover:bg-surface-muted"
              >
                {t("tasks.menu.edit")}
              </ListLink>
              {permissions.canDelete ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="delete" />
                  <input type="hidden" name="taskId" value={task.id} />
                  <button
                    type="submit"
                    className="w-full rounded px-2 py-1.5 text-left text-body text-danger hover:bg-danger-soft"
                  >
                    {t("tasks.menu.delete")}
                  </button>
                </Form>
              ) : null}
            </div>
          </details>
        ) : null}
      </div>
    </li>
  );
}

/**
 * After a move or quick edit from the menu, the card shows in its new place: close the
 * menu and put the focus on its button, unless the user has moved on elsewhere.
 */
function useRefocusAfter(
  state: string,
  ok: boolean | undefined,
  menuRef: React.RefObject<HTMLDetailsElement | null>,
  summaryRef: React.RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (state !== "idle" || !ok) return;
    const focus = document.activeElement;
    const lost = focus === null || focus === document.body;
    if (!lost && !menuRef.current?.contains(focus)) return;
    if (menuRef.current) menuRef.current.open = false;
    summaryRef.current?.focus();
  }, [state, ok, menuRef, summaryRef]);
}

const QUICK_INPUT =
  "w-full rounded-control border border-line-strong bg-surface-raised px-2 py-1 text-caption text-ink";

function QuickField({
  label,
  id,
  children,
}: {
  label: string;
  id: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-caption text-ink-muted">
        {label}
      </label>
      {children}
    </div>
  );
}

function MenuButton({
  name,
  value,
  disabled,
  children,
}: {
  name: string;
  value: string;
  disabled?: boolean;
  children: React.ReactNode;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={disabled}
      className="rounded px-2 py-1.5 text-left text-body hover:bg-surface-muted disabled:cursor-not-allowed disabled:opacity-50"
    >
      {children}
    </button>
  );
}
