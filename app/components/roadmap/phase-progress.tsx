import type { ReactNode } from "react";
import { ProgressBar } from "~/components/ui/progress-bar";
import { formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { PhaseKind } from "~/modules/calendar/phase-dates";
import { phaseColor } from "./phase-style";

/**
 * How far a phase is: "92 % · 12 of 13 tasks done" and a bar in the phase's colour.
 * The same figures on the dashboard, the printed report, the overview's phase cards
 * and the phase board.
 */
export function PhaseProgress({
  kind,
  summary,
  name,
  figures = "above",
}: {
  kind: PhaseKind;
  summary: { percentDone: number; done: number; total: number };
  /** The phase's name, on the figures' line; left out where a heading already names it. */
  name?: ReactNode;
  /** The figures above the bar (a list of phases) or below it (under a heading). */
  figures?: "above" | "below";
}) {
  const { t, locale } = useI18n();
  const text = (
    <span className="text-caption text-ink-muted tabular-nums">
      {formatPercent(summary.percentDone, locale)} ·{" "}
      {t("roadmap.tasksDone", { done: summary.done, count: summary.total })}
    </span>
  );
  const bar = (
    <ProgressBar
      percent={summary.percentDone}
      colorClass={phaseColor[kind].bg}
      label={t(`phase.${kind}`)}
    />
  );
  if (figures === "below") {
    return (
      <div className="flex flex-col gap-1.5">
        {bar}
        {text}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        {name ? <span className="font-medium">{name}</span> : null}
        {text}
      </div>
      {bar}
    </div>
  );
}
