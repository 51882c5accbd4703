-- Closing review of a roadmap (issue 16): one review per roadmap with a decision per use case,
-- the chain roadmap → next roadmap, KPIs carried over, suggested budget lines, stopped use cases.
-- CreateTable
CREATE TABLE "RoadmapReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "roadmapId" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "completedAt" DATETIME,
    "completedById" TEXT,
    "snapshot" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RoadmapReview_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoadmapReview_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoadmapReview_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UseCaseDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "useCaseId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "rolloutUnits" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "UseCaseDecision_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UseCaseDecision_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "RoadmapReview" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UseCaseDecision_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Roadmap" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "ambition" TEXT NOT NULL DEFAULT '',
    "focusArea" TEXT NOT NULL DEFAULT '',
    "startDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "plannedBudgetCents" INTEGER NOT NULL DEFAULT 0,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "predecessorId" TEXT,
    CONSTRAINT "Roadmap_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Roadmap_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Roadmap_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Roadmap" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Roadmap" ("ambition", "createdAt", "createdById", "focusArea", "id", "locale", "orgId", "plannedBudgetCents", "startDate", "status", "title", "updatedAt", "version") SELECT "ambition", "createdAt", "createdById", "focusArea", "id", "locale", "orgId", "plannedBudgetCents", "startDate", "status", "title", "updatedAt", "version" FROM "Roadmap";
DROP TABLE "Roadmap";
ALTER TABLE "new_Roadmap" RENAME TO "Roadmap";
CREATE UNIQUE INDEX "Roadmap_predecessorId_key" ON "Roadmap"("predecessorId");
CREATE INDEX "Roadmap_orgId_status_startDate_idx" ON "Roadmap"("orgId", "status", "startDate");
CREATE INDEX "Roadmap_createdById_idx" ON "Roadmap"("createdById");
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
    "valueKind" TEXT NOT NULL DEFAULT 'non_negative',
    "carriedFromId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Kpi_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Kpi_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Kpi_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Kpi_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Kpi_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Kpi" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Kpi" ("archivedAt", "baseline", "baselineDate", "category", "createdAt", "direction", "id", "name", "orgId", "ownerId", "roadmapId", "source", "target", "targetDate", "unit", "updatedAt", "useCaseId", "valueKind", "version") SELECT "archivedAt", "baseline", "baselineDate", "category", "createdAt", "direction", "id", "name", "orgId", "ownerId", "roadmapId", "source", "target", "targetDate", "unit", "updatedAt", "useCaseId", "valueKind", "version" FROM "Kpi";
DROP TABLE "Kpi";
ALTER TABLE "new_Kpi" RENAME TO "Kpi";
CREATE INDEX "Kpi_orgId_roadmapId_createdAt_idx" ON "Kpi"("orgId", "roadmapId", "createdAt");
CREATE INDEX "Kpi_roadmapId_idx" ON "Kpi"("roadmapId");
CREATE INDEX "Kpi_useCaseId_idx" ON "Kpi"("useCaseId");
CREATE INDEX "Kpi_ownerId_idx" ON "Kpi"("ownerId");
CREATE INDEX "Kpi_carriedFromId_idx" ON "Kpi"("carriedFromId");
CREATE TABLE "new_BudgetLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "roadmapId" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "plannedCents" INTEGER NOT NULL DEFAULT 0,
    "actualCents" INTEGER NOT NULL DEFAULT 0,
    "suggested" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BudgetLine_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BudgetLine_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BudgetLine_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_BudgetLine" ("actualCents", "createdAt", "id", "label", "orgId", "phaseId", "plannedCents", "roadmapId", "updatedAt", "version") SELECT "actualCents", "createdAt", "id", "label", "orgId", "phaseId", "plannedCents", "roadmapId", "updatedAt", "version" FROM "BudgetLine";
DROP TABLE "BudgetLine";
ALTER TABLE "new_BudgetLine" RENAME TO "BudgetLine";
CREATE INDEX "BudgetLine_orgId_roadmapId_idx" ON "BudgetLine"("orgId", "roadmapId");
CREATE INDEX "BudgetLine_phaseId_idx" ON "BudgetLine"("phaseId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapReview_roadmapId_key" ON "RoadmapReview"("roadmapId");

-- CreateIndex
CREATE INDEX "RoadmapReview_orgId_idx" ON "RoadmapReview"("orgId");

-- CreateIndex
CREATE INDEX "RoadmapReview_completedById_idx" ON "RoadmapReview"("completedById");

-- CreateIndex
CREATE INDEX "UseCaseDecision_orgId_useCaseId_idx" ON "UseCaseDecision"("orgId", "useCaseId");

-- CreateIndex
CREATE INDEX "UseCaseDecision_useCaseId_idx" ON "UseCaseDecision"("useCaseId");

-- CreateIndex
CREATE UNIQUE INDEX "UseCaseDecision_reviewId_useCaseId_key" ON "UseCaseDecision"("reviewId", "useCaseId");

