-- Governance records: human oversight reviews, AI literacy (trainings, completions, plan),
-- use case teams, data sources with quality checks, derived KPIs, audit log paging.
-- DropIndex
DROP INDEX "AuditEvent_orgId_createdAt_idx";

-- CreateTable
CREATE TABLE "OversightReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "useCaseId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "date" DATETIME NOT NULL,
    "reviewedCount" INTEGER NOT NULL,
    "approvedCount" INTEGER NOT NULL,
    "correctedCount" INTEGER NOT NULL,
    "rejectedCount" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "hasIncident" BOOLEAN NOT NULL DEFAULT false,
    "incidentSeverity" TEXT,
    "incidentDescription" TEXT NOT NULL DEFAULT '',
    "followUpTaskId" TEXT,
    "recordedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "OversightReview_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OversightReview_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OversightReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "OversightReview_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "OversightReview_followUpTaskId_fkey" FOREIGN KEY ("followUpTaskId") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Training" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 60,
    "provider" TEXT NOT NULL DEFAULT '',
    "validityMonths" INTEGER,
    "link" TEXT NOT NULL DEFAULT '',
    "seedKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Training_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingCompletion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "trainingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "completedOn" DATETIME NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrainingCompletion_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainingCompletion_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "Training" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainingCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainingCompletion_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "trainingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "taskId" TEXT,
    "assignedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrainingAssignment_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainingAssignment_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "Training" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainingAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainingAssignment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UseCaseMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "useCaseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UseCaseMember_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UseCaseMember_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UseCaseMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "useCaseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "systemOfRecord" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT,
    "kind" TEXT NOT NULL,
    "personalData" TEXT NOT NULL,
    "legalBasis" TEXT,
    "retention" TEXT NOT NULL DEFAULT '',
    "sentToVendor" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DataSource_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataSource_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataSource_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataSourceCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "dataSourceId" TEXT NOT NULL,
    "aspect" TEXT NOT NULL,
    "checkedOn" DATETIME NOT NULL,
    "checkedById" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DataSourceCheck_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataSourceCheck_dataSourceId_fkey" FOREIGN KEY ("dataSourceId") REFERENCES "DataSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DataSourceCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Kpi" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "roadmapId" TEXT,
    "useCaseId" TEXT,
    "ownerId" TEXT,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "direction" TEXT NOT NULL,
    "baseline" REAL NOT NULL,
    "target" REAL NOT NULL,
    "baselineDate" DATETIME NOT NULL,
    "targetDate" DATETIME NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Kpi_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Kpi_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Kpi_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Kpi_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Kpi" ("archivedAt", "baseline", "baselineDate", "category", "createdAt", "direction", "id", "name", "orgId", "ownerId", "roadmapId", "target", "targetDate", "unit", "updatedAt", "useCaseId", "version") SELECT "archivedAt", "baseline", "baselineDate", "category", "createdAt", "direction", "id", "name", "orgId", "ownerId", "roadmapId", "target", "targetDate", "unit", "updatedAt", "useCaseId", "version" FROM "Kpi";
DROP TABLE "Kpi";
ALTER TABLE "new_Kpi" RENAME TO "Kpi";
CREATE INDEX "Kpi_orgId_roadmapId_createdAt_idx" ON "Kpi"("orgId", "roadmapId", "createdAt");
CREATE INDEX "Kpi_roadmapId_idx" ON "Kpi"("roadmapId");
CREATE INDEX "Kpi_useCaseId_idx" ON "Kpi"("useCaseId");
CREATE INDEX "Kpi_ownerId_idx" ON "Kpi"("ownerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "OversightReview_followUpTaskId_key" ON "OversightReview"("followUpTaskId");

-- CreateIndex
CREATE INDEX "OversightReview_orgId_useCaseId_date_idx" ON "OversightReview"("orgId", "useCaseId", "date");

-- CreateIndex
CREATE INDEX "OversightReview_orgId_reviewerId_date_idx" ON "OversightReview"("orgId", "reviewerId", "date");

-- CreateIndex
CREATE INDEX "OversightReview_orgId_hasIncident_date_idx" ON "OversightReview"("orgId", "hasIncident", "date");

-- CreateIndex
CREATE INDEX "OversightReview_useCaseId_idx" ON "OversightReview"("useCaseId");

-- CreateIndex
CREATE INDEX "OversightReview_reviewerId_idx" ON "OversightReview"("reviewerId");

-- CreateIndex
CREATE INDEX "OversightReview_recordedById_idx" ON "OversightReview"("recordedById");

-- CreateIndex
CREATE INDEX "Training_orgId_archivedAt_title_idx" ON "Training"("orgId", "archivedAt", "title");

-- CreateIndex
CREATE UNIQUE INDEX "Training_orgId_seedKey_key" ON "Training"("orgId", "seedKey");

-- CreateIndex
CREATE INDEX "TrainingCompletion_orgId_userId_completedOn_idx" ON "TrainingCompletion"("orgId", "userId", "completedOn");

-- CreateIndex
CREATE INDEX "TrainingCompletion_orgId_trainingId_completedOn_idx" ON "TrainingCompletion"("orgId", "trainingId", "completedOn");

-- CreateIndex
CREATE INDEX "TrainingCompletion_userId_idx" ON "TrainingCompletion"("userId");

-- CreateIndex
CREATE INDEX "TrainingCompletion_recordedById_idx" ON "TrainingCompletion"("recordedById");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingCompletion_trainingId_userId_completedOn_key" ON "TrainingCompletion"("trainingId", "userId", "completedOn");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingAssignment_taskId_key" ON "TrainingAssignment"("taskId");

-- CreateIndex
CREATE INDEX "TrainingAssignment_orgId_userId_idx" ON "TrainingAssignment"("orgId", "userId");

-- CreateIndex
CREATE INDEX "TrainingAssignment_userId_idx" ON "TrainingAssignment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingAssignment_trainingId_userId_key" ON "TrainingAssignment"("trainingId", "userId");

-- CreateIndex
CREATE INDEX "UseCaseMember_orgId_userId_idx" ON "UseCaseMember"("orgId", "userId");

-- CreateIndex
CREATE INDEX "UseCaseMember_userId_idx" ON "UseCaseMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UseCaseMember_useCaseId_userId_key" ON "UseCaseMember"("useCaseId", "userId");

-- CreateIndex
CREATE INDEX "DataSource_orgId_useCaseId_idx" ON "DataSource"("orgId", "useCaseId");

-- CreateIndex
CREATE INDEX "DataSource_useCaseId_idx" ON "DataSource"("useCaseId");

-- CreateIndex
CREATE INDEX "DataSource_ownerId_idx" ON "DataSource"("ownerId");

-- CreateIndex
CREATE INDEX "DataSourceCheck_orgId_dataSourceId_idx" ON "DataSourceCheck"("orgId", "dataSourceId");

-- CreateIndex
CREATE INDEX "DataSourceCheck_checkedById_idx" ON "DataSourceCheck"("checkedById");

-- CreateIndex
CREATE UNIQUE INDEX "DataSourceCheck_dataSourceId_aspect_key" ON "DataSourceCheck"("dataSourceId", "aspect");

-- CreateIndex
CREATE INDEX "AuditEvent_orgId_createdAt_id_idx" ON "AuditEvent"("orgId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_orgId_actorId_createdAt_idx" ON "AuditEvent"("orgId", "actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_orgId_entity_createdAt_idx" ON "AuditEvent"("orgId", "entity", "createdAt");

