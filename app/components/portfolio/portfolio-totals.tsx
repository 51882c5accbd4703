import { Link } from "react-router";
import { StatTile } from "~/components/dashboard/stat-tile";
import { Card, CardTitle } from "~/components/ui/card";
import { formatCents } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { Portfolio } from "~/modules/portfolio/portfolio.server";

/** The figures across all roadmaps, and how the value and "met" are judged. */
export function PortfolioTotals({
  total,
  roadmaps,
}: {
  total: Portfolio["total"];
  roadmaps: Portfolio["roadmaps"];
}) {
  const { t, locale } = useI18n();
  const count = (status: string) => roadmaps.filter((r) => r.status === status).length;
  const kpis = total.kpis;
  return (
    <section aria-labelledby="total-title" className="flex flex-col gap-3">
      <h2 id="total-title" className="text-title">
        {t("portfolio.total.title")}
      </h2>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <StatTile
          label={t("portfolio.total.value")}
          value={formatCents(total.valueCents, locale)}
          tone="success"
          detail={t("portfolio.total.valueDetail", { count: total.roadmaps })}
        />
        <StatTile
          label={t("portfolio.total.kpis")}
          value={
            kpis.withValues > 0
              ? t("portfolio.total.kpisValue", { met: kpis.met, withValues: kpis.withValues })
              : "–"
          }
          detail={
            kpis.total > 0
              ? t("portfolio.total.kpisDetail", {
                  count: kpis.total,
                  total: kpis.total,
                  noData: kpis.total - kpis.withValues,
                })
              : t("portfolio.total.kpisNone")
          }
        />
        <StatTile
          label={t("portfolio.total.completed")}
          value={t("portfolio.total.completedValue", {
            completed: total.completed,
            count: total.roadmaps,
          })}
          detail={t("portfolio.total.completedDetail", {
            running: count("active"),
            drafts: count("draft"),
          })}
        />
      </dl>
      <p className="text-caption text-ink-muted">{t("portfolio.valueExplanation")}</p>
      <p className="text-caption text-ink-muted">{t("portfolio.kpiExplanation")}</p>
    </section>
  );
}

/** Each chain of roadmaps (1 → 2 → 3), every roadmap a link to its dashboard. */
export function PortfolioChains({
  chains,
  orgSlug,
}: {
  chains: Portfolio["chains"];
  orgSlug: string;
}) {
  const { t } = useI18n();
  return (
    <Card aria-labelledby="chains-title">
      <CardTitle id="chains-title">{t("portfolio.chains.title")}</CardTitle>
      <p className="mt-1 text-caption text-ink-muted">{t("portfolio.chains.intro")}</p>
      <ul className="mt-3 flex flex-col gap-2">
        {chains.map((chain, index) => (
          <li key={chain[0]!.id}>
            <span className="sr-only">{t("portfolio.chains.label", { number: index + 1 })}: </span>
            <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
              {chain.map((r, step) => (
                <li key={r.id} className="flex items-center gap-2">
                  {step > 0 ? (
                    <span aria-hidden="true" className="text-ink-subtle">
                      →
                    </span>
                  ) : null}
                  <Link
                    to={`/o/${orgSlug}/dashboard/${r.id}`}
                    className="font-medium text-brand underline-offset-2 hover:underline"
                  >
                    {r.title}
                  </Link>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </Card>
  );
}
