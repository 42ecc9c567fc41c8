-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionsRevokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "UserRole" (
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("userId", "role"),
    CONSTRAINT "UserRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "submissionId" TEXT,
    "part" TEXT,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "comment" TEXT,
    "details" TEXT
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "measureId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "betterWhen" TEXT NOT NULL,
    "baselineLabel" TEXT NOT NULL,
    "baselineValue" REAL,
    "source" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Indicator_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "betterWhen" TEXT NOT NULL,
    "target" REAL NOT NULL,
    "greenThreshold" REAL NOT NULL,
    "amberThreshold" REAL NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Quarter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "fyStart" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Submission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quarterId" TEXT NOT NULL,
    "edition" INTEGER NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'DATA_ENTRY',
    "pccSubmitted" BOOLEAN NOT NULL DEFAULT false,
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

-- CreateTable
CREATE TABLE "Figure" (
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
    "baselineValue" REAL,
    "source" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "latestValue" REAL,
    "latestPeriod" TEXT,
    "comparisonLabel" TEXT,
    "comparisonValue" REAL,
    "noLocalData" BOOLEAN NOT NULL DEFAULT false,
    "noDataReason" TEXT,
    "proxyUsed" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Figure_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "KpiResult" (
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
    "periodLabel" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "KpiResult_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Section" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "measureKey" TEXT,
    "heading" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Section_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sectionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "Paragraph_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SectionMeasure" (
    "sectionId" TEXT NOT NULL,
    "measureKey" TEXT NOT NULL,

    PRIMARY KEY ("sectionId", "measureKey"),
    CONSTRAINT "SectionMeasure_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PccNotApplicable" (
    "submissionId" TEXT NOT NULL,
    "measureKey" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    PRIMARY KEY ("submissionId", "measureKey"),
    CONSTRAINT "PccNotApplicable_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Approval" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "approverName" TEXT NOT NULL,
    "approvedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "contentHash" TEXT NOT NULL,
    "carriedFrom" INTEGER,
    "voidedAt" DATETIME,
    "voidReason" TEXT,
    CONSTRAINT "Approval_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReturnNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "ReturnNote_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_createdAt_idx" ON "LoginAttempt"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_submissionId_at_idx" ON "AuditEvent"("submissionId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_submissionId_actorId_part_idx" ON "AuditEvent"("submissionId", "actorId", "part");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "Measure_key_key" ON "Measure"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Quarter_slug_key" ON "Quarter"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Quarter_fyStart_quarter_key" ON "Quarter"("fyStart", "quarter");

-- CreateIndex
CREATE INDEX "Submission_stage_idx" ON "Submission"("stage");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_quarterId_edition_key" ON "Submission"("quarterId", "edition");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_submissionId_indicatorId_key" ON "Figure"("submissionId", "indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "KpiResult_submissionId_kpiId_key" ON "KpiResult"("submissionId", "kpiId");

-- CreateIndex
CREATE INDEX "Section_submissionId_part_idx" ON "Section"("submissionId", "part");

-- CreateIndex
CREATE UNIQUE INDEX "Paragraph_sectionId_position_key" ON "Paragraph"("sectionId", "position");

-- CreateIndex
CREATE INDEX "Approval_submissionId_part_idx" ON "Approval"("submissionId", "part");

-- CreateIndex
CREATE INDEX "ReturnNote_submissionId_part_idx" ON "ReturnNote"("submissionId", "part");

