import { Table, TableBody, TableFoot, TableHead, Td, Th, Tr } from "~/components/ui/table";
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
    <Table caption={t("dashboard.budget.title")} captionHidden>
      <TableHead>
        <Th>{t("dashboard.budget.phase")}</Th>
        <Th numeric>{t("dashboard.budget.planned")}</Th>
        <Th numeric>{t("dashboard.budget.actual")}</Th>
        <Th numeric>{t("dashboard.budget.difference")}</Th>
      </TableHead>
      <TableBody>
        {phases.map((p) => (
          <Tr key={p.kind}>
            <Th weight="normal">
              {p.position}. {t(`phase.${p.kind}`)}
            </Th>
            <Td numeric>{money(p.budget.plannedCents)}</Td>
            <Td numeric>{money(p.budget.actualCents)}</Td>
            <Td numeric>{diff(p.budget.plannedCents, p.budget.actualCents)}</Td>
          </Tr>
        ))}
      </TableBody>
      <TableFoot>
        <Tr>
          <Th>{t("dashboard.budget.total")}</Th>
          <Td numeric>{money(planned)}</Td>
          <Td numeric>{money(actual)}</Td>
          <Td numeric>{diff(planned, actual)}</Td>
        </Tr>
      </TableFoot>
    </Table>
  );
}
