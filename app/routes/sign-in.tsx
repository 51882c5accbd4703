import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router";
import type { Route } from "./+types/sign-in";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { keepRetryAfter } from "~/lib/route/retry-after";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { PublicShell } from "~/components/public-shell";
import { requestContext, userContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { safeRedirect } from "~/lib/paths";
import { clientIp, guardSignIn, takeDemoCopy } from "~/lib/rate-limit.server";
import { createSession } from "~/lib/session.server";
import { getDefaultOrgSlug, normaliseEmail, verifyCredentials } from "~/modules/auth/auth.server";
import { createDemoCopy, isDemoOffered } from "~/modules/demo/copies.server";
import { SignInSchema } from "~/modules/auth/schema";

export const headers = keepRetryAfter;

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ context }: Route.LoaderArgs) {
  if (context.get(userContext)) throw redirect("/");
  return { pageTitle: requestT(context).t("signIn.submit"), hasDemo: await isDemoOffered() };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const formData = await request.formData();

  if (formData.get("intent") === "demo") {
    const limit = await takeDemoCopy(clientIp(request));
    if (limit.limited) {
      const minutes = Math.ceil(limit.retryAfterSeconds / 60);
      return data(
        {
          ok: false as const,
          fieldErrors: {},
          values: { email: "" },
          formError: t("accounts.signIn.demoTooMany", { minutes }),
        },
        { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
      );
    }
    const demo = await createDemoCopy({ requestId, locale });
    if (!demo)
      return data(
        {
          ok: false as const,
          fieldErrors: {},
          values: { email: "" },
          formError: t("errors.notFoundBody"),
        },
        { status: 404 },
      );
    const cookie = await createSession(request, demo.userId, demo.expiresAt);
    return redirect(`/o/${demo.orgSlug}`, { headers: { "Set-Cookie": cookie } });
  }

  const form = parseForm(formData, SignInSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });

  const accountKey = normaliseEmail(form.data.email);
  const ip = clientIp(request);
  const attempt = await guardSignIn(accountKey, ip, () =>
    verifyCredentials(form.data.email, form.data.password, requestId),
  );
  if (attempt.outcome === "limited") {
    return data(
      {
        ok: false as const,
        fieldErrors: {},
        values: { email: form.data.email },
        formError: t("accounts.signIn.tooMany", {
          minutes: Math.ceil(attempt.retryAfterSeconds / 60),
        }),
      },
      { status: 429, headers: { "Retry-After": String(attempt.retryAfterSeconds) } },
    );
  }
  if (attempt.outcome === "failed") {
    return data(
      {
        ok: false as const,
        fieldErrors: {},
        values: { email: form.data.email },
        formError: t("signIn.invalidCredentials"),
      },
      { status: 401 },
    );
  }
  const user = attempt.value;
  const cookie = await createSession(request, user.id);
  const slug = await getDefaultOrgSlug(user.id);
  const target = safeRedirect(form.data.redirectTo, slug ? `/o/${slug}` : "/onboarding");
  return redirect(target, { headers: { "Set-Cookie": cookie } });
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const isSubmitting = navigation.state === "submitting";
  const errors: Record<string, string> | undefined = actionData?.fieldErrors;
  return (
    <PublicShell>
      <div className="rounded-card border border-line bg-surface-raised p-6 shadow-card sm:p-8">
        <h1 className="text-title">{t("signIn.title")}</h1>
        <p className="mt-1 text-ink-muted">{t("signIn.intro")}</p>
        {actionData?.formError ? (
          <p
            role="alert"
            className="mt-4 rounded-control bg-danger-soft px-3 py-2 font-medium text-danger"
          >
            {actionData.formError}
          </p>
        ) : null}
        <Form method="post" className="mt-6 flex flex-col gap-4" noValidate>
          {/* Only a target the action accepts: a poisoned link drops it instead of failing. */}
          <input
            type="hidden"
            name="redirectTo"
            value={safeRedirect(searchParams.get("redirectTo"), "")}
          />
          <Field
            label={t("signIn.email")}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={actionData?.values?.email ?? ""}
            error={errors?.email}
          />
          <Field
            label={t("signIn.password")}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={errors?.password}
          />
          <p className="-mt-2 text-caption">
            <Link
              to="/forgot-password"
              className="font-medium text-brand underline-offset-2 hover:underline"
            >
              {t("passwordReset.link")}
            </Link>
          </p>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t("signIn.submitting") : t("signIn.submit")}
          </Button>
        </Form>
      </div>
      <p className="mt-4 text-center text-ink-muted">
        {t("accounts.signIn.noAccount")}{" "}
        <Link to="/sign-up" className="font-medium text-brand underline-offset-2 hover:underline">
          {t("accounts.signIn.signUpLink")}
        </Link>
      </p>
      {loaderData.hasDemo ? (
        <aside className="mt-4 flex flex-col gap-3 rounded-card border border-dashed border-line-strong p-4">
          <p className="text-caption text-ink-muted">
            <strong className="text-ink">{t("signIn.demoTitle")}:</strong>{" "}
            {t("accounts.signIn.demoExplain")}
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="demo" />
            <Button type="submit" variant="secondary" className="w-full">
              {t("accounts.signIn.demoButton")}
            </Button>
          </Form>
        </aside>
      ) : null}
    </PublicShell>
  );
}
