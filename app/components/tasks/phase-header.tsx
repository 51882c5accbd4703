import { Link } from "react-router";
import { GateBadge } from "~/components/roadmap/gate-badge";
import { phaseColor } from "~/components/roadmap/phase-style";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { PhaseBoard } from "~/modules/tasks/board.server";

/** The phase board's heading: the roadmap, the phase with its gate's state, weeks, goal. */
export function PhaseHeader({
  roadmap,
  phase,
  roadmapHref,
}: {
  roadmap: PhaseBoard["roadmap"];
  phase: PhaseBoard["phase"];
  roadmapHref: string;
}) {
  const { t, locale } = useI18n();
  return (
    <header className="flex flex-col gap-2">
      <p className="text-caption font-medium text-ink-muted">
        <Link to={roadmapHref} className="underline-offset-2 hover:underline">
          {roadmap.title}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-display">
          <span
            aria-hidden="true"
            className={`mr-3 inline-block h-3 w-3 rounded-full align-middle ${phaseColor[phase.kind].bg}`}
          />
          {phase.position}. {t(`phase.${phase.kind}`)}
        </h1>
        <a href="#gate-title" className="flex flex-wrap gap-2 rounded-full">
          <span className="sr-only">{t("roadmaps.gate.title")}: </span>
          <GateBadge status={phase.gateStatus} isOverdue={phase.isGateOverdue} />
        </a>
      </div>
      <p className="text-ink-muted">
        {t("phase.weeks", { start: phase.startWeek, end: phase.endWeek })} ·{" "}
        {t("roadmap.dateRange", {
          start: formatDate(phase.startDate, locale),
          end: formatDate(phase.endDate, locale),
        })}
      </p>
      {phase.goal ? <p className="max-w-3xl text-ink-muted">{phase.goal}</p> : null}
    </header>
  );
}
