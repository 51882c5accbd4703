import { data, Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/reset-password";
import { PublicNotice } from "~/components/public-notice";
import { PublicShell } from "~/components/public-shell";
import { Button } from "~/components/ui/button";
import { NewPasswordField } from "~/components/new-password-field";
import { FormAlert } from "~/components/ui/form-alert";
import { requestContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { appOrigin } from "~/lib/http.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { hashPassword } from "~/lib/password.server";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { isTokenShaped } from "~/lib/crypto.server";
import { createSession } from "~/lib/session.server";
import { getDefaultOrgSlug } from "~/modules/auth/auth.server";
import { personalPasswordProblem } from "~/modules/auth/password-policy";
import { completePasswordReset, findPasswordReset } from "~/modules/auth/password-reset.server";
import { ResetPasswordSchema } from "~/modules/auth/schema";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

const findReset = (token: string) => (isTokenShaped(token) ? findPasswordReset(token) : null);

/** The link from the reset mail: a form for the new password while the link works, else 410. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { t } = requestT(context);
  const reset = await findReset(params.token);
  if (!reset)
    return data({ pageTitle: t("passwordReset.invalidTitle"), email: null }, { status: 410 });
  return { pageTitle: t("passwordReset.newTitle"), email: reset.email };
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const reset = await findReset(params.token);
  if (!reset)
    return data({ fieldErrors: {}, formError: t("passwordReset.invalidBody") }, { status: 410 });
  const form = parseForm(await request.formData(), ResetPasswordSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const personal = personalPasswordProblem(form.data.password, reset);
  if (personal) {
    return data(
      { fieldErrors: { password: t(personal) }, formError: t("validation.formErrors") },
      { status: 400 },
    );
  }
  const done = await completePasswordReset({
    token: params.token,
    passwordHash: await hashPassword(form.data.password),
    origin: appOrigin(request),
    requestId,
  });
  if (!done)
    return data({ fieldErrors: {}, formError: t("passwordReset.invalidBody") }, { status: 410 });
  // Every session was ended; this one starts afresh.
  const cookie = await createSession(request, done.userId);
  const slug = await getDefaultOrgSlug(done.userId);
  return redirect(slug ? `/o/${slug}` : "/onboarding", { headers: { "Set-Cookie": cookie } });
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const errors: Record<string, string> | undefined = actionData?.fieldErrors;
  if (!loaderData.email) {
    return (
      <PublicNotice
        title={t("passwordReset.invalidTitle")}
        links={[
          { to: "/forgot-password", label: t("passwordReset.again") },
          { to: "/sign-in", label: t("accounts.signUp.signInLink") },
        ]}
      >
        <p className="mt-2 text-ink-muted">{t("passwordReset.invalidBody")}</p>
      </PublicNotice>
    );
  }
  return (
    <PublicShell>
      <div className="rounded-card border border-line bg-surface-raised p-6 shadow-card sm:p-8">
        <h1 className="text-title">{t("passwordReset.newTitle")}</h1>
        <p className="mt-1 text-ink-muted">
          {t("passwordReset.newIntro", { email: loaderData.email })}
        </p>
        <div className="mt-4">
          <FormAlert>{actionData?.formError}</FormAlert>
        </div>
        <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
          {/* For password managers: which account the new password belongs to. */}
          <input type="hidden" name="username" autoComplete="username" value={loaderData.email} />
          <NewPasswordField label={t("passwordReset.newPassword")} error={errors?.password} />
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {t("passwordReset.save")}
          </Button>
        </Form>
      </div>
    </PublicShell>
  );
}
