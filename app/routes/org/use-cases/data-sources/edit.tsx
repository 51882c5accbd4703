import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/edit";
import { SourceForm } from "~/components/data-sources/source-form";
import { Button } from "~/components/ui/button";
import { FormAlert } from "~/components/ui/form-alert";
import { parseForm } from "~/lib/forms.server";
import { notFound } from "~/lib/http.server";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { getDataSourceForEdit, listOwnerOptions } from "~/modules/data-sources/data-sources.server";
import { deleteDataSource, updateDataSource } from "~/modules/data-sources/edit.server";
import { sourceToFormValues } from "~/modules/data-sources/form-values";
import { DeleteDataSourceSchema, UpdateDataSourceSchema } from "~/modules/data-sources/schema";
import { pageTitle } from "~/lib/route/meta";
import { submittedValues } from "~/lib/forms.server";
import { idParam } from "~/lib/params.server";
import { requestT } from "~/lib/route/context.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "datasource:manage");
  const useCaseId = idParam(params.useCaseId);
  const dataSourceId = idParam(params.dataSourceId);
  const { t } = requestT(context);
  const [found, members] = await Promise.all([
    getDataSourceForEdit({ orgId: scope.org.id, useCaseId, dataSourceId }),
    listOwnerOptions({ orgId: scope.org.id }),
  ]);
  if (!found || found.useCase.isArchived) notFound();
  return {
    pageTitle: `${t("dataSources.form.editTitle")} · ${found.source.name}`,
    orgSlug: scope.org.slug,
    useCase: found.useCase,
    source: { id: found.source.id, name: found.source.name, version: found.source.version },
    values: sourceToFormValues(found.source),
    members,
  };
}

type EditActionData = {
  intent: "save" | "delete";
  fieldErrors: Record<string, string>;
  values?: Record<string, string>;
  formError: string;
  /** After a stale save or delete: the version to try again with (a 4xx does not reload the page's data). */
  version?: number;
};

function reply(body: EditActionData, status: number) {
  return data(body, { status });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "datasource:manage");
  const useCaseId = idParam(params.useCaseId);
  const dataSourceId = idParam(params.dataSourceId);
  const user = getUser(context);
  const { t, requestId } = requestT(context);
  const formData = await request.formData();
  const actor = { orgId: scope.org.id, actorId: user.id, requestId, useCaseId, dataSourceId };
  const list = `/o/${scope.org.slug}/use-cases/${useCaseId}/data-sources`;

  if (formData.get("intent") === "delete") {
    const form = parseForm(formData, DeleteDataSourceSchema, t);
    if (!form.ok) {
      return reply(
        { intent: "delete", fieldErrors: {}, formError: t("errors.badRequestBody") },
        400,
      );
    }
    const result = await deleteDataSource({ ...actor, version: form.data.version });
    if (result.ok)
      throw redirect(`${list}?${new URLSearchParams({ done: "deleted", name: result.name })}`);
    if (result.reason === "not_found") notFound();
    if (result.reason === "stale") {
      const formError = t("dataSources.form.deleteStale");
      return reply({ intent: "delete", fieldErrors: {}, formError, version: result.version }, 409);
    }
    const formError = t("dataSources.errors.archived");
    return reply({ intent: "delete", fieldErrors: {}, formError }, 409);
  }

  const form = parseForm(formData, UpdateDataSourceSchema, t);
  if (!form.ok) {
    return reply({ intent: "save", ...form, formError: t("validation.formErrors") }, 400);
  }
  const { version, ...input } = form.data;
  const result = await updateDataSource({ ...actor, version, input });
  if (result.ok) throw redirect(`${list}?done=saved`);
  if (result.reason === "not_found") notFound();
  switch (result.reason) {
    // Someone saved in between: show the current values and say so (409).
    case "stale":
      return reply(
        {
          intent: "save",
          fieldErrors: {},
          values: sourceToFormValues(result.current),
          formError: t("dataSources.form.stale"),
          version: result.current.version,
        },
        409,
      );
    case "archived":
      return reply(
        {
          intent: "save",
          fieldErrors: {},
          values: submittedValues(formData),
          formError: t("dataSources.errors.archived"),
        },
        409,
      );
    case "invalid_owner":
      return reply(
        {
          intent: "save",
          fieldErrors: { ownerId: t("dataSources.errors.owner") },
          values: submittedValues(formData),
          formError: t("validation.formErrors"),
        },
        400,
      );
  }
}

export default function EditDataSource({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const back = `/o/${d.orgSlug}/use-cases/${d.useCase.id}/data-sources`;
  const saveResult = actionData?.intent === "save" ? actionData : undefined;
  const deleteResult = actionData?.intent === "delete" ? actionData : undefined;
  const version = actionData?.version ?? d.source.version;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link
          to={back}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          ← {t("dataSources.title")} · {d.useCase.title}
        </Link>
        <h1 className="text-display break-words">{t("dataSources.form.editTitle")}</h1>
        <p className="text-ink-muted break-words">{d.source.name}</p>
      </header>
      <div className="rounded-card border border-line bg-surface-raised p-5 shadow-card sm:p-6">
        <SourceForm
          // A stale save brings new values and a new version: remount with them.
          key={version}
          members={d.members}
          values={saveResult?.values ?? d.values}
          errors={saveResult?.fieldErrors}
          formError={saveResult?.formError}
          version={version}
          submitLabel={t("dataSources.form.save")}
          cancelTo={back}
        />
      </div>
      <section
        aria-labelledby="delete-title"
        className="flex flex-col gap-3 rounded-card border border-line bg-surface-raised p-5 shadow-card"
      >
        <h2 id="delete-title" className="text-lead font-semibold">
          {t("dataSources.form.deleteTitle")}
        </h2>
        <p className="text-caption text-ink-muted">{t("dataSources.form.deleteHint")}</p>
        <FormAlert>{deleteResult?.formError}</FormAlert>
        <Form method="post">
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="version" value={version} />
          <Button type="submit" variant="danger">
            {t("dataSources.form.delete")}
          </Button>
        </Form>
      </section>
    </div>
  );
}
