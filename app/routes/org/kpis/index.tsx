import { Link } from "react-router";
import type { Route } from "./+types/index";
import { Sparkline } from "~/components/charts/sparkline";
import { formatKpiValue } from "~/components/kpis/format";
import { KpiStatusBadge } from "~/components/kpis/kpi-status-badge";
import { EmptyNote } from "~/components/kpis/empty-note";
import { buttonClass } from "~/components/ui/button";
import { requestContext } from "~/lib/context.server";
import { createT, formatDate, formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { listKpis } from "~/modules/kpis/kpis.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.title} · Fahrplan` : "Fahrplan" },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const t = createT(context.get(requestContext).locale);
  const archived = new URL(request.url).searchParams.get("show") === "archived";
  const kpis = await listKpis({ orgId: scope.org.id, archived });
  return {
    title: t("kpis.title"),
    kpis,
    archived,
    orgSlug: scope.org.slug,
    canCreate: can(scope.role, "kpi:create"),
  };
}

export default function KpiList({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const base = `/o/${d.orgSlug}/kpis`;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex flex-col gap-1">
          <h1 className="text-display">{t("kpis.title")}</h1>
          <p className="max-w-2xl text-ink-muted">{t("kpis.intro")}</p>
        </div>
        {d.canCreate ? (
          <Link to={`${base}/new`} className={buttonClass("primary")}>
            {t("kpis.newKpi")}
          </Link>
        ) : null}
      </header>

      <nav aria-label={t("kpis.tabs.label")}>
        <ul className="flex gap-1 border-b border-line">
          {(["active", "archived"] as const).map((tab) => {
            const current = (tab === "archived") === d.archived;
            return (
              <li key={tab}>
                <Link
                  to={tab === "archived" ? `${base}?show=archived` : base}
                  aria-current={current ? "page" : undefined}
                  className={`-mb-px block border-b-2 px-3 py-2 font-medium ${
                    current
                      ? "border-brand text-ink"
                      : "border-transparent text-ink-muted hover:text-ink"
                  }`}
                >
                  {t(`kpis.tabs.${tab}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      {d.kpis.length === 0 ? (
        d.archived ? (
          <EmptyNote title={t("kpis.emptyArchivedTitle")} body={t("kpis.emptyArchivedBody")} />
        ) : (
          <EmptyNote
            title={t("kpis.emptyTitle")}
            body={t("kpis.emptyBody")}
            action={
              d.canCreate ? (
                <Link to={`${base}/new`} className={buttonClass("primary")}>
                  {t("kpis.newKpi")}
                </Link>
              ) : undefined
            }
          />
        )
      ) : (
        <section aria-labelledby="kpi-list-title">
          <h2 id="kpi-list-title" className="sr-only">
            {t("kpis.count", { count: d.kpis.length })}
          </h2>
          <ul className="flex flex-col gap-3">
            {d.kpis.map((kpi) => (
              <li
                key={kpi.id}
                className="flex flex-col gap-3 rounded-card border border-line bg-surface-raised p-4 shadow-card sm:flex-row sm:items-center sm:gap-6"
              >
                <div className="min-w-0 flex-1">
                  <h3 className="font-semibold">
                    <Link to={`${base}/${kpi.id}`} className="hover:text-brand hover:underline">
                      {kpi.name}
                    </Link>
                  </h3>
                  <p className="mt-0.5 text-caption text-ink-muted">
                    {t(`kpis.category.${kpi.category}`)} · {t(`kpis.direction.${kpi.direction}`)}
                    {kpi.roadmapTitle ? ` · ${kpi.roadmapTitle}` : ""} ·{" "}
                    {kpi.ownerName ?? t("kpis.noOwner")}
                  </p>
                </div>
                <div className="grid grid-cols-2 items-center gap-x-4 gap-y-3 sm:grid-cols-[120px_7rem_12rem_11rem] sm:gap-x-6">
                  <Sparkline
                    className="order-last text-brand sm:order-none"
                    values={kpi.summary.spark}
                    reference={kpi.target}
                    label={t("kpis.sparkline", { count: kpi.summary.spark.length })}
                  />
                  <dl className="contents text-caption tabular-nums">
                    <div>
                      <dt className="text-ink-muted">{t("kpis.column.latest")}</dt>
                      <dd className="text-body font-semibold">
                        {kpi.summary.latest
                          ? formatKpiValue(kpi.summary.latest.value, kpi.unit, locale)
                          : t("kpis.noValue")}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-ink-muted">{t("kpis.column.target")}</dt>
                      <dd className="text-body">
                        {t("kpis.targetBy", {
                          value: formatKpiValue(kpi.target, kpi.unit, locale),
                          date: formatDate(kpi.targetDate, locale),
                        })}
                      </dd>
                    </div>
                  </dl>
                  <div className="flex flex-col items-start gap-1">
                    <KpiStatusBadge status={kpi.summary.status} />
                    {kpi.summary.progress !== null ? (
                      <span className="text-caption text-ink-muted">
                        {t("kpis.progress", {
                          percent: formatPercent(Math.round(kpi.summary.progress * 100), locale),
                        })}
                      </span>
                    ) : null}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
