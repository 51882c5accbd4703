import { redirect } from "react-router";
import type { Route } from "./+types/dashboard";
import { EmptyState } from "~/components/ui/empty-state";
import { requestContext } from "~/lib/context.server";
import { createT } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope, requirePermission } from "~/lib/middleware.server";
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
  return { title: createT(context.get(requestContext).locale)("dashboard.title") };
}

export default function DashboardLanding() {
  const { t } = useI18n();
  return <EmptyState title={t("dashboard.emptyTitle")} body={t("dashboard.emptyBody")} />;
}
