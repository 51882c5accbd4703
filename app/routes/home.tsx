import { Form, redirect } from "react-router";
import type { Route } from "./+types/home";
import { PublicShell } from "~/components/public-shell";
import { Button } from "~/components/ui/button";
import { userContext } from "~/lib/context.server";
import { useI18n } from "~/lib/i18n/react";
import { getDefaultOrgSlug } from "~/modules/auth/auth.server";

/** The start page sends people where they belong: their organisation, or sign-in. */
export async function loader({ context }: Route.LoaderArgs) {
  const user = context.get(userContext);
  if (!user) throw redirect("/sign-in");
  const slug = await getDefaultOrgSlug(user.id);
  if (slug) throw redirect(`/o/${slug}`);
  return { name: user.name };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <PublicShell>
      <div className="rounded-card border border-line bg-surface-raised p-6 shadow-card">
        <h1 className="text-title">{t("home.noOrgTitle")}</h1>
        <p className="mt-2 text-ink-muted">{t("home.noOrgBody", { name: loaderData.name })}</p>
        <Form method="post" action="/sign-out" className="mt-6">
          <Button type="submit" variant="secondary">
            {t("app.signOut")}
          </Button>
        </Form>
      </div>
    </PublicShell>
  );
}
