-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ANALYST', 'DCC', 'PCC_OFFICE', 'PCC', 'SECRETARIAT', 'ADMIN');

-- CreateEnum
CREATE TYPE "Unit" AS ENUM ('COUNT', 'PERCENTAGE', 'RATE');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('DATA_ENTRY', 'FORCE_STATEMENT', 'PCC_STATEMENT', 'APPROVAL', 'READY', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Part" AS ENUM ('FORCE', 'PCC', 'SECRETARIAT');

-- CreateEnum
CREATE TYPE "SectionKind" AS ENUM ('PURPOSE', 'MEASURE', 'PCC_INTRO', 'PCC_THEME', 'REPORTING', 'RECOMMENDATIONS');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionsRevokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserRole" (
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,

    CONSTRAINT "UserRole_pkey" PRIMARY KEY ("userId","role")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "submissionId" TEXT,
    "part" "Part",
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "comment" TEXT,
    "details" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" "Unit" NOT NULL,
    "betterWhen" "Direction" NOT NULL,
    "baselineLabel" TEXT NOT NULL,
    "baselineValue" DOUBLE PRECISION,
    "source" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" "Unit" NOT NULL,
    "betterWhen" "Direction" NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "greenThreshold" DOUBLE PRECISION NOT NULL,
    "amberThreshold" DOUBLE PRECISION NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quarter" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "fyStart" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Quarter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Submission" (
    "id" TEXT NOT NULL,
    "quarterId" TEXT NOT NULL,
    "edition" INTEGER NOT NULL,
    "stage" "Stage" NOT NULL DEFAULT 'DATA_ENTRY',
    "pccSubmitted" BOOLEAN NOT NULL DEFAULT false,
    "boardName" TEXT NOT NULL,
    "meetingDate" TIMESTAMP(3),
    "agendaItem" TEXT NOT NULL,
    "planPriority" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "presenters" TEXT NOT NULL,
    "meetingVersion" INTEGER NOT NULL DEFAULT 1,
    "coverageVersion" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "changeNote" TEXT,
    "minorChange" BOOLEAN NOT NULL DEFAULT false,
    "lateReason" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawalReason" TEXT,
    "withdrawalExplanation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "measureKey" TEXT NOT NULL,
    "measureName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" "Unit" NOT NULL,
    "betterWhen" "Direction" NOT NULL,
    "baselineLabel" TEXT NOT NULL,
    "baselineValue" DOUBLE PRECISION,
    "source" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "latestValue" DOUBLE PRECISION,
    "latestPeriod" TEXT,
    "comparisonLabel" TEXT,
    "comparisonValue" DOUBLE PRECISION,
    "noLocalData" BOOLEAN NOT NULL DEFAULT false,
    "noDataReason" TEXT,
    "proxyUsed" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiResult" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" "Unit" NOT NULL,
    "betterWhen" "Direction" NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "greenThreshold" DOUBLE PRECISION NOT NULL,
    "amberThreshold" DOUBLE PRECISION NOT NULL,
    "position" INTEGER NOT NULL,
    "actual" DOUBLE PRECISION,
    "periodLabel" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "KpiResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "part" "Part" NOT NULL,
    "kind" "SectionKind" NOT NULL,
    "measureKey" TEXT,
    "heading" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Paragraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SectionMeasure" (
    "sectionId" TEXT NOT NULL,
    "measureKey" TEXT NOT NULL,

    CONSTRAINT "SectionMeasure_pkey" PRIMARY KEY ("sectionId","measureKey")
);

-- CreateTable
CREATE TABLE "PccNotApplicable" (
    "submissionId" TEXT NOT NULL,
    "measureKey" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "PccNotApplicable_pkey" PRIMARY KEY ("submissionId","measureKey")
);

-- CreateTable
CREATE TABLE "Approval" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "part" "Part" NOT NULL,
    "approverId" TEXT NOT NULL,
    "approverName" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "contentHash" TEXT NOT NULL,
    "carriedFrom" INTEGER,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReturnNote" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "part" "Part" NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ReturnNote_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_quarterId_fkey" FOREIGN KEY ("quarterId") REFERENCES "Quarter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiResult" ADD CONSTRAINT "KpiResult_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paragraph" ADD CONSTRAINT "Paragraph_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionMeasure" ADD CONSTRAINT "SectionMeasure_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PccNotApplicable" ADD CONSTRAINT "PccNotApplicable_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnNote" ADD CONSTRAINT "ReturnNote_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
