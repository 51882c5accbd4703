import { Sparkline } from "~/components/charts/sparkline";
import { formatKpiValue } from "~/components/kpis/format";
import { KpiStatusBadge } from "~/components/kpis/kpi-status-badge";
import { ListLink } from "~/components/ui/list-link";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { KpiSummary } from "~/modules/kpis/summary";

const sparkColor = {
  on_track: "text-success",
  at_risk: "text-warning",
  off_track: "text-danger",
  no_data: "text-ink-subtle",
} as const;

export type KpiCardData = {
  id: string;
  name: string;
  unit: string;
  target: number;
  targetDate: string;
  summary: KpiSummary;
};

/** A KPI at a glance: status, current vs target, and the trend. */
export function KpiCard({ kpi, href }: { kpi: KpiCardData; href?: string }) {
  const { t, locale } = useI18n();
  const titleId = `kpi-card-${kpi.id}`;
  return (
    <article
      aria-labelledby={titleId}
      className="break-inside-avoid flex flex-col gap-3 rounded-card border border-line bg-surface-raised p-4 shadow-card"
    >
      {/* The badge wraps below a long name instead of running out of the card. */}
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={titleId} className="min-w-0 font-semibold break-words hyphens-auto">
          {href ? (
            <ListLink to={href} className="hover:text-brand hover:underline">
              {kpi.name}
            </ListLink>
          ) : (
            kpi.name
          )}
        </h3>
        <KpiStatusBadge status={kpi.summary.status} />
      </div>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 tabular-nums">
        <div>
          <dt className="text-caption text-ink-muted">{t("dashboard.kpis.current")}</dt>
          <dd className="text-title whitespace-nowrap">
            {kpi.summary.latest
              ? formatKpiValue(kpi.summary.latest.value, kpi.unit, locale)
              : t("kpis.noValue")}
          </dd>
        </div>
        <div>
          <dt className="text-caption text-ink-muted">{t("dashboard.kpis.target")}</dt>
          <dd className="pt-1 text-body whitespace-nowrap">
            {formatKpiValue(kpi.target, kpi.unit, locale)}
            <span className="block text-caption text-ink-muted">
              {formatDate(kpi.targetDate, locale, "dayMonth")}
            </span>
          </dd>
        </div>
      </dl>
      <Sparkline
        values={kpi.summary.spark}
        reference={kpi.target}
        width={240}
        height={40}
        fluid
        className={`mt-auto ${sparkColor[kpi.summary.status]}`}
        label={t("kpis.sparkline", { count: kpi.summary.spark.length })}
      />
    </article>
  );
}
