import { Link, redirect } from "react-router";
import type { Route } from "./+types/index";
import { buttonClass } from "~/components/ui/button";
import { InviteFirstColleague } from "~/components/onboarding/invite-first-colleague";
import { EmptyState } from "~/components/ui/empty-state";
import { requestContext } from "~/lib/context.server";
import { translate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope } from "~/lib/middleware.server";
import { can } from "~/lib/permissions";
import { findLandingRoadmapId } from "~/modules/roadmaps/landing.server";
import { countRoadmaps } from "~/modules/roadmaps/roadmaps.server";

export const meta: Route.MetaFunction = ({ data }) => [
  { title: data ? `${data.pageTitle} · Fahrplan` : "Fahrplan" },
];

/**
 * The organisation's start page: its current roadmap; the list when every roadmap is
 * archived; and for an organisation without one, the way to create the first.
 */
export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const { org } = scope;
  const roadmapId = await findLandingRoadmapId({
    orgId: org.id,
    lastRoadmapId: scope.lastRoadmapId,
  });
  if (roadmapId) throw redirect(`/o/${org.slug}/roadmaps/${roadmapId}`);
  if ((await countRoadmaps({ orgId: org.id })) > 0) throw redirect(`/o/${org.slug}/roadmaps`);
  return {
    pageTitle: translate(context.get(requestContext).locale, "roadmap.emptyTitle"),
    orgSlug: org.slug,
    canCreate: can(scope.role, "roadmap:create"),
    canInvite: can(scope.role, "member:invite"),
  };
}

export default function OrgIndex({ loaderData: d }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <EmptyState
        title={t("roadmap.emptyTitle")}
        body={d.canCreate ? t("roadmaps.empty.bodyManager") : t("roadmap.emptyBody")}
        action={
          d.canCreate ? (
            <Link to={`/o/${d.orgSlug}/roadmaps/new`} className={buttonClass("primary")}>
              {t("roadmaps.empty.cta")}
            </Link>
          ) : null
        }
      />
      {d.canCreate && d.canInvite ? <InviteFirstColleague orgSlug={d.orgSlug} /> : null}
    </div>
  );
}
