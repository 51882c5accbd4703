import { Link } from "react-router";
import { formatKpiValue } from "~/components/kpis/format";
import { Card, CardTitle } from "~/components/ui/card";
import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { WeeklyRate } from "~/modules/oversight/rates";

/**
 * A derived KPI's values on its detail page, in place of the measurement form and
 * table: where they come from, and one row per ISO week with reviews.
 */
export function DerivedKpiValues({
  orgSlug,
  kpi,
  weeks,
}: {
  orgSlug: string;
  kpi: { source: string; unit: string; useCaseId: string | null; useCaseTitle: string | null };
  weeks: WeeklyRate[];
}) {
  const { t, locale } = useI18n();
  const isApproval = kpi.source === "oversight_approval_rate";
  const newestFirst = [...weeks].reverse();
  return (
    <Card aria-labelledby="weeks-title" className="flex flex-col gap-3">
      <CardTitle id="weeks-title">{t("oversight.kpi.weeksTitle")}</CardTitle>
      <p className="text-ink-muted">
        {t(isApproval ? "oversight.kpi.derivedNoteApproval" : "oversight.kpi.derivedNote", {
          useCase: kpi.useCaseTitle ?? "–",
        })}{" "}
        {kpi.useCaseId ? (
          <Link
            to={`/o/${orgSlug}/use-cases/${kpi.useCaseId}/oversight`}
            className="font-medium text-brand underline-offset-2 hover:underline"
          >
            {t("oversight.kpi.openLog")}
          </Link>
        ) : null}
      </p>
      {weeks.length === 0 ? (
        <p className="text-ink-muted">{t("oversight.kpi.noWeeks")}</p>
      ) : (
        <Table caption={t("oversight.kpi.weeksCaption")} captionHidden stickyHeader>
          <TableHead>
            <Th>{t("oversight.kpi.week")}</Th>
            <Th numeric>{t("oversight.kpi.reviewed")}</Th>
            <Th numeric>{t(isApproval ? "oversight.kpi.approved" : "oversight.kpi.changed")}</Th>
            <Th numeric>{t("oversight.kpi.value")}</Th>
          </TableHead>
          <TableBody>
            {newestFirst.map((w) => (
              <Tr key={w.monday}>
                <Th weight="normal">
                  {t("oversight.kpi.weekOf", {
                    label: w.label,
                    date: formatDate(w.monday, locale),
                  })}
                </Th>
                <Td numeric>{w.reviewed}</Td>
                <Td numeric>{w.hits}</Td>
                <Td numeric className="font-medium">
                  {formatKpiValue(w.value, kpi.unit, locale)}
                </Td>
              </Tr>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
