import { Link } from "react-router";
import type { Route } from "./+types/assessment-history";
import { TierBadge } from "~/components/use-cases/badges";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { notFound } from "~/lib/http.server";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { can } from "~/lib/permissions";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { listAssessmentHistory } from "~/modules/assessments/assessments.server";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

export async function loader({ params, context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const useCaseId = idParam(params.useCaseId);
  const { t } = requestT(context);
  const history = await listAssessmentHistory({ orgId: scope.org.id, useCaseId });
  if (!history) notFound();
  return {
    pageTitle: `${t("assessment.history.title")}: ${history.useCase.title}`,
    orgSlug: scope.org.slug,
    ...history,
    canAssess: can(scope.role, "assessment:update"),
  };
}

export default function AssessmentHistory({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const base = `/o/${d.orgSlug}/use-cases/${d.useCase.id}`;
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-2">
        <Link
          to={base}
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
        >
          ← {d.useCase.title}
        </Link>
        <h1 className="text-display">{t("assessment.history.title")}</h1>
        <p className="text-ink-muted">{t("assessment.history.intro")}</p>
      </header>
      {d.draft ? (
        <p className="flex flex-wrap items-center gap-3 rounded-control bg-brand-soft px-3 py-2">
          {t("assessment.history.draftOpen", {
            date: formatDate(new Date(d.draft.updatedAt), locale, "long"),
          })}
          {d.canAssess ? (
            <Link to={`${base}/assessment`} className="font-medium underline underline-offset-2">
              {t("assessment.history.resume")}
            </Link>
          ) : null}
        </p>
      ) : null}
      {d.items.length === 0 ? (
        <p className="text-ink-muted">{t("assessment.history.empty")}</p>
      ) : (
        <div className="relative overflow-x-auto rounded-card border border-line bg-surface-raised shadow-card">
          <table className="w-full min-w-[40rem] text-left">
            <caption className="sr-only">{t("assessment.history.title")}</caption>
            <thead className="border-b border-line text-caption text-ink-muted">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("assessment.history.date")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("assessment.history.author")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("assessment.history.tier")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("assessment.history.roles")}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  {t("assessment.history.obligations")}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  {t("assessment.history.judgements")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("assessment.history.ruleset")}
                </th>
                <th scope="col" className="px-4 py-2">
                  <span className="sr-only">{t("assessment.history.view")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {d.items.map((item) => (
                <tr key={item.id}>
                  <td className="px-4 py-2 tabular-nums">
                    {item.completedAt ? formatDate(new Date(item.completedAt), locale) : ""}
                  </td>
                  <td className="px-4 py-2">
                    {item.authorName ?? t("assessment.result.unknownAuthor")}
                  </td>
                  <td className="px-4 py-2">
                    <TierBadge tier={item.tier} />
                  </td>
                  <td className="px-4 py-2">
                    {item.roles.map((role) => t(`assessment.role.${role}`)).join(", ")}
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{item.obligations}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{item.judgements}</td>
                  <td className="px-4 py-2 text-caption">
                    {item.rulesetVersion}{" "}
                    <Badge tone={item.isCurrentRuleset ? "success" : "warning"}>
                      {item.isCurrentRuleset
                        ? t("assessment.history.current")
                        : t("assessment.history.outdated")}
                    </Badge>
                  </td>
                  <td className="px-4 py-2">
                    <Link
                      to={`${base}/assessments/${item.id}`}
                      className={buttonClass("ghost", "px-2 py-1 text-caption")}
                    >
                      {t("assessment.history.view")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
