import { Link } from "react-router";
import type { Route } from "./+types/assessment-history";
import { TierBadge } from "~/components/use-cases/badges";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { notFound } from "~/lib/http.server";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope } from "~/lib/middleware.server";
import { idParam } from "~/lib/params.server";
import { can } from "~/lib/permissions";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { listAssessmentHistory } from "~/modules/assessments/results.server";

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
            date: formatDate(new Date(d.draft.updatedAt), locale),
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
        <Table caption={t("assessment.history.title")} captionHidden framed minWidth="md">
          <TableHead>
            <Th>{t("assessment.history.date")}</Th>
            <Th>{t("assessment.history.author")}</Th>
            <Th>{t("assessment.history.tier")}</Th>
            <Th>{t("assessment.history.roles")}</Th>
            <Th numeric>{t("assessment.history.obligations")}</Th>
            <Th numeric>{t("assessment.history.judgements")}</Th>
            <Th>{t("assessment.history.ruleset")}</Th>
            <Th>
              <span className="sr-only">{t("assessment.history.view")}</span>
            </Th>
          </TableHead>
          <TableBody>
            {d.items.map((item) => (
              <Tr key={item.id}>
                <Td className="whitespace-nowrap tabular-nums">
                  {item.completedAt ? formatDate(new Date(item.completedAt), locale) : ""}
                </Td>
                <Td>{item.authorName ?? t("assessment.result.unknownAuthor")}</Td>
                <Td>
                  <TierBadge tier={item.tier} />
                </Td>
                <Td>{item.roles.map((role) => t(`assessment.role.${role}`)).join(", ")}</Td>
                <Td numeric>{item.obligations}</Td>
                <Td numeric>{item.judgements}</Td>
                <Td className="text-caption">
                  {item.rulesetVersion}{" "}
                  <Badge tone={item.isCurrentRuleset ? "success" : "warning"}>
                    {item.isCurrentRuleset
                      ? t("assessment.history.current")
                      : t("assessment.history.outdated")}
                  </Badge>
                </Td>
                <Td>
                  <Link
                    to={`${base}/assessments/${item.id}`}
                    className={buttonClass("ghost", "text-caption")}
                  >
                    {t("assessment.history.view")}
                  </Link>
                </Td>
              </Tr>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
