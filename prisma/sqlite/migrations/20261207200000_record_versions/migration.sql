-- Optimistic concurrency for every editable record: budget lines, measurements, the
-- organisation's settings, learnings, exit criteria and member roles carry a version.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "industry" TEXT NOT NULL DEFAULT '',
    "employeeBand" TEXT NOT NULL DEFAULT 'E10_49',
    "locale" TEXT NOT NULL DEFAULT 'de',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Organisation" ("createdAt", "employeeBand", "id", "industry", "isDemo", "locale", "name", "slug", "updatedAt") SELECT "createdAt", "employeeBand", "id", "industry", "isDemo", "locale", "name", "slug", "updatedAt" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE TABLE "new_Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "canApproveGates" BOOLEAN NOT NULL DEFAULT false,
    "lastRoadmapId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Membership_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Membership" ("canApproveGates", "createdAt", "id", "lastRoadmapId", "orgId", "role", "updatedAt", "userId") SELECT "canApproveGates", "createdAt", "id", "lastRoadmapId", "orgId", "role", "updatedAt", "userId" FROM "Membership";
DROP TABLE "Membership";
ALTER TABLE "new_Membership" RENAME TO "Membership";
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");
CREATE INDEX "Membership_orgId_role_idx" ON "Membership"("orgId", "role");
CREATE UNIQUE INDEX "Membership_orgId_userId_key" ON "Membership"("orgId", "userId");
CREATE TABLE "new_ExitCriterion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "isMet" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExitCriterion_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ExitCriterion_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ExitCriterion" ("createdAt", "id", "isMet", "orgId", "phaseId", "position", "text", "updatedAt") SELECT "createdAt", "id", "isMet", "orgId", "phaseId", "position", "text", "updatedAt" FROM "ExitCriterion";
DROP TABLE "ExitCriterion";
ALTER TABLE "new_ExitCriterion" RENAME TO "ExitCriterion";
CREATE INDEX "ExitCriterion_orgId_phaseId_position_idx" ON "ExitCriterion"("orgId", "phaseId", "position");
CREATE INDEX "ExitCriterion_phaseId_idx" ON "ExitCriterion"("phaseId");
CREATE TABLE "new_KpiMeasurement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "date" DATETIME NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "KpiMeasurement_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "KpiMeasurement_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "KpiMeasurement_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_KpiMeasurement" ("createdAt", "date", "id", "kpiId", "note", "orgId", "recordedById", "updatedAt", "value") SELECT "createdAt", "date", "id", "kpiId", "note", "orgId", "recordedById", "updatedAt", "value" FROM "KpiMeasurement";
DROP TABLE "KpiMeasurement";
ALTER TABLE "new_KpiMeasurement" RENAME TO "KpiMeasurement";
CREATE INDEX "KpiMeasurement_kpiId_date_idx" ON "KpiMeasurement"("kpiId", "date");
CREATE INDEX "KpiMeasurement_orgId_date_idx" ON "KpiMeasurement"("orgId", "date");
CREATE INDEX "KpiMeasurement_recordedById_idx" ON "KpiMeasurement"("recordedById");
CREATE TABLE "new_Learning" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "roadmapId" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Learning_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Learning_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Learning_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Learning_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Learning" ("authorId", "createdAt", "id", "kind", "orgId", "phaseId", "roadmapId", "text", "updatedAt") SELECT "authorId", "createdAt", "id", "kind", "orgId", "phaseId", "roadmapId", "text", "updatedAt" FROM "Learning";
DROP TABLE "Learning";
ALTER TABLE "new_Learning" RENAME TO "Learning";
CREATE INDEX "Learning_orgId_roadmapId_createdAt_idx" ON "Learning"("orgId", "roadmapId", "createdAt");
CREATE INDEX "Learning_phaseId_idx" ON "Learning"("phaseId");
CREATE INDEX "Learning_authorId_idx" ON "Learning"("authorId");
CREATE TABLE "new_BudgetLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "roadmapId" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "plannedCents" INTEGER NOT NULL DEFAULT 0,
    "actualCents" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BudgetLine_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BudgetLine_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BudgetLine_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_BudgetLine" ("actualCents", "createdAt", "id", "label", "orgId", "phaseId", "plannedCents", "roadmapId", "updatedAt") SELECT "actualCents", "createdAt", "id", "label", "orgId", "phaseId", "plannedCents", "roadmapId", "updatedAt" FROM "BudgetLine";
DROP TABLE "BudgetLine";
ALTER TABLE "new_BudgetLine" RENAME TO "BudgetLine";
CREATE INDEX "BudgetLine_orgId_roadmapId_idx" ON "BudgetLine"("orgId", "roadmapId");
CREATE INDEX "BudgetLine_phaseId_idx" ON "BudgetLine"("phaseId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

