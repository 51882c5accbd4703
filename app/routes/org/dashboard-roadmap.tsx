import { Link } from "react-router";
import type { Route } from "./+types/dashboard-roadmap";
import { rememberRoadmap } from "~/modules/roadmaps/landing.server";
import { BudgetBars } from "~/components/charts/budget-bars";
import { BurnUpChart } from "~/components/charts/burn-up-chart";
import { PrintButton } from "~/components/dashboard/print-button";
import { StatTile } from "~/components/dashboard/stat-tile";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { deferred } from "~/components/ui/deferred";
import { ProgressBar } from "~/components/ui/progress-bar";
import { notFound } from "~/lib/http.server";
import { formatCents, formatDate, formatNumber, formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { idParam } from "~/lib/params.server";
import { getDashboardCached } from "~/modules/dashboards/dashboard.server";
import { spentPercent } from "~/modules/budget/overrun";
import { todayIso } from "~/modules/calendar/dates";

// Sections that only show: server-rendered at once, their browser code after the page's.
const parts = () => import("~/components/dashboard/page-parts");
const BudgetOverrunNote = deferred(() => parts().then((m) => m.BudgetOverrunNote));
const BudgetTable = deferred(() => parts().then((m) => m.BudgetTable));
const BurnUpSummary = deferred(() => parts().then((m) => m.BurnUpSummary));
const GateList = deferred(() => parts().then((m) => m.GateList));
const KpiCard = deferred(() => parts().then((m) => m.KpiCard));
const OverdueOwners = deferred(() => parts().then((m) => m.OverdueOwners));
const OpenIncidents = deferred(() => parts().then((m) => m.OpenIncidents));
const TierList = deferred(() => parts().then((m) => m.TierList));
const PhaseProgress = deferred(() => parts().then((m) => m.PhaseProgress));

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `Dashboard · ${data.roadmap.title} · Fahrplan` : "Fahrplan" },
];

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "report:read");
  const roadmapId = idParam(params.roadmapId);
  const dashboard = await getDashboardCached({
    orgId: scope.org.id,
    roadmapId,
    today: todayIso(),
    dataVersion: scope.org.dataVersion,
  });
  if (!dashboard) notFound();
  await rememberRoadmap({ ...scope, roadmapId: dashboard.roadmap.id });
  return { ...dashboard, orgSlug: scope.org.slug, canCreateKpi: can(scope.role, "kpi:create") };
}

