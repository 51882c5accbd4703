-- The roadmap overview counts a roadmap's tasks by due date, status and phase
-- from this index alone (no table reads); it still serves due-date ranges.
DROP INDEX "Task_orgId_roadmapId_dueDate_idx";

CREATE INDEX "Task_orgId_roadmapId_dueDate_status_phaseId_deletedAt_idx" ON "Task"("orgId", "roadmapId", "dueDate", "status", "phaseId", "deletedAt");
