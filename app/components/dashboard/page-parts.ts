/*
 * The dashboard's and the report's sections that only show (tables, lists, notes):
 * one chunk that both pages load after their first load (see deferred in
 * routes/org/dashboard-roadmap.tsx and routes/org/reports/report.tsx). The server
 * renders them at once, so the page and its print are complete without it.
 */
export { BudgetOverrunNote } from "../budget/budget-overrun-note";
export { GovernanceTable } from "../governance/governance-table";
export { OpenIncidents } from "../oversight/open-incidents";
export { LearningsByKind } from "../reviews/learnings-by-kind";
export { PhaseProgress } from "../roadmap/phase-progress";
export { BudgetTable } from "./budget-table";
export { BurnUpSummary } from "./burn-up-summary";
export { GateList } from "./gate-list";
export { KpiCard } from "./kpi-card";
export { OverdueOwners } from "./overdue-owners";
export { TierList } from "./tier-list";
