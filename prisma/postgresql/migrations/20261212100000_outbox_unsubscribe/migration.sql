-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "unsubscribeUrl" TEXT;
