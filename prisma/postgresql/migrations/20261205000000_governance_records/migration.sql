-- Governance records: human oversight reviews, AI literacy (trainings, completions, plan),
-- use case teams, data sources with quality checks, derived KPIs, audit log paging.
-- CreateEnum
CREATE TYPE "KpiSource" AS ENUM ('manual', 'oversight_correction_rate', 'oversight_approval_rate');

-- CreateEnum
CREATE TYPE "IncidentSeverity" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "TrainingTopic" AS ENUM ('basics', 'tool_use', 'risks_limits', 'data_protection', 'ai_act_duties');

-- CreateEnum
CREATE TYPE "TrainingFormat" AS ENUM ('e_learning', 'workshop', 'webinar', 'classroom', 'self_study');

-- CreateEnum
CREATE TYPE "DataSourceKind" AS ENUM ('customer', 'employee', 'supplier', 'machine', 'public', 'other');

-- CreateEnum
CREATE TYPE "PersonalDataLevel" AS ENUM ('none', 'ordinary', 'special');

-- CreateEnum
CREATE TYPE "DataCheckAspect" AS ENUM ('completeness', 'accuracy', 'timeliness', 'representativeness');

-- DropIndex
DROP INDEX "AuditEvent_orgId_createdAt_idx";

-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN     "source" "KpiSource" NOT NULL DEFAULT 'manual';

-- CreateTable
CREATE TABLE "OversightReview" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "useCaseId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "date" TIMESTAMP(3) NOT NULL,
    "reviewedCount" INTEGER NOT NULL,
    "approvedCount" INTEGER NOT NULL,
    "correctedCount" INTEGER NOT NULL,
    "rejectedCount" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "hasIncident" BOOLEAN NOT NULL DEFAULT false,
    "incidentSeverity" "IncidentSeverity",
    "incidentDescription" TEXT NOT NULL DEFAULT '',
    "followUpTaskId" TEXT,
    "recordedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OversightReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Training" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "topic" "TrainingTopic" NOT NULL,
    "format" "TrainingFormat" NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 60,
    "provider" TEXT NOT NULL DEFAULT '',
    "validityMonths" INTEGER,
    "link" TEXT NOT NULL DEFAULT '',
    "seedKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Training_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingCompletion" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "trainingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "completedOn" TIMESTAMP(3) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAssignment" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "trainingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "taskId" TEXT,
    "assignedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UseCaseMember" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "useCaseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UseCaseMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSource" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "useCaseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "systemOfRecord" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT,
    "kind" "DataSourceKind" NOT NULL,
    "personalData" "PersonalDataLevel" NOT NULL,
    "legalBasis" TEXT,
    "retention" TEXT NOT NULL DEFAULT '',
    "sentToVendor" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSourceCheck" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "dataSourceId" TEXT NOT NULL,
    "aspect" "DataCheckAspect" NOT NULL,
    "checkedOn" TIMESTAMP(3) NOT NULL,
    "checkedById" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataSourceCheck_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "OversightReview" ADD CONSTRAINT "OversightReview_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OversightReview" ADD CONSTRAINT "OversightReview_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OversightReview" ADD CONSTRAINT "OversightReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OversightReview" ADD CONSTRAINT "OversightReview_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OversightReview" ADD CONSTRAINT "OversightReview_followUpTaskId_fkey" FOREIGN KEY ("followUpTaskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Training" ADD CONSTRAINT "Training_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCompletion" ADD CONSTRAINT "TrainingCompletion_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCompletion" ADD CONSTRAINT "TrainingCompletion_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "Training"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCompletion" ADD CONSTRAINT "TrainingCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingCompletion" ADD CONSTRAINT "TrainingCompletion_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAssignment" ADD CONSTRAINT "TrainingAssignment_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAssignment" ADD CONSTRAINT "TrainingAssignment_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "Training"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAssignment" ADD CONSTRAINT "TrainingAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAssignment" ADD CONSTRAINT "TrainingAssignment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UseCaseMember" ADD CONSTRAINT "UseCaseMember_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UseCaseMember" ADD CONSTRAINT "UseCaseMember_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UseCaseMember" ADD CONSTRAINT "UseCaseMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSource" ADD CONSTRAINT "DataSource_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSource" ADD CONSTRAINT "DataSource_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSource" ADD CONSTRAINT "DataSource_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSourceCheck" ADD CONSTRAINT "DataSourceCheck_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSourceCheck" ADD CONSTRAINT "DataSourceCheck_dataSourceId_fkey" FOREIGN KEY ("dataSourceId") REFERENCES "DataSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataSourceCheck" ADD CONSTRAINT "DataSourceCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

