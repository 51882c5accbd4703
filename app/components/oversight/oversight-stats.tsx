import { formatKpiValue } from "~/components/kpis/format";
import { Badge } from "~/components/ui/badge";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { OversightSummary } from "~/modules/oversight/summaries.server";

/** The 30-day figures of a use case's oversight log: what an auditor asks first. */
export function OversightStats({ summary }: { summary: OversightSummary }) {
  const { t, locale } = useI18n();
  const incident = summary.lastIncident;
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
      <div className="rounded-control bg-surface-muted p-3">
        <dt className="text-caption text-ink-muted">{t("oversight.stats.reviews")}</dt>
        <dd className="text-lead font-semibold tabular-nums">{summary.reviewsLast30Days}</dd>
        <dd className="text-caption text-ink-muted tabular-nums">
          {t("oversight.stats.outputs", { count: summary.outputsReviewedLast30Days })}
        </dd>
      </div>
      <div className="rounded-control bg-surface-muted p-3">
        <dt className="text-caption text-ink-muted">{t("oversight.stats.rate")}</dt>
        <dd className="text-lead font-semibold tabular-nums">
          {summary.correctionRateLast30Days === null
            ? "–"
            : formatKpiValue(summary.correctionRateLast30Days, "%", locale)}
        </dd>
        <dd className="text-caption text-ink-muted">{t("oversight.stats.rateHint")}</dd>
      </div>
      <div className="rounded-control bg-surface-muted p-3">
        <dt className="text-caption text-ink-muted">{t("oversight.stats.lastIncident")}</dt>
        <dd className="text-lead font-semibold">
          {incident ? formatDate(incident.date, locale) : t("oversight.stats.noIncident")}
        </dd>
        {incident ? (
          <dd className="flex flex-wrap gap-1.5">
            <SeverityBadge severity={incident.severity} />
            {summary.openHighIncidents > 0 ? (
              <Badge tone="danger">
                {t("oversight.stats.openHigh", { count: summary.openHighIncidents })}
              </Badge>
            ) : null}
          </dd>
        ) : null}
      </div>
    </dl>
  );
}

export function SeverityBadge({ severity }: { severity: "low" | "medium" | "high" }) {
  const { t } = useI18n();
  const tone = severity === "high" ? "danger" : severity === "medium" ? "warning" : "neutral";
  return <Badge tone={tone}>{t(`oversight.severityBadge.${severity}`)}</Badge>;
}
