import { redirect } from "react-router";
import type { Route } from "./+types/home";
import { userContext } from "~/lib/context.server";
import { getDefaultOrgSlug } from "~/modules/auth/auth.server";

/** The start page sends people where they belong: their organisation, onboarding, or sign-in. */
export async function loader({ context }: Route.LoaderArgs) {
  const user = context.get(userContext);
  if (!user) throw redirect("/sign-in");
  const slug = await getDefaultOrgSlug(user.id);
  throw redirect(slug ? `/o/${slug}` : "/onboarding");
}
