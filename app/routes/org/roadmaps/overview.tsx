import { data, Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/overview";
import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { deferred } from "~/components/ui/deferred";
import { FormAlert } from "~/components/ui/form-alert";
import { ProgressBar } from "~/components/ui/progress-bar";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { formatDate, formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { can } from "~/lib/permissions";
import { actionContext } from "~/lib/route/context.server";
import { todayIso } from "~/modules/calendar/dates";
import { rememberRoadmap } from "~/modules/roadmaps/landing.server";
import { getRoadmapOverview } from "~/modules/roadmaps/overview.server";
import { setRoadmapStatus } from "~/modules/roadmaps/status.server";
import { RoadmapStatusSchema } from "~/modules/roadmaps/schema";
import { nextStatuses } from "~/modules/roadmaps/status";

// What only shows: server-rendered at once, its browser code after the page's.
const parts = () => import("~/components/roadmap/overview-parts");
const PhaseCard = deferred(() => parts().then((m) => m.PhaseCard));
const RoadmapPageHeader = deferred(() => parts().then((m) => m.RoadmapPageHeader));
const TaskList = deferred(() => parts().then((m) => m.TaskList));
const Timeline = deferred(() => parts().then((m) => m.Timeline));
const RoadmapChainLinks = deferred(() => parts().then((m) => m.RoadmapChainLinks));

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.roadmap.title} · Fahrplan` : "Fahrplan" },
];

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const roadmapId = idParam(params.roadmapId);
  const overview = await getRoadmapOverview({ orgId: scope.org.id, roadmapId, today: todayIso() });
  if (!overview) notFound();
  await rememberRoadmap({ ...scope, roadmapId: overview.roadmap.id });
  return {
    ...overview,
    orgSlug: scope.org.slug,
    canEdit: can(scope.role, "roadmap:update"),
    canCreate: can(scope.role, "roadmap:create"),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor } = actionContext(context);
  const roadmapId = idParam(params.roadmapId);
  requirePermission(scope, "roadmap:update");
  const form = parseForm(await request.formData(), RoadmapStatusSchema, t);
  if (!form.ok)
    return data(
      { ok: false as const, message: t("roadmaps.errors.statusNotAllowed") },
      { status: 400 },
    );
  // Completing goes through the closing review (a form without JavaScript still posts here).
  if (form.data.status === "completed") {
    throw redirect(`/o/${scope.org.slug}/roadmaps/${roadmapId}/review`);
  }
  const result = await setRoadmapStatus({ ...actor, roadmapId, to: form.data.status });
  if (result.status === "not_found") notFound();
  if (result.status === "not_allowed") {
    return data(
      { ok: false as const, message: t("roadmaps.errors.statusNotAllowed") },
      { status: 409 },
    );
  }
  return {
    ok: true as const,
    message: t("roadmaps.status.changed", { status: t(`roadmap.status.${form.data.status}`) }),
  };
}

const healthTone: Record<string, Tone> = {
  ahead: "success",
  on_track: "success",
  behind: "warning",
};

export default function RoadmapOverview({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const navigation = useNavigation();
  const timeline = d.timeline;
  const base = `/o/${d.orgSlug}/roadmaps/${d.roadmap.id}`;
  const where =
    timeline.state === "running"
      ? `${t("roadmap.weekOf", { week: timeline.week, total: d.weeks.length })} · ${t(`phase.${timeline.phase}`)}`
      : timeline.state === "not_started"
        ? t("roadmap.notStarted", { date: formatDate(d.roadmap.startDate, locale) })
        : t("roadmap.finished", { date: formatDate(d.roadmap.endDate, locale) });

  return (
    <div className="flex flex-col gap-6">
      <RoadmapPageHeader
        orgSlug={d.orgSlug}
        roadmap={d.roadmap}
        showRoadmapLink={false}
        title={d.roadmap.title}
        titleEnd={
          <Badge tone={d.roadmap.status === "active" ? "brand" : "neutral"}>
            {t(`roadmap.status.${d.roadmap.status}`)}
          </Badge>
        }
      >
        <p className="text-ink-muted">
          {t("roadmap.dateRange", {
            start: formatDate(d.roadmap.startDate, locale),
            end: formatDate(d.roadmap.endDate, locale),
          })}{" "}
          · <span className="font-medium text-ink">{where}</span>
          {d.roadmap.focusArea ? (
            <> · {t("roadmaps.focusAreaShort", { area: d.roadmap.focusArea })}</>
          ) : null}
        </p>
        {d.roadmap.ambition ? (
          <p className="max-w-3xl text-lead text-ink-muted">
            <span className="sr-only">{t("roadmap.ambition")}: </span>
            {d.roadmap.ambition}
          </p>
        ) : null}
        <RoadmapChainLinks orgSlug={d.orgSlug} chain={d.chain} />
        {d.chain.hasDecisionPaper &&
        (d.roadmap.status === "completed" || d.roadmap.status === "archived") ? (
          <p className="no-print">
            <Link to={`${base}/review`} className={buttonClass("secondary")}>
              {t("reviews.paperLink")}
            </Link>
          </p>
        ) : null}
        {d.canEdit ? (
          <div className="no-print flex flex-wrap items-center gap-2">
            {d.chain.canGenerateNext ? (
              <Link to={`${base}/next`} className={buttonClass("primary")}>
                {t("nextRoadmap.link")}
              </Link>
            ) : null}
            <Link to={`${base}/edit`} className={buttonClass("secondary")}>
              {t("roadmaps.edit.link")}
            </Link>
            {nextStatuses(d.roadmap.status).map((status) =>
              status === "completed" ? (
                // Completing is the end of the plan: it goes through the closing review.
                <Link key={status} to={`${base}/review`} className={buttonClass("ghost")}>
                  {t("roadmaps.status.to.completed")}
                </Link>
              ) : (
                <Form method="post" key={status}>
                  <input type="hidden" name="status" value={status} />
                  <button
                    type="submit"
                    disabled={navigation.state === "submitting"}
                    className={buttonClass(
                      status === "active" && d.roadmap.status === "draft" ? "primary" : "ghost",
                    )}
                  >
                    {t(`roadmaps.status.to.${status}`)}
                  </button>
                </Form>
              ),
            )}
          </div>
        ) : null}
        {actionData ? (
          <FormAlert tone={actionData.ok ? "success" : "danger"}>{actionData.message}</FormAlert>
        ) : null}
      </RoadmapPageHeader>

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

      <Timeline
        weeks={d.weeks}
        phases={d.phases}
        today={d.today}
        startDate={d.roadmap.startDate}
        boardHref={(kind) => `${base}/phases/${kind}`}
      />

      <section aria-label={t("roadmaps.phasesLabel")} className="grid gap-4 md:grid-cols-3">
        {d.phases.map((phase) => (
          <PhaseCard
            key={phase.kind}
            phase={phase}
            isCurrent={timeline.state === "running" && timeline.phase === phase.kind}
            href={`${base}/phases/${phase.kind}`}
          />
        ))}
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="due-title">
          <CardTitle id="due-title">{t("roadmap.dueThisWeek")}</CardTitle>
          <TaskList
            tasks={d.dueThisWeek}
            empty={t("roadmap.dueThisWeekEmpty")}
            hrefFor={(task) => `${base}/tasks/${task.id}`}
          />
        </Card>
        <Card aria-labelledby="overdue-title">
          <div className="flex items-baseline justify-between gap-2">
            <CardTitle id="overdue-title">{t("roadmap.overdue")}</CardTitle>
            {d.overdueCount > 0 ? <Badge tone="danger">{d.overdueCount}</Badge> : null}
          </div>
          <TaskList
            tasks={d.overdue}
            empty={t("roadmap.overdueEmpty")}
            tone="danger"
            hrefFor={(task) => `${base}/tasks/${task.id}`}
          />
        </Card>
      </div>

      <section aria-labelledby="other-title" className="no-print">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="other-title" className="text-lead font-semibold">
            {t("roadmap.otherRoadmaps")}
          </h2>
          <div className="flex flex-wrap gap-3 text-caption font-medium">
            <Link
              to={`/o/${d.orgSlug}/roadmaps`}
              className="text-brand underline-offset-2 hover:underline"
            >
              {t("roadmaps.list.all")}
            </Link>
            {d.canCreate ? (
              <Link
                to={`/o/${d.orgSlug}/roadmaps/new`}
                className="text-brand underline-offset-2 hover:underline"
              >
                {t("roadmaps.list.new")}
              </Link>
            ) : null}
          </div>
        </div>
        {d.otherRoadmaps.length > 0 ? (
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
        ) : (
          <p className="mt-2 text-caption text-ink-muted">{t("roadmaps.list.noOthers")}</p>
        )}
      </section>
    </div>
  );
}
