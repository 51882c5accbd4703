import { redirect } from "react-router";
import type { Route } from "./+types/index";
import { EmptyState } from "~/components/ui/empty-state";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope } from "~/lib/middleware.server";
import { findLandingRoadmapId } from "~/modules/roadmaps/overview.server";

export async function loader({ context }: Route.LoaderArgs) {
  const { org } = getOrgScope(context);
  const roadmapId = await findLandingRoadmapId({ orgId: org.id });
  if (roadmapId) throw redirect(`/o/${org.slug}/roadmaps/${roadmapId}`);
  return null;
}

export default function OrgIndex() {
  const { t } = useI18n();
  return <EmptyState title={t("roadmap.emptyTitle")} body={t("roadmap.emptyBody")} />;
}
