import { Link } from "react-router";
import type { Route } from "./+types/report";
import { KpiLineChart } from "~/components/charts/kpi-line-chart";
import { PrintButton } from "~/components/dashboard/print-button";
import { PrintSection as Section } from "~/components/dashboard/print-section";
import { StatTile } from "~/components/dashboard/stat-tile";
import { formatKpiValue } from "~/components/kpis/format";
import { KpiStatusBadge } from "~/components/kpis/kpi-status-badge";
import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { deferred } from "~/components/ui/deferred";
import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { notFound } from "~/lib/http.server";
import { formatCents, formatDate, formatPercent } from "~/lib/i18n";
import type { MessageKey } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { getLeadershipReport } from "~/modules/reports/report.server";
import { todayIso } from "~/modules/calendar/dates";
import { groupLearnings } from "~/modules/roadmaps/learning-kinds";

// Sections that only show: server-rendered at once, their browser code after the page's.
const parts = () => import("~/components/dashboard/page-parts");
const BudgetOverrunNote = deferred(() => parts().then((m) => m.BudgetOverrunNote));
const BudgetTable = deferred(() => parts().then((m) => m.BudgetTable));
const GovernanceTable = deferred(() => parts().then((m) => m.GovernanceTable));
const OpenIncidents = deferred(() => parts().then((m) => m.OpenIncidents));
const PhaseProgress = deferred(() => parts().then((m) => m.PhaseProgress));
const LearningsByKind = deferred(() => parts().then((m) => m.LearningsByKind));

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.roadmap.title} · ${data.orgName} · Fahrplan` : "Fahrplan" },
];

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "report:read");
  const roadmapId = idParam(params.roadmapId);
  const report = await getLeadershipReport({
    orgId: scope.org.id,
    roadmapId,
    today: todayIso(),
    dataVersion: scope.org.dataVersion,
  });
  if (!report) notFound();
  return { ...report, orgSlug: scope.org.slug, orgName: scope.org.name };
}

const gateTone: Record<string, Tone> = {
  approved: "success",
  overdue: "danger",
  due: "brand",
  upcoming: "neutral",
};

export default function LeadershipReport({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const money = (cents: number) => formatCents(cents, locale);
  const onTrack = d.kpis.filter((k) => k.summary.status === "on_track").length;
  const budgetShare =
    d.budget.plannedCents > 0
      ? Math.round((d.budget.actualCents / d.budget.plannedCents) * 100)
      : 0;

  return (
    <div className="flex flex-col gap-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-3 rounded-card border border-line bg-surface-raised px-4 py-3">
        <Link
          to={`/o/${d.orgSlug}/dashboard/${d.roadmap.id}`}
          className="text-caption text-ink-muted hover:text-brand"
        >
          ← {t("reports.printed.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-caption text-ink-muted">{t("reports.printed.printHint")}</span>
          <PrintButton label={t("reports.printed.print")} />
          <a
            href={`/o/${d.orgSlug}/reports/${d.roadmap.id}/tasks.csv`}
            download
            className={buttonClass("ghost")}
          >
            {t("reports.tasksCsv")}
          </a>
        </div>
      </div>

      <article className="mx-auto flex w-full max-w-[52rem] flex-col gap-8 rounded-card border border-line bg-surface-raised p-6 shadow-card sm:p-10 print:max-w-none print:border-0 print:p-0">
        <header className="flex flex-col gap-1 border-b border-line pb-4">
          <p className="text-caption font-semibold tracking-wide text-ink-muted uppercase">
            {d.orgName}
          </p>
          <h1 className="text-display">{t("reports.printed.title", { title: d.roadmap.title })}</h1>
          <p className="text-ink-muted">
            {t("reports.printed.subtitle", {
              status: t(`roadmap.status.${d.roadmap.status as "active"}`),
              start: formatDate(d.roadmap.startDate, locale),
              end: formatDate(d.roadmap.endDate, locale),
              date: formatDate(d.today, locale),
            })}
          </p>
          {d.roadmap.ambition ? (
            <p className="mt-2 max-w-3xl italic">{d.roadmap.ambition}</p>
          ) : null}
        </header>

        <Section id="summary-title" title={t("reports.printed.summary")}>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-4 print:grid-cols-4">
            <StatTile
              label={t("dashboard.headline.progress")}
              value={formatPercent(d.overall.percentDone, locale)}
              tone={d.health === "behind" ? "warning" : "success"}
              detail={t("dashboard.headline.progressDetail", {
                done: d.overall.done,
                total: d.overall.total,
                expected: formatPercent(d.expectedPercent, locale),
              })}
            />
            <StatTile
              label={t("dashboard.headline.kpis")}
              value={
                d.kpis.length
                  ? t("dashboard.headline.kpisValue", { onTrack, total: d.kpis.length })
                  : "–"
              }
              detail={
                d.kpis.length
                  ? t("dashboard.headline.kpisDetail", {
                      atRisk: d.kpis.filter((k) => k.summary.status === "at_risk").length,
                      offTrack: d.kpis.filter((k) => k.summary.status === "off_track").length,
                    })
                  : t("dashboard.headline.kpisNone")
              }
            />
            <StatTile
              label={t("dashboard.headline.value")}
              value={money(d.value.soFarCents).replace(/[.,]00(?=\D*$)/, "")}
              tone="success"
              detail={t("dashboard.value.perYear", { amount: money(d.value.perYearCents) })}
            />
            <StatTile
              label={t("dashboard.headline.budget")}
              value={formatPercent(budgetShare, locale)}
              tone={d.budget.actualCents > d.budget.plannedCents ? "danger" : undefined}
              detail={`${money(d.budget.actualCents)} ${t("dashboard.headline.budgetDetail", {
                planned: money(d.budget.plannedCents),
              })}`}
            />
          </dl>
          {d.value.useCases.length > 0 ? (
            <p className="text-caption text-ink-muted">
              {t("dashboard.value.explanation", { weeks: String(d.value.weeks) })}
            </p>
          ) : null}
        </Section>

        <Section id="phases-title" title={t("reports.printed.phases")}>
          <Table labelledBy="phases-title" density="relaxed">
            <TableHead>
              <Th>{t("reports.printed.phase")}</Th>
              <Th>{t("reports.printed.period")}</Th>
              <Th className="w-1/4">{t("reports.printed.progress")}</Th>
              <Th>{t("reports.printed.gate")}</Th>
            </TableHead>
            <TableBody>
              {d.phases.map((p) => (
                <Tr key={p.kind}>
                  <Th>
                    {p.position}. {t(`phase.${p.kind}`)}
                  </Th>
                  <Td className="text-caption whitespace-nowrap">
                    {formatDate(p.startDate, locale, "dayMonth")} –{" "}
                    {formatDate(p.endDate, locale, "dayMonth")}
                  </Td>
                  <Td>
                    <PhaseProgress kind={p.kind} summary={p.summary} />
                  </Td>
                  <Td>
                    <Badge tone={gateTone[p.gate.state]}>
                      {t(`dashboard.gates.state.${p.gate.state}`)}
                    </Badge>
                    {p.gate.decidedOn ? (
                      <span className="block text-caption text-ink-muted">
                        {formatDate(p.gate.decidedOn, locale)}
                      </span>
                    ) : null}
                  </Td>
                </Tr>
              ))}
            </TableBody>
          </Table>
        </Section>

        <Section id="kpis-title" title={t("reports.printed.kpis")}>
          {d.kpis.length === 0 ? (
            <p className="text-ink-muted">{t("reports.printed.kpisNone")}</p>
          ) : (
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2 print:grid-cols-2">
              {d.kpis.map((kpi) => {
                const value = (v: number) => formatKpiValue(v, kpi.unit, locale);
                return (
                  <article
                    key={kpi.id}
                    aria-labelledby={`report-kpi-${kpi.id}`}
                    className="flex flex-col gap-2 rounded-control border border-line p-3 break-inside-avoid"
                  >
                    <div className="flex items-start justify-between gap-2">
                      <h3 id={`report-kpi-${kpi.id}`} className="font-semibold">
                        {kpi.name}
                      </h3>
                      <KpiStatusBadge status={kpi.summary.status} />
                    </div>
                    <p className="text-caption text-ink-muted">
                      {kpi.summary.latest
                        ? t("kpis.detail.summary", {
                            value: value(kpi.summary.latest.value),
                            date: formatDate(kpi.summary.latest.date, locale),
                            expected: value(kpi.summary.expected ?? kpi.baseline),
                            target: value(kpi.target),
                            targetDate: formatDate(kpi.targetDate, locale),
                            status: t(`kpis.status.${kpi.summary.status}`),
                          })
                        : t("kpis.detail.summaryNoData", {
                            baseline: value(kpi.baseline),
                            baselineDate: formatDate(kpi.series?.baseline.date ?? d.today, locale),
                            target: value(kpi.target),
                            targetDate: formatDate(kpi.targetDate, locale),
                          })}
                    </p>
                    {kpi.series ? (
                      <KpiLineChart series={kpi.series} unit={kpi.unit} height={190} compact />
                    ) : null}
                  </article>
                );
              })}
            </div>
          )}
        </Section>

        <Section id="register-title" title={t("reports.printed.register")}>
          {d.register.length === 0 ? (
            <p className="text-ink-muted">{t("reports.printed.registerNone")}</p>
          ) : (
            <Table labelledBy="register-title" size="caption">
              <TableHead>
                <Th>{t("register.column.title")}</Th>
                <Th>{t("register.column.status")}</Th>
                <Th>{t("register.column.tier")}</Th>
                <Th>{t("register.column.roles")}</Th>
                <Th>{t("register.column.assessedOn")}</Th>
                <Th>{t("register.column.documentation")}</Th>
              </TableHead>
              <TableBody>
                {d.register.map((row) => (
                  <Tr key={row.id}>
                    <Th className="text-body">{row.title}</Th>
                    <Td>{t(`useCases.status.${row.status}` as MessageKey)}</Td>
                    <Td>{t(`dashboard.tiers.${row.tier ?? "not_assessed"}`)}</Td>
                    <Td>{row.roles.map((r) => t(`assessment.role.${r}`)).join(", ") || "–"}</Td>
                    <Td className="whitespace-nowrap tabular-nums">
                      {row.assessedOn ? formatDate(row.assessedOn, locale) : "–"}
                    </Td>
                    <Td>{t(`register.documentation.${row.documentation}`)}</Td>
                  </Tr>
                ))}
              </TableBody>
            </Table>
          )}
        </Section>

        <Section id="governance-title" title={t("governance.report.title")}>
          <p className="text-caption text-ink-muted">{t("governance.report.intro")}</p>
          {d.register.length === 0 ? (
            <p className="text-ink-muted">{t("governance.report.none")}</p>
          ) : (
            <GovernanceTable labelledBy="governance-title" rows={d.register} />
          )}
          <OpenIncidents incidents={d.openIncidents} orgSlug={d.orgSlug} heading="h3" />
        </Section>

        <Section id="learnings-title" title={t("reports.printed.learnings")}>
          <LearningsByKind
            learnings={groupLearnings(d.learnings)}
            empty={t("reports.printed.learningsNone")}
          />
        </Section>

        <Section id="budget-title" title={t("reports.printed.budget")}>
          {d.budget.roadmapPlannedCents > 0 ? (
            <p className="text-caption text-ink-muted">
              {t("dashboard.budget.roadmapBudget", { amount: money(d.budget.roadmapPlannedCents) })}
            </p>
          ) : null}
          <BudgetOverrunNote
            budgetCents={d.budget.roadmapPlannedCents}
            plannedCents={d.budget.plannedCents}
            actualCents={d.budget.actualCents}
          />
          <BudgetTable phases={d.phases} />
          {d.budgetLines.length > 0 ? (
            <Table caption={t("reports.printed.budgetLines")} density="compact" size="caption">
              <TableHead>
                <Th>{t("reports.printed.item")}</Th>
                <Th>{t("reports.printed.phase")}</Th>
                <Th numeric>{t("dashboard.budget.planned")}</Th>
                <Th numeric>{t("dashboard.budget.actual")}</Th>
              </TableHead>
              <TableBody>
                {d.budgetLines.map((b) => (
                  <Tr key={b.id}>
                    <Th weight="normal">{b.label}</Th>
                    <Td>
                      {b.position}. {t(`phase.${b.phase}`)}
                    </Td>
                    <Td numeric>{money(b.plannedCents)}</Td>
                    <Td numeric>{money(b.actualCents)}</Td>
                  </Tr>
                ))}
              </TableBody>
            </Table>
          ) : null}
        </Section>

        <footer className="border-t border-line pt-3 text-caption text-ink-muted">
          {t("reports.printed.generated", { date: formatDate(d.today, locale, "long") })}
        </footer>
      </article>
    </div>
  );
}
