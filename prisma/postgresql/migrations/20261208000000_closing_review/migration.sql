-- Closing review of a roadmap (issue 16): one review per roadmap with a decision per use case,
-- the chain roadmap → next roadmap, KPIs carried over, suggested budget lines, stopped use cases.
-- CreateEnum
CREATE TYPE "ReviewDecisionKind" AS ENUM ('scale', 'adjust', 'stop');

-- AlterEnum
ALTER TYPE "UseCaseStatus" ADD VALUE 'stopped';

-- AlterTable
ALTER TABLE "Roadmap" ADD COLUMN     "predecessorId" TEXT;

-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN     "carriedFromId" TEXT;

-- AlterTable
ALTER TABLE "BudgetLine" ADD COLUMN     "suggested" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RoadmapReview" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "roadmapId" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "snapshot" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoadmapReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UseCaseDecision" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "useCaseId" TEXT NOT NULL,
    "decision" "ReviewDecisionKind" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "rolloutUnits" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UseCaseDecision_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE UNIQUE INDEX "Roadmap_predecessorId_key" ON "Roadmap"("predecessorId");

-- CreateIndex
CREATE INDEX "Kpi_carriedFromId_idx" ON "Kpi"("carriedFromId");

-- AddForeignKey
ALTER TABLE "Roadmap" ADD CONSTRAINT "Roadmap_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Roadmap"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Kpi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapReview" ADD CONSTRAINT "RoadmapReview_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapReview" ADD CONSTRAINT "RoadmapReview_roadmapId_fkey" FOREIGN KEY ("roadmapId") REFERENCES "Roadmap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapReview" ADD CONSTRAINT "RoadmapReview_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UseCaseDecision" ADD CONSTRAINT "UseCaseDecision_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UseCaseDecision" ADD CONSTRAINT "UseCaseDecision_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "RoadmapReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UseCaseDecision" ADD CONSTRAINT "UseCaseDecision_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

