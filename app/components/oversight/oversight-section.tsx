import { Link, useSearchParams } from "react-router";
import { formatKpiValue } from "~/components/kpis/format";
import { buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { FormAlert } from "~/components/ui/form-alert";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { can } from "~/lib/permissions";
import type { Role } from "~/lib/permissions";
import { CORRECTION_RATE_TARGET } from "~/modules/oversight/kpi-offer";
import { ratePercent } from "~/modules/oversight/rates";
import type { UseCaseOversight } from "~/modules/oversight/section.server";
import { CorrectionKpiOffer } from "./correction-kpi-offer";
import { OversightStats, SeverityBadge } from "./oversight-stats";

/**
 * The use case page's oversight section: the 30-day evidence, the latest sessions,
 * quick entry and, once the use case is selected or piloting, the correction-rate KPI.
 */
export function OversightSection({
  orgSlug,
  useCase,
  oversight,
  role,
}: {
  orgSlug: string;
  useCase: { id: string; status: string; isArchived: boolean };
  oversight: UseCaseOversight;
  role: Role;
}) {
  const { t, locale } = useI18n();
  const [search] = useSearchParams();
  const logPath = `/o/${orgSlug}/use-cases/${useCase.id}/oversight`;
  const here = `/o/${orgSlug}/use-cases/${useCase.id}`;
  const canRecord = can(role, "oversight:record") && !useCase.isArchived;
  const offersKpi = useCase.status === "selected" || useCase.status === "piloting";
  return (
    <Card aria-labelledby="oversight-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex max-w-2xl flex-col gap-1">
          <CardTitle id="oversight-title">{t("oversight.title")}</CardTitle>
          <p className="text-caption text-ink-muted">{t("oversight.intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canRecord ? (
            <Link
              to={`${logPath}/new?returnTo=${encodeURIComponent(here)}`}
              className={buttonClass("primary")}
            >
              {t("oversight.record")}
            </Link>
          ) : null}
          <Link to={logPath} className={buttonClass("secondary")}>
            {t("oversight.allReviews")}
          </Link>
        </div>
      </div>
      {search.get("oversight") === "recorded" ? (
        <FormAlert tone="success">{t("oversight.flash.recorded")}</FormAlert>
      ) : null}
      <OversightStats summary={oversight.summary} />
      {oversight.recent.length === 0 ? (
        <p className="text-ink-muted">{t("oversight.noReviews")}</p>
      ) : (
        <div className="flex flex-col gap-1">
          <h3 className="text-caption font-semibold text-ink-muted">
            {t("oversight.recentTitle")}
          </h3>
          <ul className="flex flex-col divide-y divide-line">
            {oversight.recent.map((r) => {
              const rate = ratePercent(r.changed, r.reviewed);
              return (
                <li key={r.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-1.5">
                  <span className="tabular-nums">{formatDate(r.date, locale)}</span>
                  <span className="text-ink-muted">
                    {r.reviewerName ?? t("oversight.table.unknownPerson")}
                  </span>
                  <span className="tabular-nums">
                    {t("oversight.stats.outputs", { count: r.reviewed })}
                    {rate !== null ? ` · ${formatKpiValue(rate, "%", locale)}` : ""}
                  </span>
                  {r.incidentSeverity ? <SeverityBadge severity={r.incidentSeverity} /> : null}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {offersKpi || oversight.kpis.length > 0 ? (
        <CorrectionKpiOffer
          orgSlug={orgSlug}
          logPath={logPath}
          kpis={oversight.kpis}
          canCreate={can(role, "kpi:create") && !useCase.isArchived}
          target={formatKpiValue(CORRECTION_RATE_TARGET, "%", locale)}
        />
      ) : null}
    </Card>
  );
}
