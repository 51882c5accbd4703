import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/edit";
import { UseCaseForm } from "~/components/use-cases/use-case-form";
import { ConflictNotice } from "~/components/ui/conflict-notice";
import { FormAlert } from "~/components/ui/form-alert";
import { parseForm, referenceErrors, submittedValues } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { formatCents, formatNumber } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { formValuesForUseCase } from "~/modules/use-cases/form-values";
import { UpdateUseCaseSchema, USE_CASE_REFERENCE_MESSAGES } from "~/modules/use-cases/schema";
import type { UseCaseSummary } from "~/modules/use-cases/use-cases.server";
import { getUseCase, getUseCaseFormOptions } from "~/modules/use-cases/use-cases.server";
import { updateUseCase } from "~/modules/use-cases/edit.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "usecase:update");
  const useCaseId = idParam(params.useCaseId);
  const { t, locale } = requestT(context);
  const [useCase, options] = await Promise.all([
    getUseCase({ orgId: scope.org.id, useCaseId }),
    getUseCaseFormOptions({ orgId: scope.org.id }),
  ]);
  if (!useCase) notFound();
  // The linked roadmap stays selectable even when it is archived.
  const roadmaps =
    useCase.roadmapId && !options.roadmaps.some((r) => r.id === useCase.roadmapId)
      ? [...options.roadmaps, { id: useCase.roadmapId, title: useCase.roadmapTitle ?? "" }]
      : options.roadmaps;
  return {
    pageTitle: `${t("useCases.form.editTitle")}: ${useCase.title}`,
    orgSlug: scope.org.slug,
    useCase: { id: useCase.id, title: useCase.title, version: useCase.version },
    values: formValuesForUseCase(useCase, locale),
    roadmaps,
    members: options.members,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "usecase:update");
  const useCaseId = idParam(params.useCaseId);
  const user = getUser(context);
  const { t, requestId } = requestT(context);
  const formData = await request.formData();
  const form = parseForm(formData, UpdateUseCaseSchema, t);
  if (!form.ok) {
    return data(
      { ...form, formError: t("validation.formErrors"), conflict: null },
      { status: 400 },
    );
  }
  const { version, ...input } = form.data;
  const result = await updateUseCase({
    orgId: scope.org.id,
    actorId: user.id,
    requestId,
    useCaseId,
    version,
    input,
  });
  if (result.ok) throw redirect(`/o/${scope.org.slug}/use-cases/${useCaseId}`);
  if (result.reason === "not_found") notFound();
  const values = submittedValues(formData);
  if (result.reason === "invalid") {
    return data(
      {
        ok: false as const,
        fieldErrors: referenceErrors(result.invalid, t, USE_CASE_REFERENCE_MESSAGES),
        values,
        formError: t("validation.formErrors"),
        conflict: null,
      },
      { status: 400 },
    );
  }
  // Stale edit: keep what the user typed, show the saved version, and let a second
  // save (now carrying the current version) overwrite it knowingly.
  return data(
    {
      ok: false as const,
      fieldErrors: {},
      values: { ...values, version: String(result.current.version) },
      formError: null,
      conflict: result.current,
    },
    { status: 409 },
  );
}

export default function EditUseCase({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const conflict = actionData?.conflict ?? null;
  const version = conflict ? conflict.version : d.useCase.version;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link
          to={`/o/${d.orgSlug}/use-cases/${d.useCase.id}`}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          ← {d.useCase.title}
        </Link>
        <h1 className="text-display">{t("useCases.form.editTitle")}</h1>
      </header>
      <FormAlert>{actionData?.formError}</FormAlert>
      {conflict ? <ConflictPanel current={conflict} /> : null}
      <UseCaseForm
        // A conflict brings a new version; remount so the hidden field takes it.
        key={version}
        values={actionData?.values ?? d.values}
        errors={actionData?.fieldErrors}
        roadmaps={d.roadmaps}
        members={d.members}
        version={version}
        submitLabel={t("useCases.form.save")}
        cancelHref={`/o/${d.orgSlug}/use-cases/${d.useCase.id}`}
      />
    </div>
  );
}

function ConflictPanel({ current }: { current: UseCaseSummary }) {
  const { t, locale } = useI18n();
  const rows: [string, string][] = [
    [t("useCases.field.title"), current.title],
    [t("useCases.field.area"), t(`useCases.area.${current.area}`)],
    [t("useCases.table.status"), t(`useCases.status.${current.status}`)],
    [t("useCases.field.owner"), current.ownerName ?? t("useCases.field.noOwner")],
    [t("useCases.field.roadmap"), current.roadmapTitle ?? t("useCases.field.noRoadmap")],
    [
      t("useCases.field.hoursSavedPerWeek"),
      formatNumber(current.hoursSavedPerWeek, locale, { maximumFractionDigits: 2 }),
    ],
    [t("useCases.field.hourlyCost"), formatCents(current.hourlyCostCents, locale)],
    [t("useCases.field.extraRevenue"), formatCents(current.extraRevenueCents, locale)],
    [
      t("useCases.field.errorReduction"),
      formatNumber(current.errorReductionPct, locale, { maximumFractionDigits: 1 }),
    ],
    [t("useCases.field.ratingValue"), String(current.ratings.value)],
    [t("useCases.field.ratingDataQuality"), String(current.ratings.dataQuality)],
    [t("useCases.field.ratingDataProtection"), String(current.ratings.dataProtectionRisk)],
    [t("useCases.field.ratingTeamReadiness"), String(current.ratings.teamReadiness)],
    [t("useCases.field.ratingEffort"), String(current.ratings.effort)],
  ];
  return (
    <ConflictNotice
      title={t("useCases.conflict.title")}
      body={t("useCases.conflict.body")}
      caption={t("useCases.conflict.current")}
      rows={rows}
    />
  );
}
