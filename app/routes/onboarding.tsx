import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/onboarding";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { PublicShell } from "~/components/public-shell";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Select } from "~/components/ui/select";
import { requestContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getUser } from "~/lib/middleware.server";
import { createOrganisation } from "~/modules/orgs/orgs.server";
import { EMPLOYEE_BANDS } from "~/modules/orgs/options";
import { CreateOrgSchema } from "~/modules/orgs/schema";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export function loader({ context }: Route.LoaderArgs) {
  getUser(context);
  return { pageTitle: requestT(context).t("accounts.onboarding.title") };
}

/** Step 1 of onboarding: the organisation. Step 2, the first roadmap, is its start page. */
export async function action({ request, context }: Route.ActionArgs) {
  const user = getUser(context);
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const form = parseForm(await request.formData(), CreateOrgSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const org = await createOrganisation({ ...form.data, userId: user.id, requestId });
  return redirect(`/o/${org.slug}`);
}

export default function Onboarding({ actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const errors = actionData?.fieldErrors;
  const values = actionData?.values;
  return (
    <PublicShell>
      <div className="rounded-card border border-line bg-surface-raised p-6 shadow-card sm:p-8">
        <p className="text-caption font-semibold tracking-wide text-brand uppercase">
          {t("accounts.onboarding.step", { step: 1, total: 2 })}
        </p>
        <h1 className="mt-1 text-title">{t("accounts.onboarding.title")}</h1>
        <p className="mt-1 text-ink-muted">{t("accounts.onboarding.intro")}</p>
        <div className="mt-4">
          <FormAlert>{actionData?.formError}</FormAlert>
        </div>
        <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
          <Field
            label={t("accounts.onboarding.name")}
            name="name"
            required
            autoComplete="organization"
            defaultValue={values?.name ?? ""}
            error={errors?.name}
          />
          <Field
            label={t("accounts.onboarding.industry")}
            name="industry"
            hint={t("accounts.onboarding.industryHint")}
            defaultValue={values?.industry ?? ""}
            error={errors?.industry}
          />
          <Select
            label={t("accounts.onboarding.employeeBand")}
            name="employeeBand"
            defaultValue={values?.employeeBand ?? "E10_49"}
            error={errors?.employeeBand}
            options={EMPLOYEE_BANDS.map((band) => ({
              value: band,
              label: t(`accounts.onboarding.bands.${band}`),
            }))}
          />
          <Select
            label={t("accounts.onboarding.locale")}
            name="locale"
            defaultValue={values?.locale ?? locale}
            error={errors?.locale}
            options={[
              { value: "de", label: t("app.languageName.de") },
              { value: "en", label: t("app.languageName.en") },
            ]}
          />
          <Button type="submit">{t("accounts.onboarding.submit")}</Button>
        </Form>
      </div>
    </PublicShell>
  );
}
