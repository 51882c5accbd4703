import { Link } from "react-router";
import { formatKpiValue } from "~/components/kpis/format";
import { Card, CardTitle } from "~/components/ui/card";
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
        <div className="max-h-[32rem] overflow-auto">
          <table className="w-full text-left text-body">
            <caption className="sr-only">{t("oversight.kpi.weeksCaption")}</caption>
            <thead className="sticky top-0 bg-surface-raised text-caption text-ink-muted">
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t("oversight.kpi.week")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  {t("oversight.kpi.reviewed")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  {t(isApproval ? "oversight.kpi.approved" : "oversight.kpi.changed")}
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  {t("oversight.kpi.value")}
                </th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((w) => (
                <tr key={w.monday} className="border-b border-line last:border-b-0">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {t("oversight.kpi.weekOf", {
                      label: w.label,
                      date: formatDate(w.monday, locale),
                    })}
                  </th>
                  <td className="py-2 pr-3 text-right tabular-nums">{w.reviewed}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{w.hits}</td>
                  <td className="py-2 text-right font-medium tabular-nums">
                    {formatKpiValue(w.value, kpi.unit, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
