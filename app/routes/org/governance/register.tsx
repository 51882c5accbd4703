import { Link } from "react-router";
import type { Route } from "./+types/register";
import { EvidenceSummary } from "~/components/governance/evidence-summary";
import { DocumentationBadge, StatusBadge, TierBadge } from "~/components/use-cases/badges";
import { UseCasesNav } from "~/components/use-cases/use-cases-nav";
import { Badge } from "~/components/ui/badge";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { getOrgScope } from "~/lib/middleware.server";
import { requestT } from "~/lib/route/context.server";
import { pageTitle } from "~/lib/route/meta";
import { listRegister } from "~/modules/assessments/register.server";
import { RULESET_VERSION } from "~/modules/assessments/ruleset";
import { todayIso } from "~/modules/calendar/dates";
import type { UseCaseStatus } from "~/modules/use-cases/status";

export const meta: Route.MetaFunction = ({ data }) => pageTitle(data?.pageTitle);

/** Every member may read the register (viewers: leadership, works council, auditors). */
export async function loader({ context }: Route.LoaderArgs) {
  const scope = getOrgScope(context);
  const { t } = requestT(context);
  const rows = await listRegister({ orgId: scope.org.id, today: todayIso() });
  return {
    pageTitle: t("register.title"),
    orgSlug: scope.org.slug,
    rows,
    rulesetVersion: RULESET_VERSION,
  };
}

export default function Register({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const active = d.rows.filter((r) => !r.isArchived);
  const summary = [
    t("register.summary.assessed", {
      count: active.filter((r) => r.documentation === "assessed").length,
    }),
    t("register.summary.highRisk", {
      count: active.filter((r) => r.tier === "high_risk").length,
    }),
    t("register.summary.openJudgements", {
      count: active.reduce((sum, r) => sum + r.openJudgements, 0),
    }),
    t("register.summary.needsWork", {
      count: active.filter(
        (r) => r.documentation === "not_assessed" || r.documentation === "outdated",
      ).length,
    }),
  ];
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-display">{t("register.title")}</h1>
          {d.rows.length > 0 ? (
            <a
              href={`/o/${d.orgSlug}/governance/register.csv`}
              download
              className={buttonClass("secondary")}
            >
              {t("register.exportCsv")}
            </a>
          ) : null}
        </div>
        <p className="max-w-3xl text-ink-muted">{t("register.intro")}</p>
        <UseCasesNav orgSlug={d.orgSlug} />
      </header>

      {d.rows.length === 0 ? (
        <EmptyState title={t("register.emptyTitle")} body={t("register.emptyBody")} />
      ) : (
        <>
          <ul className="flex flex-wrap gap-2" aria-label={t("register.caption")}>
            {summary.map((s) => (
              <li
                key={s}
                className="rounded-control border border-line bg-surface-raised px-3 py-1.5 text-caption font-medium"
              >
                {s}
              </li>
            ))}
            <li className="px-1 py-1.5 text-caption text-ink-muted">
              {t("register.currentRuleset", { version: d.rulesetVersion })}
            </li>
          </ul>
          <Table caption={t("register.caption")} captionHidden framed minWidth="xl">
            <TableHead>
              {(
                [
                  "title",
                  "status",
                  "tierAndRole",
                  "assessedWith",
                  "openJudgements",
                  "documentation",
                ] as const
              ).map((col) => (
                <Th key={col} numeric={col === "openJudgements"}>
                  {t(`register.column.${col}`)}
                </Th>
              ))}
              <Th>{t("governance.evidence")}</Th>
            </TableHead>
            <TableBody>
              {d.rows.map((row) => (
                <Tr key={row.id} className={row.isArchived ? "bg-surface-muted" : undefined}>
                  <Th>
                    <Link
                      to={`/o/${d.orgSlug}/use-cases/${row.id}`}
                      className="text-ink underline-offset-2 hover:text-brand hover:underline"
                    >
                      {row.title}
                    </Link>
                    <span className="block text-caption font-normal text-ink-muted">
                      {t(`useCases.area.${row.area as "other"}`)}
                      {row.ownerName ? ` · ${row.ownerName}` : ""}
                    </span>
                    {row.isArchived ? <Badge>{t("register.archived")}</Badge> : null}
                  </Th>
                  <Td>
                    <StatusBadge status={row.status as UseCaseStatus} />
                  </Td>
                  <Td>
                    {row.tier ? <TierBadge tier={row.tier} /> : t("register.none")}
                    {row.roles.length > 0 ? (
                      <span className="mt-1 block">
                        <span className="sr-only">{t("register.column.roles")}: </span>
                        {row.roles.map((role) => t(`assessment.role.${role}`)).join(", ")}
                      </span>
                    ) : null}
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums">
                    {row.assessedOn ? formatDate(row.assessedOn, locale) : t("register.none")}
                    {row.rulesetVersion ? (
                      <span className="block text-caption text-ink-muted">
                        <span className="sr-only">{t("register.column.rulesetVersion")}: </span>
                        {row.rulesetVersion}
                      </span>
                    ) : null}
                  </Td>
                  <Td numeric>
                    {row.tier ? (
                      row.openJudgements > 0 ? (
                        <Badge tone="warning">{row.openJudgements}</Badge>
                      ) : (
                        "0"
                      )
                    ) : (
                      t("register.none")
                    )}
                  </Td>
                  <Td>
                    <DocumentationBadge status={row.documentation} />
                    <span className="sr-only">
                      {" "}
                      {t(`register.documentationHint.${row.documentation}`)}
                    </span>
                  </Td>
                  <Td>
                    <EvidenceSummary evidence={row.evidence} />
                  </Td>
                </Tr>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}
