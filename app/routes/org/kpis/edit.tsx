import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/edit";
import { KpiForm } from "~/components/kpis/kpi-form";
import { requestContext } from "~/lib/context.server";
import { parseForm, referenceErrors, submittedValues } from "~/lib/forms.server";
import type { FormFailure } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { kpiToFormValues } from "~/modules/kpis/form-values";
import { getKpiForEdit, getKpiFormOptions } from "~/modules/kpis/kpis.server";
import { updateKpi } from "~/modules/kpis/edit.server";
import { KPI_REFERENCE_MESSAGES, UpdateKpiSchema } from "~/modules/kpis/schema";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.title} · Fahrplan` : "Fahrplan" },
];

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "kpi:update");
  const { locale } = context.get(requestContext);
  const kpiId = idParam(params.kpiId);
  const [kpi, options] = await Promise.all([
    getKpiForEdit({ orgId: scope.org.id, kpiId }),
    getKpiFormOptions({ orgId: scope.org.id }),
  ]);
  if (!kpi || kpi.isArchived) notFound();
  return {
    title: createT(locale)("kpis.form.editTitle"),
    orgSlug: scope.org.slug,
    kpi: { id: kpi.id, name: kpi.name, version: kpi.version },
    values: kpiToFormValues(kpi, locale),
    options,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "kpi:update");
  const user = getUser(context);
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const kpiId = idParam(params.kpiId);
  const formData = await request.formData();
  const form = parseForm(formData, UpdateKpiSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const result = await updateKpi({
    orgId: scope.org.id,
    actorId: user.id,
    requestId,
    kpiId,
    input: form.data,
  });
  if (result.ok) throw redirect(`/o/${scope.org.slug}/kpis/${kpiId}?done=saved`);
  if (result.reason === "not_found") notFound();
  switch (result.reason) {
    // Someone saved in between: show the current values and say so (409).
    case "stale": {
      const current: FormFailure = {
        ok: false,
        fieldErrors: {},
        values: kpiToFormValues(result.current, locale),
      };
      return data(
        { ...current, version: result.current.version, formError: t("kpis.form.stale") },
        { status: 409 },
      );
    }
    // Typed-in measurements would vanish behind the oversight log's values.
    case "has_measurements": {
      return data(
        {
          ok: false as const,
          fieldErrors: { source: t("oversight.kpi.hasMeasurements") },
          values: submittedValues(formData),
          formError: t("validation.formErrors"),
        },
        { status: 409 },
      );
    }
    case "value_kind":
    case "measurements_outside_kind": {
      const fieldErrors =
        result.reason === "value_kind"
          ? Object.fromEntries(Object.entries(result.fields).map(([f, key]) => [f, t(key)]))
          : { valueKind: t("kpis.errors.measurementsOutsideKind", { count: result.count }) };
      return data(
        {
          ok: false as const,
          fieldErrors,
          values: submittedValues(formData),
          formError: t("validation.formErrors"),
        },
        { status: 400 },
      );
    }
    case "invalid_reference": {
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
  }
}

export default function EditKpi({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const version =
    actionData && "version" in actionData && typeof actionData.version === "number"
      ? actionData.version
      : d.kpi.version;
  const back = `/o/${d.orgSlug}/kpis/${d.kpi.id}`;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link to={back} className="text-caption text-ink-muted hover:text-brand">
          ← {d.kpi.name}
        </Link>
        <h1 className="text-display">{t("kpis.form.editTitle")}</h1>
      </header>
      <div className="rounded-card border border-line bg-surface-raised p-5 shadow-card sm:p-6">
        <KpiForm
          // A stale save brings new values and a new version: remount with them.
          key={version}
          options={d.options}
          values={actionData?.values ?? d.values}
          errors={actionData?.fieldErrors}
          formError={actionData?.formError}
          version={version}
          submitLabel={t("kpis.form.save")}
          cancelTo={back}
        />
      </div>
    </div>
  );
}
