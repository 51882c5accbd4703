import { useEffect, useState } from "react";
import { useFetcher, useLocation } from "react-router";
import { useAnnounce } from "~/components/ui/live-region";
import { ReturnToField } from "~/components/ui/return-to-field";
import { useI18n } from "~/lib/i18n/react";
import { rememberTick, restoreTickFocus } from "./tick-feedback";
import { taskStatusPath, tickFetcherKey } from "./task-status";
import type { TaskStatusAction } from "./task-status";

type TickProps = {
  taskId: string;
  /** The task's page, e.g. /o/acme/roadmaps/r1/tasks/t1. */
  taskPath: string;
  title: string;
  isDone: boolean;
  disabled?: boolean;
};

/**
 * What both tick buttons share: the task's fetcher and what it is sending now, the
 * button's label, and what a click does besides posting (remember the tick for the
 * focus, say it at once; a refusal is said by useStatusError's alert). After every
 * render the focus goes back to this task if the tick took it away.
 */
function useTick(taskId: string, title: string) {
  const { t } = useI18n();
  const fetcher = useFetcher<TaskStatusAction>({ key: tickFetcherKey(taskId) });
  const sending = fetcher.formData?.get("done");
  const { pathname } = useLocation();
  const announce = useAnnounce();
  useEffect(() => restoreTickFocus(pathname));
  return {
    fetcher,
    /** The state the fetcher is submitting (null when it submits nothing). */
    pending: sending === undefined || sending === null ? null : sending === "true",
    label: (done: boolean) =>
      done ? t("tasks.tick.reopen", { title }) : t("tasks.tick.markDone", { title }),
    onTick: (done: boolean) => {
      rememberTick(taskId, pathname);
      announce(t(done ? "tasks.tick.announceReopened" : "tasks.tick.announceDone", { title }));
    },
  };
}

/**
 * One-click tick-off, posted to the task's status route from wherever the task shows.
 * A plain form without JavaScript (the route sends the page back); with JavaScript a
 * fetcher posts it and the task shows as done at once. If the server refuses, the task
 * returns to its state and `useStatusError` says why. The tick is announced in the page's
 * live region, and the focus stays with the task (see tick-feedback.ts).
 */
export function TickButton({ taskId, taskPath, title, isDone, disabled = false }: TickProps) {
  const { fetcher, pending, label, onTick } = useTick(taskId, title);
  const shownDone = pending ?? isDone;

  return (
    <fetcher.Form
      method="post"
      action={taskStatusPath(taskPath)}
      className="shrink-0"
      onSubmit={() => onTick(shownDone)}
    >
      <ReturnToField />
      <input type="hidden" name="intent" value="complete" />
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="done" value={shownDone ? "false" : "true"} />
      <button
        type="submit"
        disabled={disabled}
        data-tick-task={taskId}
        aria-label={label(shownDone)}
        aria-pressed={shownDone}
        className={`flex h-6 w-6 items-center justify-center rounded-full border-2 transition-colors disabled:cursor-not-allowed disabled:opacity-50 ${
          shownDone
            ? "border-success bg-success text-white dark:text-surface"
            : "border-line-strong bg-surface-raised text-transparent hover:border-success hover:text-success"
        }`}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5">
          <path
            d="M3.5 8.5l3 3 6-7"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
    </fetcher.Form>
  );
}

/** The ids of the phase board's two tick forms (BoardTickForms): tick off and reopen. */
export const BOARD_TICK_FORMS = { done: "tick-done", reopen: "tick-reopen" } as const;

/**
 * The ids of the words around a task's title in its board tick's name ("Als erledigt
 * markieren: …"): short, as every card names them (`aria-labelledby`).
 */
const TICK_WORDS = {
  done: { before: "tk-d", after: "tk-d2" },
  reopen: { before: "tk-r", after: "tk-r2" },
} as const;

const TICK_MESSAGES = { done: "tasks.tick.markDone", reopen: "tasks.tick.reopen" } as const;

