import { Link } from "react-router";
import type { Route } from "./+types/roadmap-overview";
import { PhaseCard } from "~/components/roadmap/phase-card";
import { TaskList } from "~/components/roadmap/task-list";
import { Timeline } from "~/components/roadmap/timeline";
import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { Card, CardTitle } from "~/components/ui/card";
import { ProgressBar } from "~/components/ui/progress-bar";
import { notFound } from "~/lib/http.server";
import { formatDate, formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope } from "~/lib/middleware.server";
import { IdParamSchema } from "~/lib/params";
import { todayIso } from "~/modules/roadmaps/dates";
import { getRoadmapOverview } from "~/modules/roadmaps/overview.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.roadmap.title} · Fahrplan` : "Fahrplan" },
];

export async function loader({ params, context }: Route.LoaderArgs) {
  const { org } = getOrgScope(context);
  const roadmapId = IdParamSchema.safeParse(params.roadmapId);
  if (!roadmapId.success) notFound();
  const overview = await getRoadmapOverview({
    orgId: org.id,
    roadmapId: roadmapId.data,
    today: todayIso(),
  });
  if (!overview) notFound();
  return { ...overview, orgSlug: org.slug };
}

const healthTone: Record<string, Tone> = {
  ahead: "success",
  on_track: "success",
  behind: "warning",
};

export default function RoadmapOverview({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const timeline = d.timeline;
  const where =
    timeline.state === "running"
      ? `${t("roadmap.weekOf", { week: timeline.week, total: d.weeks.length })} · ${t(`phase.${timeline.phase}`)}`
      : timeline.state === "not_started"
        ? t("roadmap.notStarted", { date: formatDate(d.roadmap.startDate, locale) })
        : t("roadmap.finished", { date: formatDate(d.roadmap.endDate, locale) });

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-display">{d.roadmap.title}</h1>
          <Badge tone={d.roadmap.status === "active" ? "brand" : "neutral"}>
            {t(`roadmap.status.${d.roadmap.status}`)}
          </Badge>
        </div>
        <p className="text-ink-muted">
          {t("roadmap.dateRange", {
            start: formatDate(d.roadmap.startDate, locale),
            end: formatDate(d.roadmap.endDate, locale),
          })}{" "}
          · <span className="font-medium text-ink">{where}</span>
        </p>
        {d.roadmap.ambition ? (
          <p className="max-w-3xl text-lead text-ink-muted">
            <span className="sr-only">{t("roadmap.ambition")}: </span>
            {d.roadmap.ambition}
          </p>
        ) : null}
      </header>

      <Card aria-labelledby="overall-title">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <CardTitle id="overall-title">{t("roadmap.overall")}</CardTitle>
          <Badge tone={healthTone[d.health]}>{t(`roadmap.health.${d.health}`)}</Badge>
        </div>
        <div className="mt-3 flex flex-wrap items-end gap-x-6 gap-y-2">
          <p className="text-display tabular-nums">
            {formatPercent(d.overall.percentDone, locale)}
          </p>
          <p className="pb-1 text-ink-muted">
            {t("roadmap.tasksDone", { done: d.overall.done, count: d.overall.total })} ·{" "}
            {t("roadmap.expected", { percent: formatPercent(d.expectedPercent, locale) })}
          </p>
        </div>
        <div className="mt-3">
          <ProgressBar
            percent={d.overall.percentDone}
            marker={d.expectedPercent}
            label={t("roadmap.overall")}
          />
        </div>
      </Card>

      <Timeline weeks={d.weeks} phases={d.phases} today={d.today} startDate={d.roadmap.startDate} />

      <section aria-label={t("roadmap.timeline")} className="grid gap-4 md:grid-cols-3">
        {d.phases.map((phase) => (
          <PhaseCard
            key={phase.kind}
            phase={phase}
            isCurrent={timeline.state === "running" && timeline.phase === phase.kind}
          />
        ))}
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="due-title">
          <CardTitle id="due-title">{t("roadmap.dueThisWeek")}</CardTitle>
          <TaskList tasks={d.dueThisWeek} empty={t("roadmap.dueThisWeekEmpty")} />
        </Card>
        <Card aria-labelledby="overdue-title">
          <div className="flex items-baseline justify-between gap-2">
            <CardTitle id="overdue-title">{t("roadmap.overdue")}</CardTitle>
            {d.overdueCount > 0 ? <Badge tone="danger">{d.overdueCount}</Badge> : null}
          </div>
          <TaskList tasks={d.overdue} empty={t("roadmap.overdueEmpty")} tone="danger" />
        </Card>
      </div>

      {d.otherRoadmaps.length > 0 ? (
        <section aria-labelledby="other-title">
          <h2 id="other-title" className="text-lead font-semibold">
            {t("roadmap.otherRoadmaps")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {d.otherRoadmaps.map((r) => (
              <li key={r.id}>
                <Link
                  to={`/o/${d.orgSlug}/roadmaps/${r.id}`}
                  className="inline-flex items-center gap-2 rounded-control border border-line bg-surface-raised px-3 py-1.5 hover:border-brand"
                >
                  {r.title} <Badge>{t(`roadmap.status.${r.status}`)}</Badge>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
