/*
 * The board's parts that only show (links, plain forms, notices): one chunk that the
 * board loads after its first load (see deferred in routes/org/roadmaps/board.tsx).
 * What takes clicks at once (the columns, cards and tick buttons) stays in the board's.
 */
export { PilotOversightPanel } from "../oversight/pilot-oversight-panel";
export { RoadmapNav } from "../roadmap/roadmap-nav";
export { FormAlert } from "../ui/form-alert";
export { BoardEmpty } from "./board-empty";
export { BoardToolbar } from "./board-toolbar";
export { DeletedNotice, SavedNotice } from "./notices";
export { PhaseHeader } from "./phase-header";
