import type { ReactNode } from "react";
import { Link } from "react-router";
import { Badge } from "~/components/ui/badge";
import { ProgressBar } from "~/components/ui/progress-bar";
import { formatCents, formatDate, formatNumber, formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { Portfolio } from "~/modules/portfolio/portfolio.server";

type Roadmap = Portfolio["roadmaps"][number];

/** One figure; `none` says there is nothing to count yet, quieter than a figure. */
function Figure({
  label,
  value,
  detail,
  none,
}: {
  label: string;
  value: ReactNode;
  detail?: string;
  none?: string | false;
}) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-caption font-medium text-ink-muted">{label}</dt>
      {none ? (
        <dd className="text-ink-muted">{none}</dd>
      ) : (
        <dd className="font-semibold tabular-nums">{value}</dd>
      )}
      {detail && !none ? <dd className="text-caption text-ink-muted">{detail}</dd> : null}
    </div>
  );
}

/**
 * One roadmap's headline figures, the same as on the timeline and the dashboard:
 * progress, KPIs met, value of the hours saved, budget spent and the closing review's
 * decisions, with its place in the chain.
 */
export function PortfolioRoadmapCard({
  roadmap: r,
  orgSlug,
}: {
  roadmap: Roadmap;
  orgSlug: string;
}) {
  const { t, locale } = useI18n();
  const f = r.figures;
  const money = (cents: number) => formatCents(cents, locale);
  const status = t(`roadmap.status.${r.status}`);
  return (
    <article
      aria-labelledby={`portfolio-${r.id}`}
      className="flex h-full flex-col gap-3 rounded-card border border-line bg-surface-raised p-5 shadow-card break-inside-avoid"
    >
      <header className="flex flex-col gap-1">
        <div className="flex items-start justify-between gap-2">
          <h3 id={`portfolio-${r.id}`} className="text-lead font-semibold break-words">
            <Link
              to={`/o/${orgSlug}/dashboard/${r.id}`}
              className="underline-offset-2 hover:underline"
            >
              {r.title}
            </Link>
          </h3>
          <Badge
            tone={
              r.status === "active" ? "brand" : r.status === "completed" ? "success" : "neutral"
            }
          >
            {status}
          </Badge>
        </div>
        <p className="text-caption text-ink-muted">
          {t("portfolio.list.dates", {
            start: formatDate(r.startDate, locale),
            end: formatDate(r.endDate, locale),
          })}
        </p>
        {r.predecessor ? (
          <p className="text-caption text-ink-muted">
            {t("portfolio.list.follows", { title: r.predecessor.title })}
          </p>
        ) : null}
        {r.successor ? (
          <p className="text-caption text-ink-muted">
            {t("portfolio.list.continuedIn", { title: r.successor.title })}
          </p>
        ) : null}
      </header>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Figure
          label={t("portfolio.figures.progress")}
          value={
            <div className="flex items-center gap-2">
              {formatPercent(f.percentDone, locale)}
              <ProgressBar
                percent={f.percentDone}
                label={`${r.title}: ${t("portfolio.figures.progress")}`}
              />
            </div>
          }
          detail={t("portfolio.figures.progressDetail", { done: f.tasksDone, total: f.tasksTotal })}
        />
        <Figure
          label={t("portfolio.figures.kpis")}
          value={t("portfolio.figures.kpisValue", {
            met: f.kpis.met,
            withValues: f.kpis.withValues,
          })}
          detail={t("portfolio.figures.kpisDetail", { total: f.kpis.total })}
          none={f.kpis.total === 0 && t("portfolio.figures.kpisNone")}
        />
        <Figure
          label={t("portfolio.figures.value")}
          value={money(f.valueCents)}
          detail={
            r.value.useCases > 0
              ? t("portfolio.figures.valueDetail", {
                  hours: formatNumber(r.value.hoursSoFar, locale),
                  weeks: formatNumber(r.value.weeks, locale, { maximumFractionDigits: 1 }),
                })
              : t("portfolio.figures.valueNone")
          }
        />
        <Figure
          label={t("portfolio.figures.budget")}
          value={formatPercent(f.budget.percentUsed, locale)}
          detail={t("portfolio.figures.budgetValue", {
            actual: money(f.budget.actualCents),
            planned: money(f.budget.plannedCents),
          })}
          none={
            f.budget.plannedCents + f.budget.actualCents === 0 && t("portfolio.figures.budgetNone")
          }
        />
        <Figure
          label={t("portfolio.figures.decisions")}
          value={f.decisions ? t("portfolio.figures.decisionsValue", f.decisions) : null}
          none={!f.decisions && t("portfolio.figures.decisionsNone")}
        />
      </dl>
      {f.decisions ? (
        <Link
          to={`/o/${orgSlug}/roadmaps/${r.id}/review`}
          aria-label={`${t("reviews.paperLink")}: ${r.title}`}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          {t("reviews.paperLink")}
        </Link>
      ) : null}
    </article>
  );
}
