-- What a KPI's values may be (issue 15, item 1).
ALTER TABLE "Kpi" ADD COLUMN "valueKind" TEXT NOT NULL DEFAULT 'non_negative';

-- Existing KPIs: a "%" KPI whose figures all lie within 0–100 is a percentage; a KPI
-- with any negative figure takes any number; the rest stay never-negative.
UPDATE "Kpi" SET "valueKind" = 'percent'
WHERE TRIM("unit") = '%'
  AND "baseline" BETWEEN 0 AND 100 AND "target" BETWEEN 0 AND 100
  AND NOT EXISTS (SELECT 1 FROM "KpiMeasurement" m WHERE m."kpiId" = "Kpi"."id" AND (m."value" < 0 OR m."value" > 100));
UPDATE "Kpi" SET "valueKind" = 'any'
WHERE "valueKind" <> 'percent'
  AND ("baseline" < 0 OR "target" < 0
       OR EXISTS (SELECT 1 FROM "KpiMeasurement" m WHERE m."kpiId" = "Kpi"."id" AND m."value" < 0));
