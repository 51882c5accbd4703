/**
 * What a tick tells the person who made it: the result in the page's live region
 * ("Task … done"), and where the keyboard focus goes. Ticking can take the button out of the
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

let lastTick: { path: string; order: string[] } | null = null;

/** Ticks sent and not yet answered: what to announce when the answer comes. */
const unanswered = new Map<string, { title: string; done: boolean }>();

/**
 * At the click: what was asked (to announce it once it is stored), and the task's
 * place among the page's tick buttons, in reading order.
 */
export function rememberTick(tick: { taskId: string; title: string; done: boolean; path: string }) {
  const { taskId, path } = tick;
  unanswered.set(taskId, { title: tick.title, done: tick.done });
  const ids = Array.from(document.querySelectorAll(`[${TICK_ATTRIBUTE}]`)).map(
    (element) => element.getAttribute(TICK_ATTRIBUTE) ?? "",
  );
  const at = ids.indexOf(taskId);
  const after = at < 0 ? [] : ids.slice(at + 1);
  const before = at < 0 ? [] : ids.slice(0, at).reverse();
  lastTick = { path, order: [taskId, ...after, ...before] };
}

/** The tick of this task that was just answered, once (whichever button sees it first). */
export function takeAnsweredTick(taskId: string) {
  const tick = unanswered.get(taskId);
  unanswered.delete(taskId);
  return tick;
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
  for (const id of lastTick.order) {
    const button = document.querySelector<HTMLButtonElement>(
      `[${TICK_ATTRIBUTE}="${CSS.escape(id)}"]`,
    );
    if (button && !button.disabled) {
      button.focus();
      return;
    }
  }
}
