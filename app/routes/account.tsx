import { data, Form, Link, redirect, useSearchParams } from "react-router";
import type { ReactNode } from "react";
import type { Route } from "./+types/account";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { PublicShell } from "~/components/public-shell";
import { ThemeSwitch } from "~/components/theme-switch";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { Select } from "~/components/ui/select";
import { requestContext } from "~/lib/context.server";
import { db } from "~/lib/db.server";
import { parseForm } from "~/lib/forms.server";
import { appOrigin } from "~/lib/http.server";
import type { FormFailure } from "~/lib/forms.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getUser } from "~/lib/middleware.server";
import { guardCurrentPassword } from "~/lib/rate-limit.server";
import { destroyOtherSessions, getSessionId } from "~/lib/session.server";
import { changePassword, normaliseEmail, updateProfile } from "~/modules/auth/auth.server";
import { requestEmailChange } from "~/modules/auth/email-change.server";
import { personalPasswordProblem } from "~/modules/auth/password-policy";
import { ChangeEmailSchema, ChangePasswordSchema, ProfileSchema } from "~/modules/auth/schema";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ context }: Route.LoaderArgs) {
  const user = getUser(context);
  const memberships = await db.membership.findMany({
    where: { userId: user.id },
    orderBy: { organisation: { name: "asc" } },
    select: { role: true, organisation: { select: { slug: true, name: true } } },
  });
  return {
    pageTitle: requestT(context).t("accounts.account.title"),
    user: {
      name: user.name,
      email: user.email,
      locale: user.locale ?? context.get(requestContext).locale,
    },
    memberships,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = getUser(context);
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const formData = await request.formData();
  const intent = formData.get("intent");

  if (intent === "profile") {
    const form = parseForm(formData, ProfileSchema, t);
    if (!form.ok)
      return data({ intent, ...form, formError: t("validation.formErrors") }, { status: 400 });
    await updateProfile({ userId: user.id, ...form.data, requestId });
    // Reload so the new language applies everywhere at once.
    return redirect("/account?saved=profile");
  }
  // A refused password or e-mail form: the errors beside its fields.
  const refuse = (
    fieldErrors: Record<string, string>,
    status = 400,
    headers?: Record<string, string>,
  ) => {
    const failure: FormFailure = { ok: false, values: {}, fieldErrors };
    return data({ intent, ...failure, formError: t("validation.formErrors") }, { status, headers });
  };
  // The current password, checked within its limit per user (decision 0013).
  const guarded = async (check: () => Promise<boolean>) => {
    const attempt = await guardCurrentPassword(user.id, async () =>
      (await check()) ? true : null,
    );
    if (attempt.outcome === "limited") {
      const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
      return refuse({ currentPassword: t("accounts.signIn.tooMany", { minutes }) }, 429, {
        "Retry-After": String(attempt.retryAfterSeconds),
      });
    }
    if (attempt.outcome === "failed") {
      return refuse({ currentPassword: t("accounts.account.wrongPassword") });
    }
    return null;
  };

  if (intent === "password") {
    const form = parseForm(formData, ChangePasswordSchema, t);
    if (!form.ok)
      return data({ intent, ...form, formError: t("validation.formErrors") }, { status: 400 });
    const personal = personalPasswordProblem(form.data.newPassword, user);
    if (personal) return refuse({ newPassword: t(personal) });
    const refused = await guarded(() =>
      changePassword({ userId: user.id, ...form.data, requestId }),
    );
    if (refused) return refused;
    await destroyOtherSessions(user.id, await getSessionId(request));
    return redirect("/account?saved=password");
  }
  if (intent === "email") {
    const form = parseForm(formData, ChangeEmailSchema, t);
    if (!form.ok)
      return data({ intent, ...form, formError: t("validation.formErrors") }, { status: 400 });
    if (normaliseEmail(form.data.newEmail) === user.email) {
      return refuse({ newEmail: t("accounts.account.emailSame") });
    }
    const refused = await guarded(() =>
      requestEmailChange({
        userId: user.id,
        newEmail: form.data.newEmail,
        password: form.data.currentPassword,
        locale,
        origin: appOrigin(request),
        requestId,
      }),
    );
    if (refused) return refused;
    // The same answer whether or not the address is free (decision 0015).
    return redirect("/account?saved=emailSent");
  }
  return data(
    {
      intent: null,
      ok: false as const,
      values: {},
      fieldErrors: {},
      formError: t("errors.badRequestBody"),
    },
    { status: 400 },
  );
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const saved = searchParams.get("saved");
  const profileErrors: Record<string, string> =
    actionData?.intent === "profile" ? actionData.fieldErrors : {};
  const profileValues: Record<string, string> =
    actionData?.intent === "profile" ? actionData.values : {};
  const passwordErrors: Record<string, string> =
    actionData?.intent === "password" ? actionData.fieldErrors : {};
  const emailErrors: Record<string, string> =
    actionData?.intent === "email" ? actionData.fieldErrors : {};
  const emailValues: Record<string, string> =
    actionData?.intent === "email" ? actionData.values : {};
  return (
    <PublicShell wide>
      <h1 className="text-display">{t("accounts.account.title")}</h1>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <AccountCard id="profile-title" title={t("accounts.account.profile")}>
          {saved === "profile" ? (
            <FormAlert tone="success">{t("accounts.account.profileSaved")}</FormAlert>
          ) : null}
          <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
            <input type="hidden" name="intent" value="profile" />
            <Field
              label={t("accounts.account.name")}
              name="name"
              autoComplete="name"
              defaultValue={profileValues.name ?? loaderData.user.name}
              error={profileErrors.name}
            />
            <Field
              label={t("accounts.account.email")}
              name="email-display"
              value={loaderData.user.email}
              readOnly
            />
            <Select
              label={t("accounts.account.language")}
              name="locale"
              defaultValue={profileValues.locale ?? loaderData.user.locale}
              error={profileErrors.locale}
              options={[
                { value: "de", label: t("app.languageName.de") },
                { value: "en", label: t("app.languageName.en") },
              ]}
            />
            <Button type="submit">{t("accounts.account.saveProfile")}</Button>
          </Form>
          <div className="mt-6 flex flex-col gap-2 border-t border-line pt-4">
            <h3 className="font-semibold">{t("accounts.account.appearance")}</h3>
            <p className="text-caption text-ink-muted">{t("accounts.account.appearanceHint")}</p>
            <ThemeSwitch />
          </div>
        </AccountCard>
        <AccountCard id="password-title" title={t("accounts.account.password")}>
          {saved === "password" ? (
            <FormAlert tone="success">{t("accounts.account.passwordSaved")}</FormAlert>
          ) : null}
          <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
            <input type="hidden" name="intent" value="password" />
            <Field
              label={t("accounts.account.currentPassword")}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              error={passwordErrors.currentPassword}
            />
            <Field
              label={t("accounts.account.newPassword")}
              name="newPassword"
              type="password"
              autoComplete="new-password"
              hint={t("accounts.signUp.passwordRules")}
              error={passwordErrors.newPassword}
            />
            <Button type="submit">{t("accounts.account.savePassword")}</Button>
          </Form>
        </AccountCard>
        <AccountCard id="email-title" title={t("accounts.account.emailTitle")}>
          {saved === "emailSent" ? (
            <FormAlert tone="success">{t("accounts.account.emailSent")}</FormAlert>
          ) : null}
          {saved === "emailChanged" ? (
            <FormAlert tone="success">{t("accounts.account.emailChanged")}</FormAlert>
          ) : null}
          <p className="mt-1 text-caption text-ink-muted">{t("accounts.account.emailHint")}</p>
          <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
            <input type="hidden" name="intent" value="email" />
            <Field
              label={t("accounts.account.newEmail")}
              name="newEmail"
              type="email"
              autoComplete="email"
              defaultValue={emailValues.newEmail ?? ""}
              error={emailErrors.newEmail}
            />
            <Field
              label={t("accounts.account.emailPassword")}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              error={emailErrors.currentPassword}
            />
            <Button type="submit">{t("accounts.account.saveEmail")}</Button>
          </Form>
        </AccountCard>
      </div>
      <section aria-labelledby="orgs-title" className="mt-6">
        <h2 id="orgs-title" className="text-lead font-semibold">
          {t("accounts.account.organisations")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {loaderData.memberships.map((m) => (
            <li key={m.organisation.slug}>
              <Link
                to={`/o/${m.organisation.slug}`}
                className="inline-flex items-center gap-2 rounded-control border border-line bg-surface-raised px-3 py-1.5 hover:border-brand"
              >
                {m.organisation.name} ·{" "}
                <span className="text-ink-muted">{t(`role.${m.role}`)}</span>
              </Link>
            </li>
          ))}
          <li>
            <Link
              to="/onboarding"
              className="inline-flex rounded-control px-3 py-1.5 font-medium text-brand hover:underline"
            >
              {t("accounts.account.newOrganisation")}
            </Link>
          </li>
        </ul>
      </section>
    </PublicShell>
  );
}

/** One card of the account page: its titled section. */
function AccountCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="rounded-card border border-line bg-surface-raised p-6 shadow-card"
    >
      <h2 id={id} className="text-lead font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
