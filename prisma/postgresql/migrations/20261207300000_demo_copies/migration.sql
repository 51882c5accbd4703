-- Private demo copies ("Demo ausprobieren"): each visitor's organisation and its people
-- carry their expiry; the server deletes them once it has passed.
-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "demoExpiresAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "demoExpiresAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Organisation_demoExpiresAt_idx" ON "Organisation"("demoExpiresAt");

-- CreateIndex
CREATE INDEX "User_demoExpiresAt_idx" ON "User"("demoExpiresAt");

