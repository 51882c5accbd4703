import { Outlet } from "react-router";
import type { Route } from "./+types/layout";
import { AppShell } from "~/components/app-shell";
import { DemoNotice } from "~/components/demo-notice";
import { getOrgScope, getUser, orgMiddleware } from "~/lib/middleware.server";

export const middleware: Route.MiddlewareFunction[] = [orgMiddleware];

export function loader({ context }: Route.LoaderArgs) {
  const user = getUser(context);
  const scope = getOrgScope(context);
  return {
    org: { slug: scope.org.slug, name: scope.org.name },
    role: scope.role,
    user: { name: user.name },
    unread: scope.unread,
    organisations: user.memberships.map(({ organisation: { slug, name } }) => ({ slug, name })),
    demoExpiresAt: scope.org.demoExpiresAt?.toISOString() ?? null,
  };
}

export default function OrgLayout({ loaderData }: Route.ComponentProps) {
  const { demoExpiresAt, ...shell } = loaderData;
  return (
    <AppShell {...shell}>
      {demoExpiresAt ? <DemoNotice expiresAt={demoExpiresAt} /> : null}
      <Outlet />
    </AppShell>
  );
}
