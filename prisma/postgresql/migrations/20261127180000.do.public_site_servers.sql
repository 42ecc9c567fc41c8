-- CreateTable
CREATE TABLE "PublicSiteServer" (
    "id" TEXT NOT NULL,
    "renderer" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicSiteServer_pkey" PRIMARY KEY ("id")
);

