/**
 * Where the keyboard focus goes after a tick. Ticking can take the button out of the
 * page: the board moves the card to "Done" (a new button in another column), and
 * "My tasks" drops a task that was due before this week. The focus then falls to the
 * page's start, and a keyboard user would have to find the place again. Instead it
 * goes to the same task's button in its new place, or else to the button of the task
 * that followed it (or preceded it, at the end of the list).
 *
 * Module state, not React state: the button that was clicked may be gone by the time
 * its result arrives, and only the browser's event handlers and effects touch it.
 */
/** The attribute TickButton puts on its button: the task it ticks. */
const TICK_ATTRIBUTE = "data-tick-task";
/** The phase board's tick buttons (BoardTickButton), named by their card's task. */
const BOARD_TICK = "[data-task-id] > button";

function tickButtons(): { id: string; button: HTMLButtonElement }[] {
  return Array.from(
    document.querySelectorAll<HTMLButtonElement>(`[${TICK_ATTRIBUTE}], ${BOARD_TICK}`),
  ).map((button) => ({
    id:
      button.getAttribute(TICK_ATTRIBUTE) ??
      button.parentElement?.getAttribute("data-task-id") ??
      "",
    button,
  }));
}

let lastTick: { path: string; order: string[] } | null = null;

/** At the click: the task's place among the page's tick buttons, in reading order. */
export function rememberTick(taskId: string, path: string) {
  const ids = tickButtons().map((tick) => tick.id);
  const at = ids.indexOf(taskId);
  const after = at < 0 ? [] : ids.slice(at + 1);
  const before = at < 0 ? [] : ids.slice(0, at).reverse();
  lastTick = { path, order: [taskId, ...after, ...before] };
}

/**
 * After a render of the page: if the focus was lost (it is on the body), give it to
 * the first of the remembered buttons that is still there. Another page forgets it.
 */
export function restoreTickFocus(path: string) {
  if (!lastTick) return;
  if (lastTick.path !== path) {
    lastTick = null;
    return;
  }
  const active = document.activeElement;
  if (active && active !== document.body) return;
  const buttons = tickButtons();
  for (const id of lastTick.order) {
    const button = buttons.find((tick) => tick.id === id)?.button;
    if (button && !button.disabled) {
      button.focus();
      return;
    }
  }
}
