import { data, Form, redirect, useNavigation, useSearchParams } from "react-router";
import type { Route } from "./+types/sign-in";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { PublicShell } from "~/components/public-shell";
import { requestContext, userContext } from "~/lib/context.server";
import { db } from "~/lib/db.server";
import { parseForm } from "~/lib/forms.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { createSession } from "~/lib/session.server";
import { getDefaultOrgSlug, verifyCredentials } from "~/modules/auth/auth.server";
import { safeRedirect, SignInSchema } from "~/modules/auth/schema";

export const meta: Route.MetaFunction = () => [{ title: "Fahrplan" }];

export async function loader({ context }: Route.LoaderArgs) {
  if (context.get(userContext)) throw redirect("/");
  const demo = await db.organisation.findFirst({ where: { isDemo: true }, select: { id: true } });
  return { hasDemo: Boolean(demo) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const form = parseForm(await request.formData(), SignInSchema, t);
  if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });

  const user = await verifyCredentials(form.data.email, form.data.password, requestId);
  if (!user) {
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
  const cookie = await createSession(user.id, request.headers.get("User-Agent") ?? "");
  const slug = await getDefaultOrgSlug(user.id);
  const target = safeRedirect(form.data.redirectTo, slug ? `/o/${slug}` : "/");
  return redirect(target, { headers: { "Set-Cookie": cookie } });
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const isSubmitting = navigation.state === "submitting";
  const errors = actionData?.fieldErrors as Record<string, string> | undefined;
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
          <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
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
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t("signIn.submitting") : t("signIn.submit")}
          </Button>
        </Form>
      </div>
      {loaderData.hasDemo ? (
        <aside className="mt-4 rounded-card border border-dashed border-line-strong p-4 text-caption text-ink-muted">
          <strong className="text-ink">{t("signIn.demoTitle")}:</strong> {t("signIn.demoHint")}
        </aside>
      ) : null}
    </PublicShell>
  );
}
