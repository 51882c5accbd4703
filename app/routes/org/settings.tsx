import { data, Form, Link, redirect, useSearchParams } from "react-router";
import type { Route } from "./+types/settings";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { ConflictNotice } from "~/components/ui/conflict-notice";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Select } from "~/components/ui/select";
import { requestContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { conflictReply } from "~/lib/route/conflict.server";
import { revalidateAfterConflict } from "~/lib/route/revalidate";
import { notFound } from "~/lib/http.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, getUser, requirePermission } from "~/lib/middleware.server";
import { getOrganisationSettings, updateOrganisation } from "~/modules/orgs/orgs.server";
import { EMPLOYEE_BANDS, TIME_ZONES } from "~/modules/orgs/options";
import { UpdateOrgSchema } from "~/modules/orgs/schema";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export const shouldRevalidate = revalidateAfterConflict;

export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "org:update");
  const settings = await getOrganisationSettings({ orgId: scope.org.id });
  if (!settings) notFound();
  return {
    pageTitle: requestT(context).t("accounts.orgSettings.title"),
    settings,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "org:update");
  const user = getUser(context);
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const formData = await request.formData();
  const form = parseForm(formData, UpdateOrgSchema, t);
  if (!form.ok) {
    return data({ ...form, formError: t("validation.formErrors"), current: null }, { status: 400 });
  }
  const result = await updateOrganisation({
    orgId: scope.org.id,
    actorId: user.id,
    input: form.data,
    requestId,
  });
  if (result.status === "not_found") notFound();
  if (result.status === "conflict") {
    const formError = t("accounts.orgSettings.conflict");
    return conflictReply(formData, { formError, current: result.current }, {});
  }
  return redirect(`/o/${scope.org.slug}/settings?saved=1`);
}

export default function OrgSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const s = loaderData.settings;
  const errors: Record<string, string> = actionData?.fieldErrors ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  const current = actionData?.current;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <header>
        <h1 className="text-display">{t("accounts.orgSettings.title")}</h1>
        <p className="mt-1 text-ink-muted">{t("accounts.orgSettings.intro")}</p>
      </header>
      {searchParams.get("saved") ? (
        <FormAlert tone="success">{t("accounts.orgSettings.saved")}</FormAlert>
      ) : null}
      {current ? (
        <ConflictNotice
          title={actionData?.formError ?? ""}
          body={t("conflict.body")}
          rows={[
            [t("accounts.onboarding.name"), current.name],
            [t("accounts.onboarding.industry"), current.industry || "—"],
            [
              t("accounts.onboarding.employeeBand"),
              t(`accounts.onboarding.bands.${current.employeeBand}`),
            ],
            [t("accounts.onboarding.locale"), t(`app.languageName.${current.locale}`)],
            [t("accounts.orgSettings.timeZone"), current.timeZone],
          ]}
        />
      ) : (
        <FormAlert>{actionData?.formError}</FormAlert>
      )}
      <Card>
        <Form method="post" className="flex flex-col gap-4" noValidate>
          <input type="hidden" name="version" value={s.version} />
          <Field
            label={t("accounts.onboarding.name")}
            name="name"
            defaultValue={values.name ?? s.name}
            error={errors.name}
          />
          <Field
            label={t("accounts.orgSettings.slug")}
            name="slug-display"
            value={`/o/${s.slug}`}
            readOnly
            hint={t("accounts.orgSettings.slugHint")}
          />
          <Field
            label={t("accounts.onboarding.industry")}
            name="industry"
            defaultValue={values.industry ?? s.industry}
            error={errors.industry}
          />
          <Select
            label={t("accounts.onboarding.employeeBand")}
            name="employeeBand"
            defaultValue={values.employeeBand ?? s.employeeBand}
            error={errors.employeeBand}
            options={EMPLOYEE_BANDS.map((band) => ({
              value: band,
              label: t(`accounts.onboarding.bands.${band}`),
            }))}
          />
          <Select
            label={t("accounts.onboarding.locale")}
            name="locale"
            defaultValue={values.locale ?? s.locale}
            error={errors.locale}
            options={[
              { value: "de", label: t("app.languageName.de") },
              { value: "en", label: t("app.languageName.en") },
            ]}
          />
          <Select
            label={t("accounts.orgSettings.timeZone")}
            name="timeZone"
            defaultValue={values.timeZone ?? s.timeZone}
            error={errors.timeZone}
            hint={t("accounts.orgSettings.timeZoneHint")}
            options={
              (TIME_ZONES as readonly string[]).includes(s.timeZone)
                ? TIME_ZONES.map((zone) => ({ value: zone, label: zone }))
                : [
                    { value: s.timeZone, label: s.timeZone },
                    ...TIME_ZONES.map((zone) => ({ value: zone, label: zone })),
                  ]
            }
          />
          <div>
            <Button type="submit">
              {current ? t("conflict.saveAnyway") : t("accounts.orgSettings.save")}
            </Button>
          </div>
        </Form>
      </Card>
      <p>
        <Link
          to={`/o/${s.slug}/settings/outbox`}
          className="font-medium text-brand underline-offset-2 hover:underline"
        >
          {t("mail.outbox.link")}
        </Link>
      </p>
    </div>
  );
}
