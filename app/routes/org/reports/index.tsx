import { Link } from "react-router";
import type { Route } from "./+types/index";
import { Badge } from "~/components/ui/badge";
import { EmptyNote } from "~/components/kpis/empty-note";
import { buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { requestContext } from "~/lib/context.server";
import { createT, formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { hasCalendarFeed } from "~/modules/reports/calendar.server";
import { listReportRoadmaps } from "~/modules/reports/exports.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.title} · Fahrplan` : "Fahrplan" },
];

export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "report:read");
  const user = getUser(context);
  const [roadmaps, feedOn] = await Promise.all([
    listReportRoadmaps({ orgId: scope.org.id }),
    hasCalendarFeed({ userId: user.id }),
  ]);
  return {
    title: createT(context.get(requestContext).locale)("reports.title"),
    orgSlug: scope.org.slug,
    roadmaps,
    feedOn,
  };
}

const linkClass = "font-medium text-brand hover:underline";

export default function Reports({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const base = `/o/${d.orgSlug}/reports`;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-display">{t("reports.title")}</h1>
        <p className="max-w-2xl text-ink-muted">{t("reports.intro")}</p>
      </header>

      {d.roadmaps.length === 0 ? (
        <EmptyNote title={t("reports.emptyTitle")} body={t("reports.emptyBody")} />
      ) : (
        <section aria-labelledby="roadmaps-title" className="flex flex-col gap-3">
          <h2 id="roadmaps-title" className="text-title">
            {t("reports.roadmaps")}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {d.roadmaps.map((r) => (
              <li
                key={r.id}
                className="flex flex-col gap-3 rounded-card border border-line bg-surface-raised p-5 shadow-card"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="text-lead font-semibold">{r.title}</h3>
                  <Badge tone={r.status === "active" ? "brand" : "neutral"}>
                    {t(`roadmap.status.${r.status}`)}
                  </Badge>
                </div>
                <p className="text-caption text-ink-muted">{formatDate(r.startDate, locale)}</p>
                <p className="text-ink-muted">{t("reports.reportHint")}</p>
                <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                  <Link to={`${base}/${r.id}`} className={buttonClass("primary")}>
                    {t("reports.report")}
                  </Link>
                  <a href={`${base}/${r.id}/tasks.csv`} download className={linkClass}>
                    {t("reports.tasksCsv")}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="grid gap-4 md:grid-cols-2">
        <Card aria-labelledby="kpi-csv-title">
          <CardTitle id="kpi-csv-title">{t("reports.kpiCsv")}</CardTitle>
          <p className="mt-1 text-ink-muted">{t("reports.kpiCsvHint")}</p>
          <p className="mt-1 text-caption text-ink-muted">{t("reports.csvHint")}</p>
          <a
            href={`${base}/kpi-measurements.csv`}
            download
            className={`mt-3 ${buttonClass("secondary")}`}
          >
            {t("reports.kpiCsv")}
          </a>
        </Card>
        <Card aria-labelledby="calendar-title">
          <div className="flex flex-wrap items-center gap-2">
            <CardTitle id="calendar-title">{t("reports.calendar")}</CardTitle>
            <Badge tone={d.feedOn ? "success" : "neutral"}>
              {d.feedOn ? t("reports.feed.on") : t("reports.feed.off")}
            </Badge>
          </div>
          <p className="mt-1 text-ink-muted">{t("reports.calendarHint")}</p>
          <Link to={`${base}/calendar`} className={`mt-3 ${buttonClass("secondary")}`}>
            {t("reports.calendarManage")}
          </Link>
        </Card>
      </div>
    </div>
  );
}
