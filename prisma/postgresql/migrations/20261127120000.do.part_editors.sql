-- CreateTable
CREATE TABLE "PartEditor" (
    "submissionId" TEXT NOT NULL,
    "part" "Part" NOT NULL,
    "userId" TEXT NOT NULL,
    "firstEditedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastEditedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartEditor_pkey" PRIMARY KEY ("submissionId","part","userId")
);

-- AddForeignKey
ALTER TABLE "PartEditor" ADD CONSTRAINT "PartEditor_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill from the audit log, which until now was where edits were recorded.
INSERT INTO "PartEditor" ("submissionId", "part", "userId", "firstEditedAt", "lastEditedAt")
SELECT "submissionId", "part", "actorId", MIN("at"), MAX("at")
FROM "AuditEvent"
WHERE "action" LIKE 'save.%' AND "actorId" IS NOT NULL AND "part" IS NOT NULL
  AND "submissionId" IN (SELECT "id" FROM "Submission")
GROUP BY "submissionId", "part", "actorId";
