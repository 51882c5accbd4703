import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/new";
import { KpiForm } from "~/components/kpis/kpi-form";
import { requestContext } from "~/lib/context.server";
import { parseForm, referenceErrors, submittedValues } from "~/lib/forms.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { getKpiFormOptions } from "~/modules/kpis/kpis.server";
import { createKpi } from "~/modules/kpis/edit.server";
import { CreateKpiSchema, KPI_REFERENCE_MESSAGES } from "~/modules/kpis/schema";
import { addDaysIso, todayIso } from "~/modules/calendar/dates";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.title} · Fahrplan` : "Fahrplan" },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "kpi:create");
  const t = createT(context.get(requestContext).locale);
  const options = await getKpiFormOptions({ orgId: scope.org.id });
  // Preselect the roadmap named in the URL, else the active one, and date the line with it.
  const wanted = new URL(request.url).searchParams.get("roadmap");
  const roadmap =
    options.roadmaps.find((r) => r.id === wanted) ??
    options.roadmaps.find((r) => r.status === "active") ??
    options.roadmaps[0];
  const today = todayIso();
  return {
    title: t("kpis.form.newTitle"),
    orgSlug: scope.org.slug,
    options,
    defaults: {
      roadmapId: roadmap?.id ?? "",
      baselineDate: roadmap?.startDate ?? today,
      targetDate: roadmap?.endDate ?? addDaysIso(today, 89),
    },
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "kpi:create");
  const user = getUser(context);
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const formData = await request.formData();
  const form = parseForm(formData, CreateKpiSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const result = await createKpi({
    orgId: scope.org.id,
    actorId: user.id,
    requestId,
    input: form.data,
  });
  if (!result.ok) {
    return data(
      {
        ok: false as const,
        fieldErrors: referenceErrors(result.fields, t, KPI_REFERENCE_MESSAGES),
        values: submittedValues(formData),
        formError: t("validation.formErrors"),
      },
      { status: 400 },
    );
  }
  throw redirect(`/o/${scope.org.slug}/kpis/${result.id}?done=created`);
}

export default function NewKpi({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link to={`/o/${d.orgSlug}/kpis`} className="text-caption text-ink-muted hover:text-brand">
          ← {t("kpis.detail.back")}
        </Link>
        <h1 className="text-display">{t("kpis.form.newTitle")}</h1>
      </header>
      <div className="rounded-card border border-line bg-surface-raised p-5 shadow-card sm:p-6">
        <KpiForm
          options={d.options}
          values={actionData?.values ?? d.defaults}
          errors={actionData?.fieldErrors}
          formError={actionData?.formError}
          submitLabel={t("kpis.form.create")}
          cancelTo={`/o/${d.orgSlug}/kpis`}
        />
      </div>
    </div>
  );
}
