-- AlterTable
ALTER TABLE "PublicArtifact" ADD COLUMN "source" TEXT;

-- CreateTable
CREATE TABLE "OrganisationSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "forceName" TEXT NOT NULL,
    "pccName" TEXT NOT NULL,
    "boardName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "privacyUrl" TEXT NOT NULL,
    "accessibilityStatement" TEXT NOT NULL,
    "logo" BLOB,
    "logoType" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT
);

