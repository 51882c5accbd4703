import { Outlet } from "react-router";
import type { Route } from "./+types/layout";
import { AppShell } from "~/components/app-shell";
import { db } from "~/lib/db.server";
import { getOrgScope, getUser, orgMiddleware } from "~/lib/middleware.server";

export const middleware: Route.MiddlewareFunction[] = [orgMiddleware];

export async function loader({ context }: Route.LoaderArgs) {
  const user = getUser(context);
  const scope = getOrgScope(context);
  const memberships = await db.membership.findMany({
    where: { userId: user.id },
    orderBy: { organisation: { name: "asc" } },
    select: { organisation: { select: { slug: true, name: true } } },
  });
  return {
    org: { slug: scope.org.slug, name: scope.org.name },
    role: scope.role,
    user: { name: user.name },
    organisations: memberships.map((m) => m.organisation),
  };
}

export default function OrgLayout({ loaderData }: Route.ComponentProps) {
  return (
    <AppShell {...loaderData}>
      <Outlet />
    </AppShell>
  );
}
