-- The roadmap a member last opened: where the organisation home and the dashboard land.
ALTER TABLE "Membership" ADD COLUMN "lastRoadmapId" TEXT;
