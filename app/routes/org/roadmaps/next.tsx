import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/next";
import { NextRoadmapForm } from "~/components/reviews/next-roadmap-form";
import { RoadmapPageHeader } from "~/components/roadmap/roadmap-page-header";
import { buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { requestContext } from "~/lib/context.server";
import { parseForm, submittedValues } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { formatDate, translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { actionContext } from "~/lib/route/context.server";
import { numberToInput } from "~/lib/numbers";
import { todayIso } from "~/modules/calendar/dates";
import { getNextRoadmapPage } from "~/modules/reviews/next-roadmap-page.server";
import { generateNextRoadmap } from "~/modules/reviews/next-roadmap.server";
import { NextRoadmapSchema, readTargets } from "~/modules/reviews/next-roadmap-schema";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · Fahrplan` : "Fahrplan" },
];

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "roadmap:update");
  const { locale } = context.get(requestContext);
  const page = await getNextRoadmapPage({
    orgId: scope.org.id,
    roadmapId: idParam(params.roadmapId),
    orgSlug: scope.org.slug,
  });
  if (!page) notFound();
  const view =
    page.state === "ready"
      ? {
          ...page,
          kpis: page.kpis.map((kpi) => ({
            ...kpi,
            targetInput: numberToInput(kpi.target, locale),
          })),
        }
      : page;
  return { pageTitle: translate(locale, "nextRoadmap.title"), orgSlug: scope.org.slug, page: view };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { scope, t, actor } = actionContext(context);
  requirePermission(scope, "roadmap:update");
  const roadmapId = idParam(params.roadmapId);
  const formData = await request.formData();
  const values = submittedValues(formData);
  const form = parseForm(formData, NextRoadmapSchema, t);
  const { targets, errors: targetErrors } = readTargets(values);
  const fieldErrors: Record<string, string> = form.ok ? {} : { ...form.fieldErrors };
  for (const [field, error] of Object.entries(targetErrors)) {
    fieldErrors[field] = t(error.message, error.params);
  }
  const refuse = (errors: Record<string, string>) =>
    data({ fieldErrors: errors, values, formError: t("validation.formErrors") }, { status: 400 });
  if (!form.ok || Object.keys(fieldErrors).length > 0) return refuse(fieldErrors);

  const result = await generateNextRoadmap({
    ...actor,
    roadmapId,
    orgSlug: scope.org.slug,
    options: {
      startDate: form.data.startDate,
      title: form.data.title,
      lengthDays: form.data.lengthDays ?? undefined,
      targets,
    },
    today: todayIso(),
  });
  if (result.status === "not_found") notFound();
  if (result.status === "not_ready") {
    return data(
      { fieldErrors: {}, values, formError: t("nextRoadmap.notReady.title") },
      { status: 409 },
    );
  }
  if (result.status === "invalid") {
    return refuse(
      Object.fromEntries(
        Object.entries(result.fieldErrors).map(([field, problem]) => [
          field,
          t(problem.key, problem.params),
        ]),
      ),
    );
  }
  return redirect(`/o/${scope.org.slug}/roadmaps/${result.id}`);
}

export default function NextRoadmap({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const page = d.page;
  const header = (
    <RoadmapPageHeader
      orgSlug={d.orgSlug}
      roadmap={page.previous}
      title={t("nextRoadmap.title")}
      intro={page.state === "ready" ? t("nextRoadmap.intro", { title: page.previous.title }) : null}
    />
  );
  if (page.state !== "ready") {
    const exists = page.state === "exists";
    return (
      <div className="flex flex-col gap-6">
        {header}
        <Card aria-labelledby="next-notice" className="max-w-2xl">
          <CardTitle id="next-notice">
            {exists ? t("nextRoadmap.exists.title") : t("nextRoadmap.notReady.title")}
          </CardTitle>
          <p className="mt-2 text-ink-muted">
            {exists
              ? t("nextRoadmap.exists.body", { title: page.successor.title })
              : t("nextRoadmap.notReady.body", { title: page.previous.title })}
          </p>
          {exists ? (
            <p className="mt-4">
              <Link
                to={`/o/${d.orgSlug}/roadmaps/${page.successor.id}`}
                className={buttonClass("primary")}
              >
                {t("nextRoadmap.exists.open", { title: page.successor.title })}
              </Link>
            </p>
          ) : null}
        </Card>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      {header}
      <NextRoadmapForm
        page={page}
        startHint={t("nextRoadmap.fields.startDateHint", {
          title: page.previous.title,
          date: formatDate(page.defaults.startDate, locale),
        })}
        failure={actionData}
      />
    </div>
  );
}
