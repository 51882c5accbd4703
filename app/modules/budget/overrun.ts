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
