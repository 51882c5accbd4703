import { redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/locale";
import { userContext } from "~/lib/context.server";
import { db } from "~/lib/db.server";
import { badRequest } from "~/lib/http.server";
import { localeCookie } from "~/lib/locale.server";
import { safeRedirect } from "~/lib/paths";

const LocaleSchema = z.object({
  locale: z.enum(["de", "en"]),
  redirectTo: z.string().max(1000).optional(),
});

export async function loader() {
  throw redirect("/");
}

/** Saves the language: on the account when signed in, in a cookie otherwise. */
export async function action({ request, context }: Route.ActionArgs) {
  const form = Object.fromEntries(await request.formData());
  const parsed = LocaleSchema.safeParse(form);
  if (!parsed.success) badRequest();
  const user = context.get(userContext);
  if (user) await db.user.update({ where: { id: user.id }, data: { locale: parsed.data.locale } });
  return redirect(safeRedirect(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await localeCookie.serialize(parsed.data.locale) },
  });
}
