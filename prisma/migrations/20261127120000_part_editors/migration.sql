-- CreateTable
CREATE TABLE "PartEditor" (
    "submissionId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstEditedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastEditedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("submissionId", "part", "userId"),
    CONSTRAINT "PartEditor_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);


-- Backfill from the audit log, which until now was where edits were recorded.
INSERT INTO "PartEditor" ("submissionId", "part", "userId", "firstEditedAt", "lastEditedAt")
SELECT "submissionId", "part", "actorId", MIN("at"), MAX("at")
FROM "AuditEvent"
WHERE "action" LIKE 'save.%' AND "actorId" IS NOT NULL AND "part" IS NOT NULL
  AND "submissionId" IN (SELECT "id" FROM "Submission")
GROUP BY "submissionId", "part", "actorId";
