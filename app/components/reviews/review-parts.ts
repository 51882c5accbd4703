/*
 * The closing review's parts that only show (the decision paper, the evidence: KPI
 * results, each use case's figures, learnings, budget; the page header): one chunk that
 * the review loads after its first load (see deferred in routes/org/roadmaps/review.tsx
 * and review-form.tsx). The decision fields, summary and buttons stay in the page's.
 */
export { BudgetTable } from "../dashboard/budget-table";
export { RoadmapPageHeader } from "../roadmap/roadmap-page-header";
export { DecisionPaper } from "./decision-paper";
export { KpiResults } from "./kpi-results";
export { LearningsByKind } from "./learnings-by-kind";
export { UseCaseEvidenceList } from "./use-case-evidence";
