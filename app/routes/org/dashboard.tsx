import { Link, redirect } from "react-router";
import type { Route } from "./+types/dashboard";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { requestContext } from "~/lib/context.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { findLandingRoadmapId } from "~/modules/roadmaps/landing.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.title} · Fahrplan` : "Fahrplan" },
];

/** The dashboard of the roadmap the member last opened, else the one the organisation works on now. */
export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  requirePermission(scope, "report:read");
  const roadmapId = await findLandingRoadmapId({
    orgId: scope.org.id,
    lastRoadmapId: scope.lastRoadmapId,
  });
  if (roadmapId) throw redirect(`/o/${scope.org.slug}/dashboard/${roadmapId}`);
  return {
    title: createT(context.get(requestContext).locale)("dashboard.title"),
    newRoadmapHref: can(scope.role, "roadmap:create") ? `/o/${scope.org.slug}/roadmaps/new` : null,
  };
}

/** No roadmap yet: what the dashboard will show, and (for managers) the way to the first one. */
export default function DashboardLanding({ loaderData: d }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <EmptyState
      title={t("dashboard.emptyTitle")}
      body={t("dashboard.emptyBody")}
      action={
        d.newRoadmapHref ? (
          <Link to={d.newRoadmapHref} className={buttonClass("primary")}>
            {t("roadmaps.empty.cta")}
          </Link>
        ) : null
      }
    />
  );
}
