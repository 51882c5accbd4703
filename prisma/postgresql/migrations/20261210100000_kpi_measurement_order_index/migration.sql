-- DropIndex
DROP INDEX "KpiMeasurement_kpiId_date_idx";

-- CreateIndex
CREATE INDEX "KpiMeasurement_kpiId_date_createdAt_idx" ON "KpiMeasurement"("kpiId", "date", "createdAt");

