import { Table, TableBody, TableHead, Td, Th, Tr } from "~/components/ui/table";
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
        <Table
          caption={t("dashboard.burnUp.tableCaption")}
          captionHidden
          density="tight"
          className="mt-2"
        >
          <TableHead>
            <Th>{t("dashboard.burnUp.week")}</Th>
            <Th numeric>{t("dashboard.burnUp.planned")}</Th>
            <Th numeric>{t("dashboard.burnUp.done")}</Th>
          </TableHead>
          <TableBody>
            {points.map((p) => (
              <Tr key={p.week}>
                <Th weight="normal" className="tabular-nums">
                  {p.week}
                </Th>
                <Td numeric>{p.planned}</Td>
                <Td numeric>{p.done ?? "–"}</Td>
              </Tr>
            ))}
          </TableBody>
        </Table>
      </details>
    </div>
  );
}
