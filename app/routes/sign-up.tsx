import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import type { Route } from "./+types/sign-up";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { PublicShell } from "~/components/public-shell";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { requestContext, userContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import type { FormFailure } from "~/lib/forms.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { safeRedirect } from "~/lib/paths";
import { createSession } from "~/lib/session.server";
import { createAccount } from "~/modules/auth/auth.server";
import { PASSWORD_MAX, PASSWORD_MIN } from "~/modules/auth/password-length";
import { SignUpSchema } from "~/modules/auth/schema";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export function loader({ context }: Route.LoaderArgs) {
  if (context.get(userContext)) throw redirect("/");
  return { pageTitle: requestT(context).t("accounts.signUp.title") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const form = parseForm(await request.formData(), SignUpSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const user = await createAccount({ ...form.data, locale, requestId });
  if (!user) {
    const failure: FormFailure = {
      ok: false,
      fieldErrors: {},
      values: { name: form.data.name, email: form.data.email },
    };
    return data({ ...failure, formError: t("accounts.signUp.notPossible") }, { status: 400 });
  }
  const cookie = await createSession(request, user.id);
  return redirect(safeRedirect(form.data.redirectTo, "/onboarding"), {
    headers: { "Set-Cookie": cookie },
  });
}

export default function SignUp({ actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const errors = actionData?.fieldErrors;
  const values = actionData?.values;
  const presetEmail = searchParams.get("email") ?? "";
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
          <Field
            label={t("accounts.signUp.password")}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN}
            maxLength={PASSWORD_MAX}
            hint={t("accounts.signUp.passwordRules")}
            error={errors?.password}
          />
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
