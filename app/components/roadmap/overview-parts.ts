/*
 * The roadmap overview's parts that only show (header with its navigation, timeline,
 * phase cards, task lists, links along the chain of roadmaps): one chunk that the page
 * loads after its first load (see deferred in routes/org/roadmaps/overview.tsx).
 */
export { RoadmapChainLinks } from "../reviews/roadmap-chain-links";
export { PhaseCard } from "./phase-card";
export { RoadmapPageHeader } from "./roadmap-page-header";
export { TaskList } from "./task-list";
export { Timeline } from "./timeline";
