import { formatDate, formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { KpiSummary } from "~/modules/kpis/summary";
import { formatKpiValue } from "./format";

/** The four figures over a KPI's chart: latest value, where the line expects it, baseline, target. */
export function KpiFigures({
  kpi,
  summary,
}: {
  kpi: { unit: string; baseline: number; baselineDate: string; target: number; targetDate: string };
  summary: KpiSummary;
}) {
  const { t, locale } = useI18n();
  const value = (v: number) => formatKpiValue(v, kpi.unit, locale);
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Figure label={t("kpis.detail.latest")}>
        {summary.latest ? value(summary.latest.value) : t("kpis.noValue")}
        {summary.latest ? (
          <span className="block text-caption font-normal text-ink-muted">
            {formatDate(summary.latest.date, locale)}
          </span>
        ) : null}
      </Figure>
      <Figure label={t("kpis.detail.expected")}>
        {summary.expected !== null ? value(summary.expected) : t("kpis.noValue")}
        {summary.progress !== null ? (
          <span className="block text-caption font-normal text-ink-muted">
            {t("kpis.progress", {
              percent: formatPercent(Math.round(summary.progress * 100), locale),
            })}
          </span>
        ) : null}
      </Figure>
      <Figure label={t("kpis.detail.baseline")}>
        {value(kpi.baseline)}
        <span className="block text-caption font-normal text-ink-muted">
          {formatDate(kpi.baselineDate, locale)}
        </span>
      </Figure>
      <Figure label={t("kpis.detail.target")}>
        {value(kpi.target)}
        <span className="block text-caption font-normal text-ink-muted">
          {formatDate(kpi.targetDate, locale)}
        </span>
      </Figure>
    </dl>
  );
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-card border border-line bg-surface-raised p-4 shadow-card">
      <dt className="text-caption text-ink-muted">{label}</dt>
      <dd className="mt-1 text-title tabular-nums">{children}</dd>
    </div>
  );
}
