import { createContext, Suspense, useContext, useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { useHydrated } from "~/components/ui/use-hydrated";

/** The frames not drawn yet: printing draws them all first. */
const waiting = new Set<() => void>();

// Safari has no requestIdleCallback: there the chart draws in the next task.
const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === "function"
    ? requestIdleCallback(run, { timeout: 1000 })
    : window.setTimeout(run, 1);
const cancelIdle = (id: number) =>
  typeof cancelIdleCallback === "function" ? cancelIdleCallback(id) : window.clearTimeout(id);

/**
 * The frame's width in px, measured by the frame: a chart draws at this size in one pass
 * (Recharts' own "responsive" mode measures after a first render and draws again).
 */
const ChartWidth = createContext(0);
export const useChartWidth = () => useContext(ChartWidth);

/** How far below the screen a chart starts to draw (two screens), so it is there when scrolled to. */
const AHEAD = "0px 0px 200% 0px";

/**
 * Reserves a chart's height before anything loads, so the page never jumps (CLS 0), and
 * draws the chart only when it comes near the screen, in the browser's idle time: a
 * page of many charts (the report) does not draw them all at once after its load, and
 * charts nobody scrolls to cost nothing. The chart code loads lazily behind Suspense.
 * Printing draws every chart first (printCharts; the browser's own print too). The chart
 * itself is hidden from assistive technology: every chart has a text alternative (a
 * sentence or a table) next to it.
 */
export function ChartFrame({
  height,
  children,
  className = "",
}: {
  height: number;
  children: ReactNode;
  className?: string;
}) {
  const hydrated = useHydrated();
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const frame = ref.current;
    if (!frame || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const frame = ref.current;
    if (!frame || shown) return;
    const show = () => setShown(true);
    let idle = 0;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        idle = whenIdle(show);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(frame);
    waiting.add(show);
    return () => {
      observer.disconnect();
      cancelIdle(idle);
      waiting.delete(show);
    };
  }, [shown]);
  const placeholder = (
    <div data-chart-placeholder className="h-full w-full rounded-control bg-surface-muted/60" />
  );
  return (
    <div
      ref={ref}
      aria-hidden="true"
      className={`chart-frame w-full ${className}`}
      style={{ height }}
    >
      {hydrated && shown && width > 0 ? (
        <ChartWidth.Provider value={width}>
          <Suspense fallback={placeholder}>{children}</Suspense>
        </ChartWidth.Provider>
      ) : (
        placeholder
      )}
    </div>
  );
}

function drawAll() {
  if (waiting.size === 0) return;
  flushSync(() => {
    for (const show of waiting) show();
  });
}

// The browser's own print (Ctrl+P): every chart drawn before the page is laid out for
// paper (charts whose code has come are drawn at once; printCharts waits for the rest).
if (typeof window !== "undefined") window.addEventListener("beforeprint", drawAll);

/** Draws every chart of the page, waits until each has its code (≤ 5 s), then prints. */
export async function printCharts() {
  drawAll();
  const until = performance.now() + 5000;
  while (document.querySelector("[data-chart-placeholder]") && performance.now() < until) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  window.print();
}