/** A board tick's message without its title: the words before and after where it goes. */
function tickWords(t: ReturnType<typeof useI18n>["t"], kind: "done" | "reopen") {
  const [before = "", after = ""] = t(TICK_MESSAGES[kind]).split("{title}");
  return { before: before.trim(), after: after.trim() };
}

/**
 * The phase board's forms for all its ticks (one ticks off, one reopens): without
 * JavaScript each card's tick button submits one of them to that task's status route
 * (`formAction`), so no card carries a form of its own. With JavaScript the buttons
 * post with a fetcher instead. Beside them, hidden, the words of the ticks' names around
 * the title, which each card's tick refers to instead of spelling them out.
 */
export function BoardTickForms({ returnTo }: { returnTo: string }) {
  const { t } = useI18n();
  return (
    <>
      {(["done", "reopen"] as const).map((kind) => {
        const words = tickWords(t, kind);
        return (
          <form key={kind} id={BOARD_TICK_FORMS[kind]} method="post" hidden>
            <ReturnToField value={returnTo} />
            <input type="hidden" name="intent" value="complete" />
            <input type="hidden" name="done" value={kind === "done" ? "true" : "false"} />
            {words.before ? <span id={TICK_WORDS[kind].before}>{words.before}</span> : null}
            {words.after ? <span id={TICK_WORDS[kind].after}>{words.after}</span> : null}
          </form>
        );
      })}
    </>
  );
}

/** The ids that name a board tick: the words of its message around the title's element. */
function tickLabelledBy(t: ReturnType<typeof useI18n>["t"], done: boolean, titleId: string) {
  const kind = done ? "reopen" : "done";
  const words = tickWords(t, kind);
  return [
    words.before ? TICK_WORDS[kind].before : null,
    titleId,
    words.after ? TICK_WORDS[kind].after : null,
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * TickButton for a card of the phase board: the same tick, without a form of its own
 * (see BoardTickForms). Its task is its card's (`data-task-id`), for tick-feedback.ts.
 * Its name is its message around the card's title, by reference (`titleId`: the title's
 * element), and without JavaScript it posts to `formAction`, the status route as a path
 * relative to the board.
 */
export function BoardTickButton({
  taskId,
  taskPath,
  title,
  titleId,
  formAction,
  isDone,
  disabled = false,
}: TickProps & { titleId: string; formAction: string }) {
  const { t } = useI18n();
  const { fetcher, pending, onTick } = useTick(taskId, title);
  // The router applies a submission in a transition, which renders the whole board
  // (the card moves to its column): until then this button alone shows the click, so
  // the tick is seen at once however large the board. The click counts only while the
  // fetcher is as it was then (idle, the same answer): from then on the submission and
  // the stored state say what the tick shows (a fast refusal may overtake the transition).
  const [clicked, setClicked] = useState<{ done: boolean; data: unknown } | null>(null);
  const isClickShown =
    clicked !== null && fetcher.state === "idle" && fetcher.data === clicked.data;
  const shownDone = pending ?? (isClickShown ? clicked.done : isDone);
  const action = taskStatusPath(taskPath);

  // A button's type is "submit" unless it says otherwise.
  return (
    <button
      form={shownDone ? BOARD_TICK_FORMS.reopen : BOARD_TICK_FORMS.done}
      formAction={formAction}
      disabled={disabled}
      aria-labelledby={tickLabelledBy(t, shownDone, titleId)}
      aria-pressed={shownDone}
      onClick={(event) => {
        event.preventDefault();
        onTick(shownDone);
        const done = shownDone ? "false" : "true";
        setClicked({ done: !shownDone, data: fetcher.data });
        // Submitted after the next frame: the router's work and the board's render
        // then come after the tick has been painted.
        requestAnimationFrame(() =>
          setTimeout(
            () =>
              void fetcher.submit({ intent: "complete", taskId, done }, { method: "post", action }),
          ),
        );
      }}
    />
  );
}
