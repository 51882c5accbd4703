import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/new";
import { UseCaseForm } from "~/components/use-cases/use-case-form";
import { FormAlert } from "~/components/ui/form-alert";
import { parseForm, referenceErrors, submittedValues } from "~/lib/forms.server";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { UseCaseFormSchema, USE_CASE_REFERENCE_MESSAGES } from "~/modules/use-cases/schema";
import { getUseCaseFormOptions } from "~/modules/use-cases/use-cases.server";
import { createUseCase } from "~/modules/use-cases/edit.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "usecase:create");
  const { t } = requestT(context);
  const options = await getUseCaseFormOptions({ orgId: scope.org.id });
  return { pageTitle: t("useCases.form.createTitle"), orgSlug: scope.org.slug, ...options };
}

export async function action({ request, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "usecase:create");
  const user = getUser(context);
  const { t, requestId } = requestT(context);
  const formData = await request.formData();
  const form = parseForm(formData, UseCaseFormSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const result = await createUseCase({
    orgId: scope.org.id,
    actorId: user.id,
    requestId,
    input: form.data,
  });
  if (!result.ok) {
    return data(
      {
        ok: false as const,
        fieldErrors: referenceErrors(result.invalid, t, USE_CASE_REFERENCE_MESSAGES),
        values: submittedValues(formData),
        formError: t("validation.formErrors"),
      },
      { status: 400 },
    );
  }
  throw redirect(`/o/${scope.org.slug}/use-cases/${result.id}`);
}

export default function NewUseCase({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link
          to={`/o/${d.orgSlug}/use-cases`}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          ← {t("useCases.detail.backToList")}
        </Link>
        <h1 className="text-display">{t("useCases.form.createTitle")}</h1>
      </header>
      <FormAlert>{actionData?.formError}</FormAlert>
      <UseCaseForm
        values={actionData?.values ?? {}}
        errors={actionData?.fieldErrors}
        roadmaps={d.roadmaps}
        members={d.members}
        submitLabel={t("useCases.form.create")}
        cancelHref={`/o/${d.orgSlug}/use-cases`}
      />
    </div>
  );
}
