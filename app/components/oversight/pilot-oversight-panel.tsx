import { Link, useLocation, useSearchParams } from "react-router";
import { formatKpiValue } from "~/components/kpis/format";
import { buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { FormAlert } from "~/components/ui/form-alert";
import { useI18n } from "~/lib/i18n/react";
import type { PilotOversight } from "~/modules/oversight/section.server";

/**
 * Quick entry on the pilot phase's board: per selected or piloting use case of the
 * roadmap, its 30-day figures and "record review", which comes back to this board.
 */
export function PilotOversightPanel({
  orgSlug,
  oversight,
}: {
  orgSlug: string;
  oversight: PilotOversight;
}) {
  const { useCases, canRecord } = oversight;
  const { t, locale } = useI18n();
  const location = useLocation();
  const [search] = useSearchParams();
  const back = encodeURIComponent(
    `${location.pathname}${location.search}`.replace(
      /[?&]oversight=recorded(&task=[a-z0-9]+)?/i,
      "",
    ),
  );
  return (
    <Card aria-labelledby="pilot-oversight-title" className="flex flex-col gap-3">
      <CardTitle id="pilot-oversight-title">{t("oversight.board.title")}</CardTitle>
      <p className="text-caption text-ink-muted">{t("oversight.board.intro")}</p>
      {search.get("oversight") === "recorded" ? (
        <FormAlert tone="success">{t("oversight.flash.recorded")}</FormAlert>
      ) : null}
      {useCases.length === 0 ? (
        <p className="text-ink-muted">{t("oversight.board.none")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line">
          {useCases.map((u) => {
            const log = `/o/${orgSlug}/use-cases/${u.id}/oversight`;
            const rate = u.summary.correctionRateLast30Days;
            return (
              <li key={u.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <div className="flex min-w-0 flex-col">
                  <span className="font-medium">{u.title}</span>
                  <span className="text-caption text-ink-muted tabular-nums">
                    {t("oversight.stats.reviews")}: {u.summary.reviewsLast30Days}
                    {rate !== null ? ` · ${formatKpiValue(rate, "%", locale)}` : ""}
                    {u.summary.openHighIncidents > 0
                      ? ` · ${t("oversight.stats.openHigh", { count: u.summary.openHighIncidents })}`
                      : ""}
                  </span>
                </div>
                <div className="flex flex-wrap gap-2">
                  {canRecord ? (
                    <Link
                      to={`${log}/new?returnTo=${back}`}
                      aria-label={t("oversight.board.recordFor", { useCase: u.title })}
                      className={buttonClass("primary")}
                    >
                      {t("oversight.record")}
                    </Link>
                  ) : null}
                  <Link
                    to={log}
                    aria-label={t("oversight.board.logFor", { useCase: u.title })}
                    className={buttonClass("ghost")}
                  >
                    {t("oversight.board.log")}
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
