import { Link } from "react-router";
import type { Route } from "./+types/portfolio";
import { PortfolioRoadmapCard } from "~/components/portfolio/portfolio-roadmap-card";
import { PortfolioTimeline } from "~/components/portfolio/portfolio-timeline";
import { StatTile } from "~/components/dashboard/stat-tile";
import { buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { requestContext } from "~/lib/context.server";
import { formatCents, formatDate, translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { todayIso } from "~/modules/calendar/dates";
import { getPortfolio } from "~/modules/portfolio/portfolio.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · Fahrplan` : "Fahrplan" },
];

/** Every roadmap of the organisation on one timeline with its figures, for leadership. */
export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "report:read");
  const portfolio = await getPortfolio({ orgId: scope.org.id, today: todayIso() });
  return {
    ...portfolio,
    pageTitle: translate(context.get(requestContext).locale, "portfolio.title"),
    orgSlug: scope.org.slug,
    newRoadmapHref: can(scope.role, "roadmap:create") ? `/o/${scope.org.slug}/roadmaps/new` : null,
  };
}

export default function PortfolioPage({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  if (d.roadmaps.length === 0) {
    return (
      <EmptyState
        title={t("portfolio.emptyTitle")}
        body={t("portfolio.emptyBody")}
        action={
          d.newRoadmapHref ? (
            <Link to={d.newRoadmapHref} className={buttonClass("primary")}>
              {t("roadmaps.empty.cta")}
            </Link>
          ) : null
        }
      />
    );
  }
  const count = (status: string) => d.roadmaps.filter((r) => r.status === status).length;
  const current = d.roadmaps.filter((r) => r.status !== "archived");
  const archived = d.roadmaps.filter((r) => r.status === "archived");
  const kpis = d.total.kpis;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-display">{t("portfolio.title")}</h1>
        <p className="text-ink-muted">{t("portfolio.intro")}</p>
        <p className="text-caption text-ink-muted">
          {t("portfolio.asOf", { date: formatDate(d.today, locale) })}
        </p>
      </header>

      <section aria-labelledby="total-title" className="flex flex-col gap-3">
        <h2 id="total-title" className="text-title">
          {t("portfolio.total.title")}
        </h2>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <StatTile
            label={t("portfolio.total.value")}
            value={formatCents(d.total.valueCents, locale)}
            tone="success"
            detail={t("portfolio.total.valueDetail", { count: d.total.roadmaps })}
          />
          <StatTile
            label={t("portfolio.total.kpis")}
            value={
              kpis.total > 0
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
              completed: d.total.completed,
              count: d.total.roadmaps,
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

      {d.chains.length > 0 ? (
        <Card aria-labelledby="chains-title">
          <CardTitle id="chains-title">{t("portfolio.chains.title")}</CardTitle>
          <p className="mt-1 text-caption text-ink-muted">{t("portfolio.chains.intro")}</p>
          <ul className="mt-3 flex flex-col gap-2">
            {d.chains.map((chain, index) => (
              <li key={chain[0]!.id}>
                <span className="sr-only">
                  {t("portfolio.chains.label", { number: index + 1 })}:{" "}
                </span>
                <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  {chain.map((r, step) => (
                    <li key={r.id} className="flex items-center gap-2">
                      {step > 0 ? (
                        <span aria-hidden="true" className="text-ink-subtle">
                          →
                        </span>
                      ) : null}
                      <Link
                        to={`/o/${d.orgSlug}/dashboard/${r.id}`}
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
      ) : null}

      <PortfolioTimeline roadmaps={d.roadmaps} timeline={d.timeline} orgSlug={d.orgSlug} />

      <section aria-labelledby="list-title" className="flex flex-col gap-3">
        <h2 id="list-title" className="text-title">
          {t("portfolio.list.title")}
        </h2>
        <ul className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          {current.map((r) => (
            <li key={r.id}>
              <PortfolioRoadmapCard roadmap={r} orgSlug={d.orgSlug} />
            </li>
          ))}
        </ul>
        {archived.length > 0 ? (
          <details className="rounded-card border border-line bg-surface-raised p-4">
            <summary className="cursor-pointer font-medium">
              {t("portfolio.list.archived", { count: archived.length })}
            </summary>
            <ul className="mt-3 grid grid-cols-1 gap-4 lg:grid-cols-2">
              {archived.map((r) => (
                <li key={r.id}>
                  <PortfolioRoadmapCard roadmap={r} orgSlug={d.orgSlug} />
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </div>
  );
}
