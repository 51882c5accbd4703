import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import type { Route } from "./+types/sign-up";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { PublicNotice } from "~/components/public-notice";
import { NewPasswordField } from "~/components/new-password-field";
import { PublicShell } from "~/components/public-shell";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { requestContext, userContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { appOrigin } from "~/lib/http.server";
import type { FormFailure } from "~/lib/forms.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { safeRedirect } from "~/lib/paths";
import { clientIp, takeSignUp } from "~/lib/rate-limit.server";
import { requestSignUp, SIGN_UP_LINK_HOURS } from "~/modules/auth/sign-up.server";
import { SignUpSchema } from "~/modules/auth/schema";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export function loader({ context, request }: Route.LoaderArgs) {
  if (context.get(userContext)) throw redirect("/");
  const sent = new URL(request.url).searchParams.has("sent");
  return {
    pageTitle: requestT(context).t("accounts.signUp.title"),
    sent,
    linkHours: SIGN_UP_LINK_HOURS,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const form = parseForm(await request.formData(), SignUpSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const limit = await takeSignUp(clientIp(request));
  if (limit.limited) {
    const failure: FormFailure = {
      ok: false,
      fieldErrors: {},
      values: { name: form.data.name, email: form.data.email },
    };
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return data(
      { ...failure, formError: t("accounts.signUp.tooMany", { minutes }) },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  // The same answer whether or not the address is registered: only its mailbox learns.
  await requestSignUp({
    ...form.data,
    redirectTo: form.data.redirectTo ? safeRedirect(form.data.redirectTo, "/onboarding") : null,
    locale,
    origin: appOrigin(request),
    requestId,
  });
  return redirect("/sign-up?sent");
}

/** What a sign-up answers, for a new address and a registered one alike. */
function CheckInbox({ hours }: { hours: number }) {
  const { t } = useI18n();
  return (
    <PublicNotice
      status
      title={t("accounts.signUp.sentTitle")}
      links={[{ to: "/sign-in", label: t("accounts.signUp.signInLink") }]}
    >
      <p className="mt-2">{t("accounts.signUp.sentBody", { hours })}</p>
      <p className="mt-2 text-ink-muted">{t("accounts.signUp.sentHaveAccount")}</p>
    </PublicNotice>
  );
}

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const errors = actionData?.fieldErrors;
  const values = actionData?.values;
  const presetEmail = searchParams.get("email") ?? "";
  if (loaderData.sent) return <CheckInbox hours={loaderData.linkHours} />;
  return (
    <PublicShell>
      <div className="rounded-card border border-line bg-surface-raised p-6 shadow-card sm:p-8">
        <h1 className="text-title">{t("accounts.signUp.title")}</h1>
        <p className="mt-1 text-ink-muted">{t("accounts.signUp.intro")}</p>
        <div className="mt-4">
          <FormAlert>{actionData?.formError}</FormAlert>
        </div>
        <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
          {/* Only a target the action accepts: a poisoned link drops it instead of failing. */}
          <input
            type="hidden"
            name="redirectTo"
            value={safeRedirect(searchParams.get("redirectTo"), "")}
          />
          <Field
            label={t("accounts.signUp.name")}
            name="name"
            autoComplete="name"
            required
            defaultValue={values?.name ?? ""}
            error={errors?.name}
          />
          <Field
            label={t("accounts.signUp.email")}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={values?.email ?? presetEmail}
            error={errors?.email}
          />
          <NewPasswordField label={t("accounts.signUp.password")} error={errors?.password} />
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {navigation.state === "submitting"
              ? t("accounts.signUp.submitting")
              : t("accounts.signUp.submit")}
          </Button>
        </Form>
      </div>
      <p className="mt-4 text-center text-ink-muted">
        {t("accounts.signUp.haveAccount")}{" "}
        <Link to="/sign-in" className="font-medium text-brand underline-offset-2 hover:underline">
          {t("accounts.signUp.signInLink")}
        </Link>
      </p>
    </PublicShell>
  );
}
