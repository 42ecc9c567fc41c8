-- CreateTable
CREATE TABLE "PublicArtifact" (
    "path" TEXT NOT NULL PRIMARY KEY,
    "status" INTEGER NOT NULL DEFAULT 200,
    "contentType" TEXT NOT NULL,
    "headers" TEXT,
    "body" BLOB NOT NULL,
    "gzip" BLOB NOT NULL,
    "brotli" BLOB NOT NULL,
    "etag" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PublicSiteChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PublicSite" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "builtGeneration" INTEGER NOT NULL DEFAULT 0,
    "token" TEXT NOT NULL,
    "renderer" TEXT NOT NULL,
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "builtAt" DATETIME NOT NULL
);

