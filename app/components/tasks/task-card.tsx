import { useEffect, useRef, useState } from "react";
import type { DragEvent, RefObject } from "react";
import { useFetcher } from "react-router";
import { Badge } from "~/components/ui/badge";
import { ListLink } from "~/components/ui/list-link";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { BoardTask, Person } from "~/modules/tasks/board.server";
import type { action as boardAction } from "~/routes/org/roadmaps/board";
import { moveFetcherKey, useStatusError } from "./task-status";
import type { TaskStatusAction } from "./task-status";
import { deferred } from "~/components/ui/deferred";
import { planFetcherKey } from "./task-status";
import type { CardPermissions } from "./task-status";
import { BoardTickButton } from "./tick-button";

export { planFetcherKey };
export type { CardPermissions };

// The menu's code (moves, quick plan, delete) loads when a menu first opens.
const TaskMenu = deferred(() => import("./task-menu").then((m) => m.TaskMenu));

/**
 * One task on the phase board: tick, title (to the detail page), owner, due date with
 * its warnings, priority, and a menu with the keyboard alternative to drag and drop.
 *
 * A board shows hundreds of cards, so a card's HTML holds only what it shows: its styles
 * are those of `.task-list > li` in styles/app.css (by position: title, then the line
 * with owner and due date), its tick submits the board's one tick form and is named by
 * reference to the title.
 * The menu is built only when it opens: with JavaScript its button opens it in place;
 * without, the button is a link to the board with this card's menu open (`?move=`).
 */
export function TaskCard({
  task,
  ownerName,
  people,
  roadmapRange,
  detailHref,
  tickAction,
  titleId,
  menuHref,
  returnTo,
  isMenuOpenInUrl,
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
  /** The task's status route relative to the board (the tick's target without JavaScript). */
  tickAction: string;
  /** The id of the title's link, unique on the page: the tick's name refers to it. */
  titleId: string;
  /** The board with this card's menu open: the menu button's link without JavaScript. */
  menuHref: string;
  /** The board as it is, without an open menu. */
  returnTo: string;
  isMenuOpenInUrl: boolean;
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
  // "url": opened by the board's URL (no JavaScript needed); "click": opened in place,
  // with the quick plan, which needs JavaScript.
  const [menu, setMenu] = useState<"closed" | "url" | "click">(isMenuOpenInUrl ? "url" : "closed");
  const buttonRef = useRef<HTMLAnchorElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const close = () => setMenu("closed");

  // After a keyboard move the card shows in its new place: close its menu and give
  // the focus back to the menu button, so the next move is two key presses away.
  useRefocusAfter(moveFetcher.state, moveFetcher.data?.ok, panelRef, buttonRef, close);
  useRefocusAfter(planFetcher.state, planFetcher.data?.ok, panelRef, buttonRef, close);

  const isDone = task.status === "done";
  const hasMenu = permissions.canMove || permissions.canDelete;
  return (
    <li
      draggable={permissions.canMove}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragOver={onDragOver}
      onDrop={onDrop}
      data-task-id={task.id}
      className={isDropTarget ? "is-target" : undefined}
    >
      <BoardTickButton
        taskId={task.id}
        taskPath={detailHref}
        title={task.title}
        titleId={titleId}
        formAction={tickAction}
        isDone={isDone}
        disabled={!permissions.canComplete}
      />
      <div>
        {/* Long German compounds break at a syllable (hyphenated), not at any letter. */}
        <p className={isDone ? "is-done" : undefined}>
          <ListLink id={titleId} to={detailHref}>
            {task.title}
          </ListLink>
        </p>
        <p>
          <span>{ownerName ?? t("roadmap.noOwner")}</span>
          <span className={task.isOverdue ? "is-overdue" : undefined}>
            {t("roadmap.dueOn", { date: formatDate(task.dueDate, locale, "dayMonth") })}
          </span>
          {task.isOverdue ? <Badge tone="danger">{t("roadmap.overdue")}</Badge> : null}
          {task.placement === "outside_phase" ? (
            <Badge tone="warning">{t("tasks.warnings.outsidePhaseShort")}</Badge>
          ) : null}
          {task.priority === "high" ? <Badge tone="brand">{t("task.priority.high")}</Badge> : null}
        </p>
        {statusError || planError ? (
          <p role="alert" className="mt-1.5 text-caption font-medium text-danger">
            {statusError ?? planError}
          </p>
        ) : null}
      </div>
      {hasMenu ? (
        <a
          ref={buttonRef}
          href={menu === "closed" ? menuHref : returnTo}
          aria-label={t("tasks.menu.label", { title: task.title })}
          aria-expanded={menu !== "closed"}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            setMenu(menu === "closed" ? "click" : "closed");
          }}
          onKeyDown={(event) => {
            // A button's keys: the space opens it too.
            if (event.key !== " ") return;
            event.preventDefault();
            setMenu(menu === "closed" ? "click" : "closed");
          }}
        />
      ) : null}
      {hasMenu && menu !== "closed" ? (
        <TaskMenu
          task={task}
          people={people}
          roadmapRange={roadmapRange}
          detailHref={detailHref}
          returnTo={returnTo}
          permissions={permissions}
          isFirst={isFirst}
          isLast={isLast}
          withPlan={menu === "click"}
          panelRef={panelRef}
        />
      ) : null}
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
  panelRef: RefObject<HTMLDivElement | null>,
  buttonRef: RefObject<HTMLAnchorElement | null>,
  close: () => void,
) {
  useEffect(() => {
    if (state !== "idle" || !ok) return;
    const focus = document.activeElement;
    const lost = focus === null || focus === document.body;
    if (!lost && !panelRef.current?.contains(focus) && focus !== buttonRef.current) return;
    close();
    buttonRef.current?.focus();
    // `close` is a new function each render; the effect is about the fetcher's answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, ok, panelRef, buttonRef]);
}
