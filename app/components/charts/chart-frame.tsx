import { createContext, Suspense, useContext, useEffect, useId, useRef, useState } from "react";
import type { CSSProperties, ReactNode } from "react";
import { flushSync } from "react-dom";
import { useHydrated } from "~/components/ui/use-hydrated";
import { createDrawQueue } from "./draw-queue";

/** The frames not drawn yet: printing draws them all first. */
const waiting = new Set<() => void>();

// Safari has no requestIdleCallback: there the chart draws in the next task.
const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === "function"
    ? requestIdleCallback(run, { timeout: 1000 })
    : window.setTimeout(run, 1);
const cancelIdle = (id: number) =>
  typeof cancelIdleCallback === "function" ? cancelIdleCallback(id) : window.clearTimeout(id);

/** Colours come from the design tokens, so charts follow light and dark mode. */
export const chartColors = {
  actual: "var(--color-brand)",
  plan: "var(--color-ink-subtle)",
  baseline: "var(--color-warning)",
  grid: "var(--color-line)",
  axis: "var(--color-ink-muted)",
  planned: "var(--color-line-strong)",
  done: "var(--color-success)",
  over: "var(--color-danger)",
} as const;

/** The tooltip's box, in the design tokens (light and dark). */
export const tooltipStyle = {
  background: "var(--color-surface-raised)",
  border: "1px solid var(--color-line)",
  color: "var(--color-ink)",
} as const;

/** Charts near the screen draw one after the other, each in its own idle time. */
const drawQueue = createDrawQueue(whenIdle, cancelIdle);

/**
 * The chart area's size in px, measured by the frame (a chart draws at it in one pass;
 * Recharts' own "responsive" mode measures after a first render and draws again), and
 * whether someone has pointed at the chart yet: the tooltip's code runs only from then on.
 */
type ChartArea = { width: number; height: number; interactive: boolean };
const ChartAreaContext = createContext<ChartArea>({ width: 0, height: 0, interactive: false });
export const useChartArea = () => useContext(ChartAreaContext);

/** How far below the screen a chart starts to draw (two screens), so it is there when scrolled to. */
const AHEAD = "0px 0px 200% 0px";

/**
 * Reserves a chart's height before anything loads, so the page never jumps (CLS 0), and
 * draws the chart only when it comes near the screen, in the browser's idle time: a
 * page of many charts (the report) does not draw them all at once after its load, and
 * charts nobody scrolls to cost nothing. The chart code loads lazily behind Suspense.
 * Printing draws every chart first (printCharts; the browser's own print too).
 *
 * The legend is plain HTML drawn with the page, and the chart's tooltip starts working
 * when a pointer first comes over the chart: both would otherwise make Recharts draw
 * the whole chart again after its first draw, doubling its cost on a phone.
 *
 * The chart itself is hidden from assistive technology: every chart has a text
 * alternative (a sentence or a table) next to it.
 */
export function ChartFrame({
  height,
  legend,
  children,
  className = "",
}: {
  height: number;
  legend?: LegendItem[];
  children: ReactNode;
  className?: string;
}) {
  const hydrated = useHydrated();
  const frameRef = useRef<HTMLDivElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [interactive, setInteractive] = useState(false);
  const id = useId();
  useEffect(() => {
    const area = areaRef.current;
    if (!area || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      setSize((was) => (was.width === width && was.height === height ? was : { width, height }));
    });
    observer.observe(area);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || shown) return;
    const show = () => setShown(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        drawQueue.request(id, show);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(frame);
    waiting.add(show);
    return () => {
      observer.disconnect();
      waiting.delete(show);
    };
  }, [shown, id]);
  // Gone before it drew: the next chart's turn.
  useEffect(() => () => drawQueue.done(id), [id]);
  const canDraw = hydrated && shown && size.width > 0;
  // A frame with no room (e.g. in a hidden part of the page) must not hold up the others.
  useEffect(() => {
    if (shown && !canDraw) drawQueue.done(id);
  }, [shown, canDraw, id]);
  const activate = interactive ? undefined : () => setInteractive(true);
  const placeholder = (
    <div data-chart-placeholder className="h-full w-full rounded-control bg-surface-muted/60" />
  );
  return (
    <div
      ref={frameRef}
      aria-hidden="true"
      className={`chart-frame flex w-full flex-col ${className}`}
      style={{ height }}
      onPointerEnter={activate}
      onPointerDown={activate}
    >
      <div ref={areaRef} className="min-h-0 flex-1">
        {canDraw ? (
          <ChartAreaContext.Provider value={{ ...size, interactive }}>
            <Suspense fallback={placeholder}>
              {children}
              <Drawn frame={id} />
            </Suspense>
          </ChartAreaContext.Provider>
        ) : (
          placeholder
        )}
      </div>
      {legend ? <ChartLegend items={legend} /> : null}
    </div>
  );
}

/** One series in a chart's legend, drawn as the chart draws it. */
export type LegendItem = {
  label: string;
  color: string;
  mark: "dotted-line" | "dashed" | "area" | "bar";
};

/** Each entry's mark is drawn by its `data-mark` in the series' colour (styles/app.css). */
function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li
          key={item.label}
          data-mark={item.mark}
          style={{ "--mark": item.color } as CSSProperties}
        >
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Tells the queue when the chart before it in the same Suspense boundary has drawn. */
function Drawn({ frame }: { frame: string }) {
  useEffect(() => drawQueue.done(frame), [frame]);
  return null;
}

function drawAll() {
  drawQueue.clear();
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
