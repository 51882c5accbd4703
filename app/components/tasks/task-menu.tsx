import type { RefObject } from "react";
import { Form, useFetcher } from "react-router";
import { ListLink } from "~/components/ui/list-link";
import { ReturnToField } from "~/components/ui/return-to-field";
import { useI18n } from "~/lib/i18n/react";
import type { TaskStatus } from "~/modules/tasks/status";
import { TASK_STATUSES } from "~/modules/tasks/status";
import type { BoardTask, Person } from "~/modules/tasks/board.server";
import { PRIORITIES } from "~/modules/tasks/priorities";
import type { action as boardAction } from "~/routes/org/roadmaps/board";
import { moveFetcherKey, planFetcherKey, taskStatusPath } from "./task-status";
import type { CardPermissions, TaskStatusAction } from "./task-status";

/**
 * A card's menu: the keyboard alternative to drag and drop (one step up or down, or to
 * another column), the quick plan (owner, due date, priority; with JavaScript only),
 * the task's page and delete. Built only for the card whose menu is open: by a click
 * with JavaScript, or by the board's URL (`?move=<taskId>`) without it.
 */
export function TaskMenu({
  task,
  people,
  roadmapRange,
  detailHref,
  returnTo,
  permissions,
  isFirst,
  isLast,
  withPlan,
  panelRef,
}: {
  task: BoardTask;
  people: Person[];
  roadmapRange: { startDate: string; endDate: string };
  detailHref: string;
  /** The board without the open menu: where a move without JavaScript comes back to. */
  returnTo: string;
  permissions: CardPermissions;
  isFirst: boolean;
  isLast: boolean;
  withPlan: boolean;
  panelRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useI18n();
  const moveFetcher = useFetcher<TaskStatusAction>({ key: moveFetcherKey(task.id) });
  return (
    <div ref={panelRef} className="task-menu-panel">
      {permissions.canMove ? (
        <moveFetcher.Form
          method="post"
          action={taskStatusPath(detailHref)}
          className="flex flex-col"
        >
          <ReturnToField value={returnTo} />
          <input type="hidden" name="intent" value="move" />
          <input type="hidden" name="taskId" value={task.id} />
          <MenuButton name="move" value="up" disabled={isFirst}>
            {t("tasks.menu.up")}
          </MenuButton>
          <MenuButton name="move" value="down" disabled={isLast}>
            {t("tasks.menu.down")}
          </MenuButton>
          <span className="mt-1 px-2 text-caption text-ink-subtle">{t("tasks.menu.moveTo")}</span>
          {TASK_STATUSES.filter((s: TaskStatus) => s !== task.status).map((s) => (
            <MenuButton key={s} name="move" value={`status:${s}`}>
              {t(`task.status.${s}`)}
            </MenuButton>
          ))}
        </moveFetcher.Form>
      ) : null}
      {permissions.canMove && withPlan ? (
        <PlanForm task={task} people={people} roadmapRange={roadmapRange} />
      ) : null}
      <ListLink to={detailHref} className="task-menu-item">
        {t("tasks.menu.edit")}
      </ListLink>
      {permissions.canDelete ? (
        <Form method="post">
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="taskId" value={task.id} />
          <button type="submit" className="task-menu-item text-danger hover:bg-danger-soft">
            {t("tasks.menu.delete")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

/** The quick plan: owner, due date and priority, saved by a fetcher to the board's action. */
function PlanForm({
  task,
  people,
  roadmapRange,
}: {
  task: BoardTask;
  people: Person[];
  roadmapRange: { startDate: string; endDate: string };
}) {
  const { t } = useI18n();
  const planFetcher = useFetcher<typeof boardAction>({ key: planFetcherKey(task.id) });
  return (
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
  );
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
    <button type="submit" name={name} value={value} disabled={disabled} className="task-menu-item">
      {children}
    </button>
  );
}
