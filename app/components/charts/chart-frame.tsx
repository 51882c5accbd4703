import { Suspense } from "react";
import type { ReactNode } from "react";
import { useHydrated } from "~/components/ui/use-hydrated";

/**
 * Reserves a chart's height before anything loads, so the page never jumps (CLS 0), and
 * loads the chart code lazily behind Suspense. The chart itself is hidden from assistive
 * technology: every chart has a text alternative (a sentence or a table) next to it.
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
  const placeholder = <div className="h-full w-full rounded-control bg-surface-muted/60" />;
  return (
    <div aria-hidden="true" className={`chart-frame w-full ${className}`} style={{ height }}>
      {hydrated ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}
    </div>
  );
}
