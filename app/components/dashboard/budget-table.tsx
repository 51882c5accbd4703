import { formatCents } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { PhaseKind } from "~/modules/calendar/phase-dates";

export type BudgetPhase = {
  kind: PhaseKind;
  position: number;
  budget: { plannedCents: number; actualCents: number };
};

/** Planned vs actual per phase, with the difference: the budget chart's text alternative. */
export function BudgetTable({ phases }: { phases: BudgetPhase[] }) {
  const { t, locale } = useI18n();
  const money = (cents: number) => formatCents(cents, locale);
  const planned = phases.reduce((s, p) => s + p.budget.plannedCents, 0);
  const actual = phases.reduce((s, p) => s + p.budget.actualCents, 0);
  const diff = (p: number, a: number) => (
    <span className={a > p ? "font-medium text-danger" : "text-ink-muted"}>
      {a - p > 0 ? "+" : ""}
      {money(a - p)}
    </span>
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left tabular-nums">
        <caption className="sr-only">{t("dashboard.budget.title")}</caption>
        <thead className="text-caption text-ink-muted">
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("dashboard.budget.phase")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("dashboard.budget.planned")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("dashboard.budget.actual")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("dashboard.budget.difference")}
            </th>
          </tr>
        </thead>
        <tbody>
          {phases.map((p) => (
            <tr key={p.kind} className="border-b border-line">
              <th scope="row" className="py-2 pr-3 font-normal">
                {p.position}. {t(`phase.${p.kind}`)}
              </th>
              <td className="py-2 pr-3 text-right">{money(p.budget.plannedCents)}</td>
              <td className="py-2 pr-3 text-right">{money(p.budget.actualCents)}</td>
              <td className="py-2 text-right">
                {diff(p.budget.plannedCents, p.budget.actualCents)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="font-semibold">
          <tr>
            <th scope="row" className="py-2 pr-3">
              {t("dashboard.budget.total")}
            </th>
            <td className="py-2 pr-3 text-right">{money(planned)}</td>
            <td className="py-2 pr-3 text-right">{money(actual)}</td>
            <td className="py-2 text-right">{diff(planned, actual)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
