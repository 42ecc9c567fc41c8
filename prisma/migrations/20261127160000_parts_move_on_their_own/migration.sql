-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "baselineEnd" DATETIME;
ALTER TABLE "Indicator" ADD COLUMN "baselineStart" DATETIME;

-- AlterTable
ALTER TABLE "Approval" ADD COLUMN "forceHash" TEXT;

-- CreateTable
CREATE TABLE "PartSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "forceHash" TEXT,
    "auditEventId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PartSnapshot_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Submission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quarterId" TEXT NOT NULL,
    "edition" INTEGER NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'IN_PROGRESS',
    "forceStatus" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "pccStatus" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "boardName" TEXT NOT NULL,
    "meetingDate" DATETIME,
    "agendaItem" TEXT NOT NULL,
    "planPriority" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "presenters" TEXT NOT NULL,
    "meetingVersion" INTEGER NOT NULL DEFAULT 1,
    "coverageVersion" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" DATETIME,
    "changeNote" TEXT,
    "minorChange" BOOLEAN NOT NULL DEFAULT false,
    "lateReason" TEXT,
    "withdrawnAt" DATETIME,
    "withdrawalReason" TEXT,
    "withdrawalExplanation" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Submission_quarterId_fkey" FOREIGN KEY ("quarterId") REFERENCES "Quarter" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Each part gets its own status, read from the old single stage. Approval hashes now cover
-- figure periods as months, so open quarters go back to their approvers: nothing approved
-- under the old content form is published unseen.
INSERT INTO "new_Submission" ("agendaItem", "boardName", "changeNote", "coverageVersion", "createdAt", "edition", "id", "lateReason", "meetingDate", "meetingVersion", "minorChange", "planPriority", "presenters", "publishedAt", "quarterId", "stage", "forceStatus", "pccStatus", "title", "updatedAt", "withdrawalExplanation", "withdrawalReason", "withdrawnAt") SELECT "agendaItem", "boardName", "changeNote", "coverageVersion", "createdAt", "edition", "id", "lateReason", "meetingDate", "meetingVersion", "minorChange", "planPriority", "presenters", "publishedAt", "quarterId",
    CASE WHEN "stage" IN ('DATA_ENTRY', 'FORCE_STATEMENT', 'PCC_STATEMENT') THEN 'IN_PROGRESS' WHEN "stage" = 'READY' THEN 'APPROVAL' ELSE "stage" END,
    CASE WHEN "stage" IN ('DATA_ENTRY', 'FORCE_STATEMENT') THEN 'IN_PROGRESS' WHEN "stage" IN ('PCC_STATEMENT', 'APPROVAL', 'READY') THEN 'SUBMITTED' ELSE 'APPROVED' END,
    CASE WHEN "stage" IN ('PUBLISHED', 'SUPERSEDED', 'WITHDRAWN') THEN 'APPROVED' WHEN "stage" IN ('APPROVAL', 'READY') OR "pccSubmitted" THEN 'SUBMITTED' ELSE 'IN_PROGRESS' END,
    "title", "updatedAt", "withdrawalExplanation", "withdrawalReason", "withdrawnAt" FROM "Submission";
DROP TABLE "Submission";
ALTER TABLE "new_Submission" RENAME TO "Submission";
CREATE INDEX "Submission_stage_idx" ON "Submission"("stage");
CREATE UNIQUE INDEX "Submission_quarterId_edition_key" ON "Submission"("quarterId", "edition");
CREATE TABLE "new_Figure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "measureKey" TEXT NOT NULL,
    "measureName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "betterWhen" TEXT NOT NULL,
    "baselineLabel" TEXT NOT NULL,
    "baselineStart" DATETIME,
    "baselineEnd" DATETIME,
    "baselineValue" REAL,
    "source" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "latestValue" REAL,
    "periodStart" DATETIME,
    "periodEnd" DATETIME,
    "periodNote" TEXT,
    "previousValue" REAL,
    "comparisonLabel" TEXT,
    "comparisonValue" REAL,
    "noLocalData" BOOLEAN NOT NULL DEFAULT false,
    "noDataReason" TEXT,
    "proxyUsed" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Figure_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- A free-text period cannot be read as months reliably: it is kept as the figure's note.
INSERT INTO "new_Figure" ("baselineLabel", "baselineValue", "betterWhen", "comparisonLabel", "comparisonValue", "id", "indicatorId", "latestValue", "periodNote", "measureId", "measureKey", "measureName", "name", "noDataReason", "noLocalData", "position", "proxyUsed", "source", "submissionId", "unit", "version") SELECT "baselineLabel", "baselineValue", "betterWhen", "comparisonLabel", "comparisonValue", "id", "indicatorId", "latestValue", "latestPeriod", "measureId", "measureKey", "measureName", "name", "noDataReason", "noLocalData", "position", "proxyUsed", "source", "submissionId", "unit", "version" FROM "Figure";
DROP TABLE "Figure";
ALTER TABLE "new_Figure" RENAME TO "Figure";
CREATE UNIQUE INDEX "Figure_submissionId_indicatorId_key" ON "Figure"("submissionId", "indicatorId");
CREATE TABLE "new_KpiResult" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "betterWhen" TEXT NOT NULL,
    "target" REAL NOT NULL,
    "greenThreshold" REAL NOT NULL,
    "amberThreshold" REAL NOT NULL,
    "position" INTEGER NOT NULL,
    "actual" REAL,
    "periodStart" DATETIME,
    "periodEnd" DATETIME,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "KpiResult_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_KpiResult" ("actual", "amberThreshold", "betterWhen", "greenThreshold", "id", "kpiId", "name", "note", "position", "submissionId", "target", "unit", "version") SELECT "actual", "amberThreshold", "betterWhen", "greenThreshold", "id", "kpiId", "name",
    CASE WHEN "periodLabel" IS NULL THEN "note" WHEN "note" IS NULL THEN 'Period: ' || "periodLabel" ELSE "note" || ' (period: ' || "periodLabel" || ')' END,
    "position", "submissionId", "target", "unit", "version" FROM "KpiResult";
DROP TABLE "KpiResult";
ALTER TABLE "new_KpiResult" RENAME TO "KpiResult";
CREATE UNIQUE INDEX "KpiResult_submissionId_kpiId_key" ON "KpiResult"("submissionId", "kpiId");
CREATE TABLE "new_Paragraph" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sectionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "carriedOver" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Paragraph_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Paragraph" ("id", "position", "sectionId", "text") SELECT "id", "position", "sectionId", "text" FROM "Paragraph";
DROP TABLE "Paragraph";
ALTER TABLE "new_Paragraph" RENAME TO "Paragraph";
CREATE UNIQUE INDEX "Paragraph_sectionId_position_key" ON "Paragraph"("sectionId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "PartSnapshot_auditEventId_key" ON "PartSnapshot"("auditEventId");

-- CreateIndex
CREATE INDEX "PartSnapshot_submissionId_part_createdAt_idx" ON "PartSnapshot"("submissionId", "part", "createdAt");

