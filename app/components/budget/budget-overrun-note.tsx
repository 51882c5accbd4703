import { formatCents } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { budgetOverrun } from "~/modules/budget/overrun";

/**
 * The warning wherever a roadmap's budget shows (budget page, dashboard, report) when
 * its planned lines or its spending exceed the budget set on the roadmap.
 */
export function BudgetOverrunNote(totals: {
  budgetCents: number;
  plannedCents: number;
  actualCents: number;
}) {
  const { t, locale } = useI18n();
  const { plannedOverCents, actualOverCents } = budgetOverrun(totals);
  if (plannedOverCents === null && actualOverCents === null) return null;
  const money = (cents: number) => formatCents(cents, locale);
  return (
    <div
      data-testid="budget-overrun"
      className="rounded-control border border-warning bg-warning-soft px-3 py-2 text-ink"
    >
      <p className="font-medium">{t("roadmaps.budget.overrun.title")}</p>
      <ul className="mt-1 list-disc pl-5 text-caption">
        {plannedOverCents !== null ? (
          <li>
            {t("roadmaps.budget.overrun.planned", {
              planned: money(totals.plannedCents),
              budget: money(totals.budgetCents),
              amount: money(plannedOverCents),
            })}
          </li>
        ) : null}
        {actualOverCents !== null ? (
          <li>
            {t("roadmaps.budget.overrun.actual", {
              actual: money(totals.actualCents),
              budget: money(totals.budgetCents),
              amount: money(actualOverCents),
            })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
