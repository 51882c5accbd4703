import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/new";
import { SourceForm } from "~/components/data-sources/source-form";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { getUseCaseHead, listOwnerOptions } from "~/modules/data-sources/data-sources.server";
import { createDataSource } from "~/modules/data-sources/edit.server";
import { DataSourceFormSchema } from "~/modules/data-sources/schema";
import { pageTitle } from "~/lib/route/meta";
import { submittedValues } from "~/lib/forms.server";
import { idParam } from "~/lib/params.server";
import { requestT } from "~/lib/route/context.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "datasource:manage");
  const useCaseId = idParam(params.useCaseId);
  const { t } = requestT(context);
  const [useCase, members] = await Promise.all([
    getUseCaseHead({ orgId: scope.org.id, useCaseId }),
    listOwnerOptions({ orgId: scope.org.id }),
  ]);
  if (!useCase || useCase.isArchived) notFound();
  return {
    pageTitle: `${t("dataSources.form.newTitle")} · ${useCase.title}`,
    orgSlug: scope.org.slug,
    useCase,
    members,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "datasource:manage");
  const useCaseId = idParam(params.useCaseId);
  const user = getUser(context);
  const { t, requestId } = requestT(context);
  const formData = await request.formData();
  const form = parseForm(formData, DataSourceFormSchema, t);
  if (!form.ok) {
    return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  }
  const result = await createDataSource({
    orgId: scope.org.id,
    actorId: user.id,
    requestId,
    useCaseId,
    input: form.data,
  });
  if (result.ok) {
    const done = new URLSearchParams({ done: "created", name: form.data.name });
    throw redirect(`/o/${scope.org.slug}/use-cases/${useCaseId}/data-sources?${done}`);
  }
  if (result.reason === "not_found") notFound();
  const fieldErrors: Record<string, string> =
    result.reason === "invalid_owner" ? { ownerId: t("dataSources.errors.owner") } : {};
  return data(
    {
      ok: false as const,
      fieldErrors,
      values: submittedValues(formData),
      formError:
        result.reason === "archived"
          ? t("dataSources.errors.archived")
          : t("validation.formErrors"),
    },
    { status: result.reason === "archived" ? 409 : 400 },
  );
}

export default function NewDataSource({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const back = `/o/${d.orgSlug}/use-cases/${d.useCase.id}/data-sources`;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link
          to={back}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          ← {t("dataSources.title")} · {d.useCase.title}
        </Link>
        <h1 className="text-display">{t("dataSources.form.newTitle")}</h1>
      </header>
      <div className="rounded-card border border-line bg-surface-raised p-5 shadow-card sm:p-6">
        <SourceForm
          members={d.members}
          values={actionData?.values ?? {}}
          errors={actionData?.fieldErrors}
          formError={actionData?.formError}
          submitLabel={t("dataSources.form.create")}
          cancelTo={back}
        />
      </div>
    </div>
  );
}
