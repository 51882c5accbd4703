import { TeamCoverageBadge } from "~/components/literacy/use-case-coverage-list";
import { formatDate, formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { GovernanceEvidence } from "~/modules/governance/evidence";

/** "6 reviews in 30 days · 8 % corrected", or that there was none. */
export function useOversightLine() {
  const { t, locale } = useI18n();
  return ({ oversight }: GovernanceEvidence) =>
    oversight.reviewsLast30Days === 0
      ? t("governance.oversight.none")
      : t("governance.oversight.reviews", {
          count: oversight.reviewsLast30Days,
          rate: formatPercent(oversight.correctionRateLast30Days ?? 0, locale),
        });
}

/** "Last incident 28 Nov 2026 (high)", or that none was recorded. */
export function useIncidentLine() {
  const { t, locale } = useI18n();
  return ({ oversight }: GovernanceEvidence) =>
    oversight.lastIncident
      ? t("governance.incident.last", {
          date: formatDate(oversight.lastIncident.date, locale),
          severity: t(`oversight.severity.${oversight.lastIncident.severity}`),
        })
      : t("governance.incident.none");
}

/**
 * A use case's evidence in four short lines (the AI register's column): oversight in
 * the last 30 days, the last incident, the team's training and the data sources checked.
 */
export function EvidenceSummary({ evidence }: { evidence: GovernanceEvidence }) {
  const { t } = useI18n();
  const oversightLine = useOversightLine();
  const incidentLine = useIncidentLine();
  const { data, oversight } = evidence;
  return (
    <ul className="flex min-w-56 flex-col gap-1 text-caption">
      <li className={oversight.reviewsLast30Days === 0 ? "text-ink-muted" : undefined}>
        {oversightLine(evidence)}
      </li>
      <li
        className={
          oversight.openHighIncidents > 0
            ? "font-medium text-danger"
            : oversight.lastIncident
              ? undefined
              : "text-ink-muted"
        }
      >
        {incidentLine(evidence)}
      </li>
      <li>
        <TeamCoverageBadge coverage={evidence.literacy} withTeam />
      </li>
      <li className={data.sources === 0 ? "text-ink-muted" : undefined}>
        {data.sources === 0
          ? t("governance.data.none")
          : t("governance.data.checked", { checked: data.fullyChecked, total: data.sources })}
      </li>
    </ul>
  );
}
