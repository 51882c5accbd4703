/**
 * Charts near the screen draw one after the other, each in its own idle time: the next
 * starts when the one before has drawn. Started together, charts that wait for the same
 * code would all be drawn in one long task when it comes (a page of charts on a phone
 * would not answer a tap for a second).
 */
export function createDrawQueue(
  whenIdle: (run: () => void) => number,
  cancelIdle: (id: number) => void,
) {
  let queued: { id: string; show: () => void }[] = [];
  let current: string | null = null;
  let idle = 0;
  const next = () => {
    const first = queued.shift();
    current = first?.id ?? null;
    if (first) idle = whenIdle(first.show);
  };
  return {
    /** Frame `id` is near the screen: `show` draws it, in idle time, on its turn. */
    request(id: string, show: () => void) {
      queued.push({ id, show });
      if (current === null) next();
    },
    /** Frame `id` has drawn its chart, cannot draw it, or is gone: the next one's turn. */
    done(id: string) {
      queued = queued.filter((entry) => entry.id !== id);
      if (current !== id) return;
      cancelIdle(idle);
      next();
    },
    /** Every chart is being drawn at once (printing): nothing waits any more. */
    clear() {
      cancelIdle(idle);
      queued = [];
      current = null;
    },
  };
}
