-- AlterTable
ALTER TABLE "PublicArtifact" ADD COLUMN     "source" TEXT;

-- CreateTable
CREATE TABLE "OrganisationSettings" (
    "id" INTEGER NOT NULL,
    "forceName" TEXT NOT NULL,
    "pccName" TEXT NOT NULL,
    "boardName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "privacyUrl" TEXT NOT NULL,
    "accessibilityStatement" TEXT NOT NULL,
    "logo" BYTEA,
    "logoType" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT,

    CONSTRAINT "OrganisationSettings_pkey" PRIMARY KEY ("id")
);

