-- CreateEnum
CREATE TYPE "PartStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "SnapshotEvent" AS ENUM ('SUBMITTED', 'RETURNED', 'APPROVED');

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "baselineEnd" TIMESTAMP(3),
ADD COLUMN     "baselineStart" TIMESTAMP(3);

-- AlterTable
-- Each part gets its own status, read from the old single stage (as the SQLite migration does).
-- Approval hashes now cover figure periods as months, so open quarters go back to their
-- approvers: nothing approved under the old content form is published unseen.
ALTER TABLE "Submission" ADD COLUMN     "forceStatus" "PartStatus" NOT NULL DEFAULT 'NOT_STARTED',
ADD COLUMN     "pccStatus" "PartStatus" NOT NULL DEFAULT 'NOT_STARTED';

UPDATE "Submission" SET
  "forceStatus" = (CASE WHEN "stage"::text IN ('DATA_ENTRY', 'FORCE_STATEMENT') THEN 'IN_PROGRESS'
                        WHEN "stage"::text IN ('PCC_STATEMENT', 'APPROVAL', 'READY') THEN 'SUBMITTED'
                        ELSE 'APPROVED' END)::"PartStatus",
  "pccStatus" = (CASE WHEN "stage"::text IN ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN') THEN 'APPROVED'
                      WHEN "stage"::text IN ('APPROVAL', 'READY') OR "pccSubmitted" THEN 'SUBMITTED'
                      ELSE 'IN_PROGRESS' END)::"PartStatus";

-- AlterEnum
BEGIN;
CREATE TYPE "Stage_new" AS ENUM ('IN_PROGRESS', 'APPROVAL', 'READY', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN');
ALTER TABLE "Submission" ALTER COLUMN "stage" DROP DEFAULT;
ALTER TABLE "Submission" ALTER COLUMN "stage" TYPE "Stage_new" USING (
  CASE WHEN "stage"::text IN ('DATA_ENTRY', 'FORCE_STATEMENT', 'PCC_STATEMENT') THEN 'IN_PROGRESS'
       WHEN "stage"::text = 'READY' THEN 'APPROVAL'
       ELSE "stage"::text END
)::"Stage_new";
ALTER TYPE "Stage" RENAME TO "Stage_old";
ALTER TYPE "Stage_new" RENAME TO "Stage";
DROP TYPE "Stage_old";
ALTER TABLE "Submission" ALTER COLUMN "stage" SET DEFAULT 'IN_PROGRESS';
COMMIT;

-- AlterTable
ALTER TABLE "Submission" DROP COLUMN "pccSubmitted";

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "baselineEnd" TIMESTAMP(3),
ADD COLUMN     "baselineStart" TIMESTAMP(3),
ADD COLUMN     "periodEnd" TIMESTAMP(3),
ADD COLUMN     "periodNote" TEXT,
ADD COLUMN     "periodStart" TIMESTAMP(3),
ADD COLUMN     "previousValue" DOUBLE PRECISION;

-- A free-text period cannot be read as months reliably: it is kept as the figure's note.
UPDATE "Figure" SET "periodNote" = "latestPeriod";

ALTER TABLE "Figure" DROP COLUMN "latestPeriod";

-- AlterTable
ALTER TABLE "KpiResult" ADD COLUMN     "periodEnd" TIMESTAMP(3),
ADD COLUMN     "periodStart" TIMESTAMP(3);

UPDATE "KpiResult" SET "note" = CASE WHEN "periodLabel" IS NULL THEN "note"
                                     WHEN "note" IS NULL THEN 'Period: ' || "periodLabel"
                                     ELSE "note" || ' (period: ' || "periodLabel" || ')' END;

ALTER TABLE "KpiResult" DROP COLUMN "periodLabel";

-- AlterTable
ALTER TABLE "Paragraph" ADD COLUMN     "carriedOver" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Approval" ADD COLUMN     "forceHash" TEXT;

-- CreateTable
CREATE TABLE "PartSnapshot" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "part" "Part" NOT NULL,
    "event" "SnapshotEvent" NOT NULL,
    "contentHash" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "forceHash" TEXT,
    "auditEventId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartSnapshot_auditEventId_key" ON "PartSnapshot"("auditEventId");

-- CreateIndex
CREATE INDEX "PartSnapshot_submissionId_part_createdAt_idx" ON "PartSnapshot"("submissionId", "part", "createdAt");

-- AddForeignKey
ALTER TABLE "PartSnapshot" ADD CONSTRAINT "PartSnapshot_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

