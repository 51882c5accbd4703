-- CreateTable
CREATE TABLE "StorageProbe" (
    "id" INTEGER NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StorageProbe_pkey" PRIMARY KEY ("id")
);

