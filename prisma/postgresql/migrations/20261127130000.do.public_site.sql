-- CreateTable
CREATE TABLE "PublicArtifact" (
    "path" TEXT NOT NULL,
    "status" INTEGER NOT NULL DEFAULT 200,
    "contentType" TEXT NOT NULL,
    "headers" TEXT,
    "body" BYTEA NOT NULL,
    "gzip" BYTEA NOT NULL,
    "brotli" BYTEA NOT NULL,
    "etag" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicArtifact_pkey" PRIMARY KEY ("path")
);

-- CreateTable
CREATE TABLE "PublicSiteChange" (
    "id" SERIAL NOT NULL,
    "slug" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicSiteChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicSite" (
    "id" INTEGER NOT NULL,
    "builtGeneration" INTEGER NOT NULL DEFAULT 0,
    "token" TEXT NOT NULL,
    "renderer" TEXT NOT NULL,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "builtAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicSite_pkey" PRIMARY KEY ("id")
);

