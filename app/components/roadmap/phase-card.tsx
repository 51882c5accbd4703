import { ListLink } from "~/components/ui/list-link";
import { Badge } from "~/components/ui/badge";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { RoadmapOverview } from "~/modules/roadmaps/overview.server";
import { GateBadge } from "./gate-badge";
import { PhaseProgress } from "./phase-progress";
import { phaseColor } from "./phase-style";

export function PhaseCard({
  phase,
  isCurrent,
  href,
}: {
  phase: RoadmapOverview["phases"][number];
  isCurrent: boolean;
  /** The phase board; the title links there when given. */
  href?: string;
}) {
  const { t, locale } = useI18n();
  const color = phaseColor[phase.kind];
  const titleId = `phase-${phase.kind}-title`;
  const title = `${phase.position}. ${t(`phase.${phase.kind}`)}`;
  return (
    <article
      aria-labelledby={titleId}
      className={`flex flex-col gap-3 rounded-card border border-line border-t-4 bg-surface-raised p-5 shadow-card ${color.borderTop} ${
        isCurrent ? "ring-2 ring-brand/40" : ""
      }`}
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <p className="text-caption font-semibold tracking-wide text-ink-muted uppercase">
            {t("phase.weeks", { start: phase.startWeek, end: phase.endWeek })}
          </p>
          <h2 id={titleId} className="text-lead font-semibold">
            {href ? (
              <ListLink to={href} className="underline-offset-2 hover:underline">
                {title}
              </ListLink>
            ) : (
              title
            )}
          </h2>
        </div>
        {isCurrent ? <Badge tone="brand">{t("phase.current")}</Badge> : null}
      </div>
      <p className="text-caption text-ink-muted">
        {t("roadmap.dateRange", {
          start: formatDate(phase.startDate, locale),
          end: formatDate(phase.endDate, locale),
        })}
      </p>
      <PhaseProgress kind={phase.kind} summary={phase.summary} figures="below" />
      <div className="flex flex-wrap gap-2">
        <GateBadge status={phase.gateStatus} isOverdue={phase.isGateOverdue} />
        {phase.summary.blocked > 0 ? (
          <Badge tone="warning">
            {phase.summary.blocked} {t("task.status.blocked")}
          </Badge>
        ) : null}
      </div>
    </article>
  );
}
