import { useI18n } from "~/lib/i18n/react";
import type { BurnUpPoint } from "~/modules/roadmaps/progress";

/** The burn-up chart's text alternative: one sentence, and the numbers on request. */
export function BurnUpSummary({
  points,
  currentWeek,
  total,
}: {
  points: BurnUpPoint[];
  currentWeek: number | null;
  total: number;
}) {
  const { t } = useI18n();
  const started = points.filter((p) => p.done !== null);
  const latest = currentWeek
    ? (points.find((p) => p.week === currentWeek) ?? started.at(-1))
    : started.at(-1);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-ink-muted">
        {latest && latest.done !== null
          ? t("dashboard.burnUp.summary", {
              week: latest.week,
              planned: latest.planned,
              total,
              done: latest.done,
            })
          : t("dashboard.burnUp.summaryNotStarted", { total })}
      </p>
      <details className="no-print text-caption">
        <summary className="cursor-pointer text-brand">{t("dashboard.burnUp.showTable")}</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left tabular-nums">
            <caption className="sr-only">{t("dashboard.burnUp.tableCaption")}</caption>
            <thead className="text-ink-muted">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("dashboard.burnUp.week")}
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  {t("dashboard.burnUp.planned")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("dashboard.burnUp.done")}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.week} className="border-t border-line">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {p.week}
                  </th>
                  <td className="py-1 pr-3 text-right">{p.planned}</td>
                  <td className="py-1 text-right">{p.done ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