export default function DashboardPage({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const base = `/o/${d.orgSlug}`;
  const money = (cents: number) => formatCents(cents, locale);
  const kpiCounts = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const kpi of d.kpis) kpiCounts[kpi.summary.status]++;
  const overdueOwners = d.overdueByOwner.length;
  const where =
    d.timeline.state === "running"
      ? `${t("roadmap.weekOf", { week: d.timeline.week, total: d.burnUp.length })} · ${t(`phase.${d.timeline.phase}`)}`
      : d.timeline.state === "not_started"
        ? t("roadmap.notStarted", { date: formatDate(d.roadmap.startDate, locale) })
        : t("roadmap.finished", { date: formatDate(d.roadmap.endDate, locale) });
  const budgetShare = spentPercent(d.budget);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <p className="text-caption font-semibold tracking-wide text-ink-muted uppercase">
            {t("dashboard.heading")}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-display">{d.roadmap.title}</h1>
            <Badge tone={d.roadmap.status === "active" ? "brand" : "neutral"}>
              {t(`roadmap.status.${d.roadmap.status as "active"}`)}
            </Badge>
          </div>
          <p className="text-ink-muted">
            {t("roadmap.dateRange", {
              start: formatDate(d.roadmap.startDate, locale),
              end: formatDate(d.roadmap.endDate, locale),
            })}{" "}
            · <span className="font-medium text-ink">{where}</span> ·{" "}
            {t("dashboard.asOf", { date: formatDate(d.today, locale) })}
          </p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          <PrintButton />
          <Link to={`${base}/reports/${d.roadmap.id}`} className={buttonClass("secondary")}>
            {t("dashboard.openReport")}
          </Link>
          <Link to={`${base}/portfolio`} className={buttonClass("secondary")}>
            {t("portfolio.openFromDashboard")}
          </Link>
        </div>
      </header>

      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-5">
        <StatTile
          label={t("dashboard.headline.progress")}
          value={formatPercent(d.overall.percentDone, locale)}
          tone={d.health === "behind" ? "warning" : "success"}
          detail={t("dashboard.headline.progressDetail", {
            done: d.overall.done,
            total: d.overall.total,
            expected: formatPercent(d.expectedPercent, locale),
          })}
        >
          <dd className="mt-1">
            <ProgressBar
              percent={d.overall.percentDone}
              marker={d.expectedPercent}
              label={t("roadmap.overall")}
            />
          </dd>
        </StatTile>
        <StatTile
          label={t("dashboard.headline.kpis")}
          value={
            d.kpis.length > 0
              ? t("dashboard.headline.kpisValue", {
                  onTrack: kpiCounts.on_track,
                  total: d.kpis.length,
                })
              : "–"
          }
          tone={kpiCounts.off_track > 0 ? "danger" : kpiCounts.at_risk > 0 ? "warning" : "success"}
          detail={
            d.kpis.length > 0
              ? t("dashboard.headline.kpisDetail", {
                  atRisk: kpiCounts.at_risk,
                  offTrack: kpiCounts.off_track,
                })
              : t("dashboard.headline.kpisNone")
          }
        />
        <StatTile
          label={t("dashboard.headline.value")}
          value={formatCents(d.value.soFarCents, locale).replace(/[.,]00(?=\D*$)/, "")}
          tone="success"
          detail={t("dashboard.headline.valueDetail", {
            hours: d.value.hoursSoFar,
            weeks: formatNumber(d.value.weeks, locale, { maximumFractionDigits: 1 }),
          })}
        />
        <StatTile
          label={t("dashboard.headline.budget")}
          value={formatPercent(budgetShare, locale)}
          tone={d.budget.actualCents > d.budget.plannedCents ? "danger" : undefined}
          detail={`${money(d.budget.actualCents)} ${t("dashboard.headline.budgetDetail", {
            planned: money(d.budget.plannedCents),
          })}`}
        />
        <StatTile
          label={t("dashboard.headline.overdue")}
          value={d.overall.overdue}
          tone={d.overall.overdue > 0 ? "danger" : "success"}
          detail={
            d.overall.overdue > 0
              ? t("dashboard.headline.overdueDetail", {
                  count: overdueOwners,
                  owners: overdueOwners,
                })
              : t("dashboard.headline.overdueNone")
          }
        />
      </dl>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card aria-labelledby="phases-title" className="break-inside-avoid">
          <CardTitle id="phases-title">{t("dashboard.phases.title")}</CardTitle>
          <ul className="mt-4 flex flex-col gap-4">
            {d.phases.map((phase) => (
              <li key={phase.kind}>
                <PhaseProgress
                  kind={phase.kind}
                  summary={phase.summary}
                  name={`${phase.position}. ${t(`phase.${phase.kind}`)}`}
                />
              </li>
            ))}
          </ul>
          <h3 className="mt-6 font-semibold">{t("dashboard.gates.title")}</h3>
          <GateList phases={d.phases} today={d.today} />
        </Card>

        <Card aria-labelledby="burnup-title" className="break-inside-avoid">
          <CardTitle id="burnup-title">{t("dashboard.burnUp.title")}</CardTitle>
          <div className="mt-3 flex flex-col gap-3">
            <BurnUpSummary points={d.burnUp} currentWeek={d.currentWeek} total={d.overall.total} />
            <BurnUpChart points={d.burnUp} currentWeek={d.currentWeek} height={260} />
          </div>
        </Card>
      </div>

      <OpenIncidents incidents={d.openIncidents} orgSlug={d.orgSlug} />

      <section aria-labelledby="kpis-title" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="kpis-title" className="text-title">
            {t("dashboard.kpis.title")}
          </h2>
          <Link to={`${base}/kpis`} className="no-print text-caption font-medium text-brand">
            {t("kpis.title")} →
          </Link>
        </div>
        {d.kpis.length === 0 ? (
          <div className="rounded-card border border-dashed border-line-strong p-5 text-ink-muted">
            <p>{t("dashboard.kpis.none")}</p>
            {d.canCreateKpi ? (
              <Link
                to={`${base}/kpis/new?roadmap=${d.roadmap.id}`}
                className={`no-print mt-3 ${buttonClass("secondary")}`}
              >
                {t("dashboard.kpis.add")}
              </Link>
            ) : null}
          </div>
        ) : (
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
            {d.kpis.map((kpi) => (
              <KpiCard key={kpi.id} kpi={kpi} href={`${base}/kpis/${kpi.id}`} />
            ))}
          </div>
        )}
      </section>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card aria-labelledby="value-title" className="break-inside-avoid">
          <CardTitle id="value-title">{t("dashboard.value.title")}</CardTitle>
          {d.value.useCases.length > 0 ? (
            <div className="mt-3 flex flex-col gap-2">
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="text-display text-success tabular-nums">
                  {money(d.value.soFarCents)}
                </span>
                <span className="text-ink-muted">{t("dashboard.value.soFar")}</span>
              </p>
              <p className="font-medium">
                {t("dashboard.value.perYear", { amount: money(d.value.perYearCents) })}
              </p>
              <ul className="text-caption text-ink-muted">
                {d.value.useCases.map((u) => (
                  <li key={u.id}>
                    {u.title} ·{" "}
                    {t("dashboard.value.perWeek", {
                      hours: formatNumber(u.hoursSavedPerWeek, locale),
                    })}
                  </li>
                ))}
              </ul>
              <p className="text-caption text-ink-muted">
                {t("dashboard.value.explanation", {
                  weeks: formatNumber(d.value.weeks, locale, { maximumFractionDigits: 1 }),
                })}
              </p>
            </div>
          ) : (
            <p className="mt-3 text-ink-muted">{t("dashboard.value.none")}</p>
          )}
        </Card>

        <Card aria-labelledby="tiers-title" className="break-inside-avoid">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <CardTitle id="tiers-title">{t("dashboard.tiers.title")}</CardTitle>
            <span className="text-caption text-ink-muted">
              {t("dashboard.tiers.total", { count: d.useCaseCount })}
            </span>
          </div>
          <p className="mt-1 text-caption text-ink-muted">{t("dashboard.tiers.intro")}</p>
          {d.useCaseCount > 0 ? (
            <TierList tiers={d.tiers} />
          ) : (
            <p className="mt-3 text-ink-muted">{t("dashboard.tiers.none")}</p>
          )}
        </Card>
      </div>

      <Card aria-labelledby="budget-title" className="break-inside-avoid">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <CardTitle id="budget-title">{t("dashboard.budget.title")}</CardTitle>
          {d.budget.roadmapPlannedCents > 0 ? (
            <span className="text-caption text-ink-muted">
              {t("dashboard.budget.roadmapBudget", { amount: money(d.budget.roadmapPlannedCents) })}
            </span>
          ) : null}
        </div>
        <div className="mt-3 empty:hidden">
          <BudgetOverrunNote
            budgetCents={d.budget.roadmapPlannedCents}
            plannedCents={d.budget.plannedCents}
            actualCents={d.budget.actualCents}
          />
        </div>
        {d.budget.plannedCents + d.budget.actualCents > 0 ? (
          <div className="mt-3 grid grid-cols-1 items-center gap-4 lg:grid-cols-2">
            <BudgetTable phases={d.phases} />
            <BudgetBars
              height={220}
              rows={d.phases.map((p) => ({
                label: `${p.position}. ${t(`phase.${p.kind}`)}`.split(" ").slice(0, 2).join(" "),
                plannedCents: p.budget.plannedCents,
                actualCents: p.budget.actualCents,
              }))}
            />
          </div>
        ) : (
          <p className="mt-3 text-ink-muted">{t("dashboard.budget.none")}</p>
        )}
      </Card>

      <Card aria-labelledby="overdue-title">
        <CardTitle id="overdue-title">{t("dashboard.overdue.title")}</CardTitle>
        <OverdueOwners groups={d.overdueByOwner} />
      </Card>

      {d.otherRoadmaps.length > 0 ? (
        <nav aria-labelledby="other-title" className="no-print">
          <h2 id="other-title" className="text-lead font-semibold">
            {t("dashboard.otherRoadmaps")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {d.otherRoadmaps.map((r) => (
              <li key={r.id}>
                <Link
                  to={`${base}/dashboard/${r.id}`}
                  className="inline-flex items-center gap-2 rounded-control border border-line bg-surface-raised px-3 py-1.5 hover:border-brand"
                >
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
