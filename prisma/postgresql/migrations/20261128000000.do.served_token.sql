-- AlterTable
ALTER TABLE "PublicSiteServer" ADD COLUMN "servedToken" TEXT;
