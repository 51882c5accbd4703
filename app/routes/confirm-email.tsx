import { data, redirect } from "react-router";
import type { Route } from "./+types/confirm-email";
import { PublicNotice } from "~/components/public-notice";
import { appOrigin } from "~/lib/http.server";
import { useI18n } from "~/lib/i18n/react";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { isTokenShaped } from "~/lib/crypto.server";
import { confirmEmailChange } from "~/modules/auth/email-change.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/**
 * The link in the mail to a new address: opening it moves the account onto that
 * address (a GET with an effect, as every confirmation link; once, for a day). No
 * session needed: the link proves the address, the password proved the person.
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const { t, requestId } = requestT(context);
  const done = isTokenShaped(params.token)
    ? await confirmEmailChange({ token: params.token, origin: appOrigin(request), requestId })
    : null;
  if (!done) {
    return data({ pageTitle: t("accounts.account.emailLinkInvalidTitle") }, { status: 410 });
  }
  return redirect("/account?saved=emailChanged");
}

export default function ConfirmEmail() {
  const { t } = useI18n();
  return (
    <PublicNotice
      title={t("accounts.account.emailLinkInvalidTitle")}
      links={[
        { to: "/account", label: t("accounts.account.title") },
        { to: "/sign-in", label: t("accounts.signUp.signInLink") },
      ]}
    >
      <p className="mt-2 text-ink-muted">{t("accounts.account.emailLinkInvalidBody")}</p>
    </PublicNotice>
  );
}
