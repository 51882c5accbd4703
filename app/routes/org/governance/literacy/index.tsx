import { Link } from "react-router";
import type { Route } from "./+types/index";
import { StatTile } from "~/components/dashboard/stat-tile";
import { LiteracyHeader } from "~/components/literacy/literacy-header";
import { MemberCoverageList } from "~/components/literacy/member-coverage-list";
import { UseCaseCoverageList } from "~/components/literacy/use-case-coverage-list";
import { buttonClass } from "~/components/ui/button";
import { useI18n } from "~/lib/i18n/react";
import { getLiteracyOverview } from "~/modules/literacy/coverage.server";
import { literacyPage } from "~/modules/literacy/route.server";
import { pageTitle } from "~/lib/route/meta";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/** The coverage view: every member may read it (viewers too: leadership, works council). */
export async function loader({ context }: Route.LoaderArgs) {
  const { scope, t, today, can } = await literacyPage(context);
  const overview = await getLiteracyOverview({ orgId: scope.org.id, today });
  return {
    pageTitle: t("literacy.title"),
    orgSlug: scope.org.slug,
    overview,
    canRecord: can.record,
    canManage: can.manage,
  };
}

export default function LiteracyCoverage({ loaderData: d }: Route.ComponentProps) {
  const { t } = useI18n();
  const { summary } = d.overview;
  const record = `/o/${d.orgSlug}/governance/literacy/record`;
  return (
    <div className="flex flex-col gap-6">
      <LiteracyHeader
        orgSlug={d.orgSlug}
        intro={t("literacy.intro")}
        canRecord={d.canRecord}
        actions={
          d.canRecord ? (
            <Link to={record} className={buttonClass("primary")}>
              {d.canManage ? t("literacy.coverage.recordBulk") : t("literacy.coverage.recordOwn")}
            </Link>
          ) : null
        }
      />

      <section aria-labelledby="summary-title" className="flex flex-col gap-3">
        <h2 id="summary-title" className="sr-only">
          {t("literacy.coverage.summaryLabel")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <StatTile
            label={t("literacy.state.trained")}
            value={`${summary.trained} / ${summary.members}`}
            detail={t("literacy.coverage.membersTrained", {
              trained: summary.trained,
              total: summary.members,
            })}
            tone={summary.trained === summary.members ? "success" : undefined}
          />
          <StatTile
            label={t("literacy.state.expired")}
            value={summary.expired}
            detail={t("literacy.coverage.expired", { count: summary.expired })}
            tone={summary.expired > 0 ? "warning" : undefined}
          />
          <StatTile
            label={t("literacy.state.missing")}
            value={summary.missing}
            detail={t("literacy.coverage.missing", { count: summary.missing })}
            tone={summary.missing > 0 ? "danger" : undefined}
          />
          <StatTile
            label={t("literacy.tab.plan")}
            value={summary.due}
            detail={`${t("literacy.coverage.planned", { count: summary.due })} · ${t("literacy.coverage.overdue", { count: summary.overdue })}`}
            tone={summary.overdue > 0 ? "danger" : undefined}
          />
        </dl>
        <p className="max-w-3xl text-caption text-ink-muted">{t("literacy.rule")}</p>
      </section>

      <section aria-labelledby="use-cases-title" className="flex flex-col gap-3">
        <h2 id="use-cases-title" className="text-title">
          {t("literacy.coverage.useCasesTitle")}
        </h2>
        <p className="max-w-3xl text-caption text-ink-muted">
          {t("literacy.coverage.useCasesIntro")}
        </p>
        <UseCaseCoverageList orgSlug={d.orgSlug} useCases={d.overview.useCases} />
      </section>

      <section aria-labelledby="members-title" className="flex flex-col gap-3">
        <h2 id="members-title" className="text-title">
          {t("literacy.coverage.membersTitle")}
        </h2>
        <MemberCoverageList members={d.overview.members} />
      </section>
    </div>
  );
}
