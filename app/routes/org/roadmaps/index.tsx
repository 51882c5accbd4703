import { Link } from "react-router";
import type { Route } from "./+types/index";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { ProgressBar } from "~/components/ui/progress-bar";
import { requestContext } from "~/lib/context.server";
import { formatDate, formatPercent, translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { listRoadmaps } from "~/modules/roadmaps/roadmaps.server";
import { RoadmapChainLinks } from "~/components/reviews/roadmap-chain-links";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · Fahrplan` : "Fahrplan" },
];

export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const { locale } = context.get(requestContext);
  const roadmaps = await listRoadmaps({ orgId: scope.org.id });
  return {
    pageTitle: translate(locale, "roadmaps.list.title"),
    roadmaps,
    orgSlug: scope.org.slug,
    canCreate: can(scope.role, "roadmap:create"),
  };
}

export default function Roadmaps({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const newLink = d.canCreate ? (
    <Link to={`/o/${d.orgSlug}/roadmaps/new`} className={buttonClass("primary")}>
      {t("roadmaps.list.new")}
    </Link>
  ) : null;
  if (d.roadmaps.length === 0) {
    return (
      <EmptyState
        title={t("roadmap.emptyTitle")}
        body={d.canCreate ? t("roadmaps.empty.bodyManager") : t("roadmap.emptyBody")}
        action={newLink}
      />
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-display">{t("roadmaps.list.title")}</h1>
          <p className="text-ink-muted">{t("roadmaps.list.intro")}</p>
        </div>
        {newLink}
      </header>
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {d.roadmaps.map((r) => (
          <li key={r.id}>
            <article className="flex h-full flex-col gap-3 rounded-card border border-line bg-surface-raised p-5 shadow-card">
              <div className="flex items-start justify-between gap-2">
                <h2 className="text-lead font-semibold">
                  <Link
                    to={`/o/${d.orgSlug}/roadmaps/${r.id}`}
                    className="underline-offset-2 hover:underline"
                  >
                    {r.title}
                  </Link>
                </h2>
                <Badge tone={r.status === "active" ? "brand" : "neutral"}>
                  {t(`roadmap.status.${r.status}`)}
                </Badge>
              </div>
              <p className="text-caption text-ink-muted">
                {t("roadmap.dateRange", {
                  start: formatDate(r.startDate, locale),
                  end: formatDate(r.endDate, locale),
                })}
                {r.focusArea ? ` · ${r.focusArea}` : ""}
              </p>
              <RoadmapChainLinks orgSlug={d.orgSlug} chain={r.chain} />
              <ProgressBar percent={r.percentDone} label={r.title} />
              <p className="text-caption text-ink-muted">
                {formatPercent(r.percentDone, locale)} ·{" "}
                {t("roadmap.tasksDone", { done: r.done, count: r.total })}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
