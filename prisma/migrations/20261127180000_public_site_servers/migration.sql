-- CreateTable
CREATE TABLE "PublicSiteServer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "renderer" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "seenAt" DATETIME NOT NULL
);

