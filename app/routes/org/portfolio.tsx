import { Link } from "react-router";
import type { Route } from "./+types/portfolio";
import { PortfolioChains, PortfolioTotals } from "~/components/portfolio/portfolio-totals";
import { PortfolioRoadmapCard } from "~/components/portfolio/portfolio-roadmap-card";
import { PortfolioTimeline } from "~/components/portfolio/portfolio-timeline";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { requestContext } from "~/lib/context.server";
import { formatDate, translate } from "~/lib/i18n";
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
  const current = d.roadmaps.filter((r) => r.status !== "archived");
  const archived = d.roadmaps.filter((r) => r.status === "archived");
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-display">{t("portfolio.title")}</h1>
        <p className="text-ink-muted">{t("portfolio.intro")}</p>
        <p className="text-caption text-ink-muted">
          {t("portfolio.asOf", { date: formatDate(d.today, locale) })}
        </p>
      </header>

      <PortfolioTotals total={d.total} roadmaps={d.roadmaps} />
      {d.chains.length > 0 ? <PortfolioChains chains={d.chains} orgSlug={d.orgSlug} /> : null}

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
