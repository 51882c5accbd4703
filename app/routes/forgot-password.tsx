import { data, Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/forgot-password";
import { PublicNotice } from "~/components/public-notice";
import { PublicShell } from "~/components/public-shell";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { requestContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { appOrigin } from "~/lib/http.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { clientIp, takePasswordReset } from "~/lib/rate-limit.server";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { keepRetryAfter } from "~/lib/route/retry-after";
import { normaliseEmail } from "~/modules/auth/auth.server";
import { RESET_LINK_MINUTES, requestPasswordReset } from "~/modules/auth/password-reset.server";
import { ForgotPasswordSchema } from "~/modules/auth/schema";

export const headers = keepRetryAfter;

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export function loader({ context, request }: Route.LoaderArgs) {
  return {
    pageTitle: requestT(context).t("passwordReset.title"),
    sent: new URL(request.url).searchParams.has("sent"),
    minutes: RESET_LINK_MINUTES,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const form = parseForm(await request.formData(), ForgotPasswordSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
  const limit = await takePasswordReset(normaliseEmail(form.data.email), clientIp(request));
  if (limit.limited) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return data(
      {
        ok: false as const,
        fieldErrors: {},
        values: { email: form.data.email },
        formError: t("passwordReset.tooMany", { minutes }),
      },
      { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
    );
  }
  // The same answer whether or not the address has an account: only its mailbox learns.
  await requestPasswordReset({
    email: form.data.email,
    locale,
    origin: appOrigin(request),
    requestId,
  });
  return redirect("/forgot-password?sent");
}

export default function ForgotPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const errors: Record<string, string> | undefined = actionData?.fieldErrors;
  if (loaderData.sent) {
    return (
      <PublicNotice
        status
        title={t("passwordReset.sentTitle")}
        links={[{ to: "/sign-in", label: t("accounts.signUp.signInLink") }]}
      >
        <p className="mt-2">{t("passwordReset.sentBody", { minutes: loaderData.minutes })}</p>
      </PublicNotice>
    );
  }
  return (
    <PublicShell>
      <div className="rounded-card border border-line bg-surface-raised p-6 shadow-card sm:p-8">
        <h1 className="text-title">{t("passwordReset.title")}</h1>
        <p className="mt-1 text-ink-muted">{t("passwordReset.intro")}</p>
        <div className="mt-4">
          <FormAlert>{actionData?.formError}</FormAlert>
        </div>
        <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
          <Field
            label={t("passwordReset.email")}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={actionData?.values?.email ?? ""}
            error={errors?.email}
          />
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {t("passwordReset.submit")}
          </Button>
        </Form>
      </div>
      <p className="mt-4 text-center text-ink-muted">
        <Link to="/sign-in" className="font-medium text-brand underline-offset-2 hover:underline">
          {t("accounts.signUp.signInLink")}
        </Link>
      </p>
    </PublicShell>
  );
}
