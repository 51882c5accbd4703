import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/oversight";
import { formatKpiValue } from "~/components/kpis/format";
import { CorrectionKpiOffer } from "~/components/oversight/correction-kpi-offer";
import { OversightStats } from "~/components/oversight/oversight-stats";
import { ReviewFilters } from "~/components/oversight/review-filters";
import { ReviewsTable } from "~/components/oversight/reviews-table";
import { buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { FormAlert } from "~/components/ui/form-alert";
import { useI18n } from "~/lib/i18n/react";
import { requirePermission } from "~/lib/middleware.server";
import { IdParamSchema } from "~/lib/params";
import { can } from "~/lib/permissions";
import { CORRECTION_RATE_TARGET } from "~/modules/oversight/kpi-offer";
import { createCorrectionRateKpi } from "~/modules/oversight/kpi-offer.server";
import { getOversightLog, getReviewFormOptions } from "~/modules/oversight/oversight.server";
import { oversightRoute } from "~/modules/oversight/route.server";
import { parseReviewFilter } from "~/modules/oversight/schema";
import { todayIso } from "~/modules/calendar/dates";
import { pageTitle } from "~/lib/route/meta";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.title);

const FLASHES = ["recorded", "updated", "deleted", "kpiCreated"] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { scope, user, t, useCase, logPath } = await oversightRoute(context, params);
  const search = new URL(request.url).searchParams;
  const filter = parseReviewFilter(search);
  const orgId = scope.org.id;
  const [{ list, overview }, options] = await Promise.all([
    getOversightLog({ orgId, useCaseId: useCase.id, filter, today: todayIso() }),
    getReviewFormOptions({ orgId, useCaseId: useCase.id, userId: user.id }),
  ]);
  const done = search.get("done");
  const task = IdParamSchema.safeParse(search.get("task"));
  return {
    title: `${t("oversight.logTitle")} · ${useCase.title}`,
    orgSlug: scope.org.slug,
    useCase,
    filter,
    list,
    overview,
    people: options.people,
    logPath,
    flash: (FLASHES as readonly string[]).includes(done ?? "")
      ? (done as (typeof FLASHES)[number])
      : null,
    followUpTaskId: task.success ? task.data : null,
    canRecord: can(scope.role, "oversight:record") && !useCase.isArchived,
    canManage: can(scope.role, "oversight:manage"),
    canCreateKpi: can(scope.role, "kpi:create") && !useCase.isArchived,
  };
}

/** The log's one action: the one-click correction-rate KPI (also posted from the use case). */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor, useCase, logPath } = await oversightRoute(context, params);
  requirePermission(scope, "kpi:create");
  const formData = await request.formData();
  if (formData.get("intent") !== "create-kpi") {
    return data({ formError: t("errors.badRequestBody") }, { status: 400 });
  }
  if (useCase.isArchived) {
    return data({ formError: t("oversight.errors.archived") }, { status: 409 });
  }
  const result = await createCorrectionRateKpi({
    ...actor,
    useCase,
    name: t("oversight.kpi.defaultName", { useCase: useCase.title }),
    today: todayIso(),
  });
  if (!result.ok) return data({ formError: t("errors.badRequestBody") }, { status: 400 });
  throw redirect(`${logPath}?done=kpiCreated`);
}

export default function OversightLog({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { totals } = d.list;
  const useCasePath = `/o/${d.orgSlug}/use-cases/${d.useCase.id}`;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link
          to={useCasePath}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          ← {t("oversight.backToUseCase")}
        </Link>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex flex-col gap-1">
            <h1 className="text-display">{t("oversight.logTitle")}</h1>
            <p className="text-ink-muted">{d.useCase.title}</p>
          </div>
          {d.canRecord ? (
            <Link to={`${d.logPath}/new`} className={buttonClass("primary")}>
              {t("oversight.record")}
            </Link>
          ) : null}
        </div>
        <p className="max-w-3xl text-caption text-ink-muted">{t("oversight.intro")}</p>
      </header>

      {d.flash ? (
        <FormAlert tone="success">
          {t(`oversight.flash.${d.flash}`)}
          {d.followUpTaskId && d.useCase.roadmap ? (
            <>
              {" "}
              <Link
                to={`/o/${d.orgSlug}/roadmaps/${d.useCase.roadmap.id}/tasks/${d.followUpTaskId}`}
                className="underline underline-offset-2"
              >
                {t("oversight.followUp.open")}
              </Link>
            </>
          ) : null}
        </FormAlert>
      ) : null}
      <FormAlert>{actionData?.formError}</FormAlert>

      <Card aria-labelledby="oversight-summary" className="flex flex-col gap-3">
        <CardTitle id="oversight-summary">{t("oversight.title")}</CardTitle>
        <OversightStats summary={d.overview.summary} />
        <CorrectionKpiOffer
          orgSlug={d.orgSlug}
          logPath={d.logPath}
          kpis={d.overview.kpis}
          canCreate={d.canCreateKpi}
          target={formatKpiValue(CORRECTION_RATE_TARGET, "%", locale)}
        />
      </Card>

      <section aria-labelledby="reviews-title" className="flex flex-col gap-4">
        <h2 id="reviews-title" className="text-title">
          {t("oversight.allReviews")}
        </h2>
        <ReviewFilters filter={d.filter} people={d.people} />
        <p className="text-caption text-ink-muted" aria-live="polite">
          {t("oversight.totals.sessions", { count: totals.sessions })} ·{" "}
          {t("oversight.totals.reviewed", { count: totals.reviewed })}
          {totals.correctionRate !== null
            ? ` · ${t("oversight.totals.rate", { rate: formatKpiValue(totals.correctionRate, "%", locale) })}`
            : ""}
        </p>
        {d.list.reviews.length === 0 ? (
          <p className="rounded-card border border-dashed border-line-strong px-6 py-8 text-center text-ink-muted">
            {totals.sessions === 0 && !d.filter.from && !d.filter.to && !d.filter.reviewerId
              ? t("oversight.noReviews")
              : t("oversight.filter.noMatch")}
          </p>
        ) : (
          <div className="rounded-card border border-line bg-surface-raised p-4 shadow-card">
            <ReviewsTable
              reviews={d.list.reviews}
              orgSlug={d.orgSlug}
              logPath={d.logPath}
              canManage={d.canManage}
            />
          </div>
        )}
        {d.list.isTruncated ? (
          <p className="text-caption text-ink-muted">
            {t("oversight.truncated", { count: d.list.reviews.length })}
          </p>
        ) : null}
      </section>
    </div>
  );
}
