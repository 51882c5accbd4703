/**
 * Where a roadmap's money goes past its budget: the planned lines together, and what
 * has been spent. A roadmap without a budget (0) has nothing to exceed.
 */
export type BudgetOverrun = {
  /** The planned lines exceed the roadmap's budget by this many cents. */
  plannedOverCents: number | null;
  /** What was spent exceeds the roadmap's budget by this many cents. */
  actualOverCents: number | null;
};

export function budgetOverrun(totals: {
  budgetCents: number;
  plannedCents: number;
  actualCents: number;
}): BudgetOverrun {
  const { budgetCents, plannedCents, actualCents } = totals;
  if (budgetCents <= 0) return { plannedOverCents: null, actualOverCents: null };
  return {
    plannedOverCents: plannedCents > budgetCents ? plannedCents - budgetCents : null,
    actualOverCents: actualCents > budgetCents ? actualCents - budgetCents : null,
  };
}

/**
 * How much of the planned lines has been spent, in whole percent (over 100 when spending
 * ran past the plan); 0 while nothing is planned. The dashboard's "budget spent" and the
 * portfolio read it alike.
 */
export function spentPercent(totals: { plannedCents: number; actualCents: number }): number {
  return totals.plannedCents > 0 ? Math.round((totals.actualCents / totals.plannedCents) * 100) : 0;
}
