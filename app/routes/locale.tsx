import { redirect } from "react-router";
import type { Route } from "./+types/locale";
import { requestContext, userContext } from "~/lib/context.server";
import { submittedValues } from "~/lib/forms.server";
import { badRequest } from "~/lib/http.server";
import { localeCookie } from "~/lib/locale.server";
import { safeRedirect } from "~/lib/paths";
import { setOwnLocale } from "~/modules/auth/auth.server";
import { LocaleSchema } from "~/modules/auth/schema";

export async function loader() {
  throw redirect("/");
}

/** Saves the language: on the account when signed in, in a cookie always. */
export async function action({ request, context }: Route.ActionArgs) {
  const parsed = LocaleSchema.safeParse(submittedValues(await request.formData()));
  if (!parsed.success) badRequest();
  const user = context.get(userContext);
  const { requestId } = context.get(requestContext);
  if (user) await setOwnLocale({ userId: user.id, locale: parsed.data.locale, requestId });
  return redirect(safeRedirect(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await localeCookie.serialize(parsed.data.locale) },
  });
}
