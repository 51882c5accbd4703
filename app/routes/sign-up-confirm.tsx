import { data, redirect } from "react-router";
import type { Route } from "./+types/sign-up-confirm";
import { PublicNotice } from "~/components/public-notice";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { isTokenShaped } from "~/lib/crypto.server";
import { useI18n } from "~/lib/i18n/react";
import { safeRedirect } from "~/lib/paths";
import { createSession } from "~/lib/session.server";
import { confirmSignUp } from "~/modules/auth/sign-up.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/**
 * The link in the sign-up mail: opening it creates the account and signs in, like
 * the immediate sign-in this replaced (decision 0013). A GET with an effect, as
 * every confirmation link is; it works once, and the token is 256 random bits.
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const { t, requestId } = requestT(context);
  const confirmed = isTokenShaped(params.token)
    ? await confirmSignUp(params.token, requestId)
    : null;
  if (!confirmed) {
    return data({ pageTitle: t("accounts.signUp.linkInvalidTitle") }, { status: 410 });
  }
  const cookie = await createSession(request, confirmed.userId);
  return redirect(safeRedirect(confirmed.redirectTo ?? undefined, "/onboarding"), {
    headers: { "Set-Cookie": cookie },
  });
}

export default function SignUpConfirm() {
  const { t } = useI18n();
  return (
    <PublicNotice
      title={t("accounts.signUp.linkInvalidTitle")}
      links={[
        { to: "/sign-in", label: t("accounts.signUp.signInLink") },
        { to: "/sign-up", label: t("accounts.signIn.signUpLink") },
      ]}
    >
      <p className="mt-2 text-ink-muted">{t("accounts.signUp.linkInvalidBody")}</p>
    </PublicNotice>
  );
}
