import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { formatDate, formatPercent } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { GovernanceEvidence } from "~/modules/governance/evidence";

/**
 * The leadership report's governance figures: per active use case the oversight
 * reviews and correction rate of the last 30 days, the last incident, the team's AI
 * literacy and the data sources checked (the AI register's evidence, as columns).
 */
export function GovernanceTable({
  labelledBy,
  rows,
}: {
  labelledBy: string;
  rows: { id: string; title: string; evidence: GovernanceEvidence }[];
}) {
  const { t, locale } = useI18n();
  return (
    <Table labelledBy={labelledBy} size="caption">
      <TableHead>
        <Th>{t("register.column.title")}</Th>
        <Th numeric>{t("governance.column.reviews30d")}</Th>
        <Th numeric>{t("governance.column.correctionRate30d")}</Th>
        <Th>{t("governance.column.lastIncident")}</Th>
        <Th>{t("governance.column.literacy")}</Th>
        <Th>{t("governance.column.dataSourcesChecked")}</Th>
      </TableHead>
      <TableBody>
        {rows.map(({ id, title, evidence: { oversight, literacy, data } }) => (
          <Tr key={id}>
            <Th className="text-body">{title}</Th>
            <Td numeric>{oversight.reviewsLast30Days}</Td>
            <Td numeric>
              {oversight.correctionRateLast30Days === null
                ? "–"
                : formatPercent(oversight.correctionRateLast30Days, locale)}
            </Td>
            <Td
              className={`whitespace-nowrap ${oversight.openHighIncidents > 0 ? "font-medium text-danger" : ""}`}
            >
              {oversight.lastIncident
                ? `${formatDate(oversight.lastIncident.date, locale)} · ${t(
                    `oversight.severity.${oversight.lastIncident.severity}`,
                  )}`
                : "–"}
            </Td>
            <Td>
              {literacy.teamSize === 0
                ? t("literacy.noTeam")
                : t("governance.report.ofTotal", {
                    checked: literacy.trained,
                    total: literacy.teamSize,
                  })}
            </Td>
            <Td>
              {data.sources === 0
                ? "–"
                : t("governance.report.ofTotal", {
                    checked: data.fullyChecked,
                    total: data.sources,
                  })}
            </Td>
          </Tr>
        ))}
      </TableBody>
    </Table>
  );
}
