import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/invite";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { PublicShell } from "~/components/public-shell";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { requestContext, userContext } from "~/lib/context.server";
import { parseForm } from "~/lib/forms.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { createSession } from "~/lib/session.server";
import { createAccount } from "~/modules/auth/auth.server";
import { SignUpSchema } from "~/modules/auth/schema";
import {
  acceptInvitation,
  findOpenInvitation,
  MembershipRuleError,
} from "~/modules/members/members.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ params, context }: Route.LoaderArgs) {
  const { t } = requestT(context);
  const invitation = await findOpenInvitation(params.token);
  if (!invitation) {
    return data(
      { state: "invalid" as const, pageTitle: t("accounts.invite.invalidTitle") },
      { status: 410 },
    );
  }
  const user = context.get(userContext);
  return {
    state: "open" as const,
    pageTitle: t("accounts.invite.title", { org: invitation.organisation.name }),
    org: invitation.organisation.name,
    inviter: invitation.invitedBy.name,
    role: invitation.role,
    email: invitation.email,
    signedInAs: user?.email ?? null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { locale, requestId } = context.get(requestContext);
  const t = createT(locale);
  const formData = await request.formData();
  const invitation = await findOpenInvitation(params.token);
  if (!invitation)
    return data(
      { formError: t("accounts.invite.invalidBody"), fieldErrors: {}, values: {} },
      { status: 410 },
    );
  const user = context.get(userContext);

  if (formData.get("intent") === "accept" && user) {
    try {
      const { orgSlug } = await acceptInvitation({
        token: params.token,
        userId: user.id,
        requestId,
      });
      return redirect(`/o/${orgSlug}`);
    } catch (error) {
      if (error instanceof MembershipRuleError && error.code === "wrong_email") {
        return data(
          {
            formError: t("accounts.invite.wrongEmail", { email: invitation.email }),
            fieldErrors: {},
            values: {},
          },
          { status: 403 },
        );
      }
      if (error instanceof MembershipRuleError) {
        return data(
          { formError: t("accounts.invite.invalidBody"), fieldErrors: {}, values: {} },
          { status: 410 },
        );
      }
      throw error;
    }
  }

  if (formData.get("intent") === "signup" && !user) {
    // The address is the invitation's; whatever else was sent is ignored.
    formData.set("email", invitation.email);
    const form = parseForm(formData, SignUpSchema, t);
    if (!form.ok) return data({ ...form, formError: t("validation.formErrors") }, { status: 400 });
    const created = await createAccount({ ...form.data, locale, requestId });
    if (!created) {
      return data(
        {
          formError: t("accounts.invite.signInFirst", { email: invitation.email }),
          fieldErrors: {},
          values: { name: form.data.name },
        },
        { status: 400 },
      );
    }
    const { orgSlug } = await acceptInvitation({
      token: params.token,
      userId: created.id,
      requestId,
    });
    const cookie = await createSession(request, created.id);
    return redirect(`/o/${orgSlug}`, { headers: { "Set-Cookie": cookie } });
  }

  return data(
    { formError: t("errors.badRequestBody"), fieldErrors: {}, values: {} },
    { status: 400 },
  );
}

export default function Invite({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useI18n();
  if (loaderData.state === "invalid") {
    return (
      <PublicShell>
        <div className="rounded-card border border-line bg-surface-raised p-6 shadow-card">
          <h1 className="text-title">{t("accounts.invite.invalidTitle")}</h1>
          <p className="mt-2 text-ink-muted">{t("accounts.invite.invalidBody")}</p>
        </div>
      </PublicShell>
    );
  }
  const errors: Record<string, string> | undefined = actionData?.fieldErrors;
  const values: Record<string, string> | undefined = actionData?.values;
  const invitePath = `/invite/${params.token}`;
  const isWrongAccount =
    loaderData.signedInAs !== null && loaderData.signedInAs !== loaderData.email;
  return (
    <PublicShell>
      <div className="flex flex-col gap-4 rounded-card border border-line bg-surface-raised p-6 shadow-card sm:p-8">
        <h1 className="text-title">{t("accounts.invite.title", { org: loaderData.org })}</h1>
        <p className="text-ink-muted">
          {t("accounts.invite.intro", {
            inviter: loaderData.inviter,
            org: loaderData.org,
            role: t(`role.${loaderData.role}`),
          })}
        </p>
        <p className="text-caption text-ink-muted">
          {t("accounts.invite.forEmail", { email: loaderData.email })}
        </p>
        <FormAlert>{actionData?.formError}</FormAlert>
        {loaderData.signedInAs ? (
          isWrongAccount ? (
            <>
              <FormAlert>{t("accounts.invite.wrongEmail", { email: loaderData.email })}</FormAlert>
              <Form method="post" action="/sign-out">
                <Button type="submit" variant="secondary">
                  {t("accounts.invite.signOutAndSwitch")}
                </Button>
              </Form>
            </>
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="accept" />
              <Button type="submit">{t("accounts.invite.accept")}</Button>
            </Form>
          )
        ) : (
          <>
            <p className="font-medium">{t("accounts.invite.createAccount")}</p>
            <Form method="post" className="flex flex-col gap-4" noValidate>
              <input type="hidden" name="intent" value="signup" />
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
                name="email-display"
                value={loaderData.email}
                readOnly
              />
              <Field
                label={t("accounts.signUp.password")}
                name="password"
                type="password"
                autoComplete="new-password"
                required
                hint={t("accounts.signUp.passwordRules")}
                error={errors?.password}
              />
              <Button type="submit">{t("accounts.invite.accept")}</Button>
            </Form>
            <p className="text-caption text-ink-muted">
              {t("accounts.invite.signInFirst", { email: loaderData.email })}{" "}
              <Link
                to={`/sign-in?redirectTo=${encodeURIComponent(invitePath)}`}
                className="font-medium text-brand underline-offset-2 hover:underline"
              >
                {t("accounts.signUp.signInLink")}
              </Link>
            </p>
          </>
        )}
      </div>
    </PublicShell>
  );
}
