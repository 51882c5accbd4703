import { redirect } from "react-router";
import type { Route } from "./+types/theme";
import { requestContext } from "~/lib/context.server";
import { submittedValues } from "~/lib/forms.server";
import { badRequest } from "~/lib/http.server";
import { getUser } from "~/lib/middleware.server";
import { safeRedirect } from "~/lib/paths";
import { setOwnTheme } from "~/modules/auth/auth.server";
import { ThemeSchema } from "~/modules/auth/schema";

export async function loader() {
  throw redirect("/");
}

/**
 * Saves the colour scheme on the account and sends the page back: a plain form, so it
 * works without JavaScript, and the next page is rendered in the new scheme at once.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const parsed = ThemeSchema.safeParse(submittedValues(await request.formData()));
  if (!parsed.success) badRequest();
  const user = getUser(context);
  const { requestId } = context.get(requestContext);
  await setOwnTheme({ userId: user.id, theme: parsed.data.theme, requestId });
  return redirect(safeRedirect(parsed.data.redirectTo));
}
