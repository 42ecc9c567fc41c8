import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl, sqliteFile } from "@/lib/database-url";

/**
 * DATABASE_URL, defaulted to the embedded file and written back to the environment so child
 * processes (the Prisma CLI) use the same database. better-sqlite3 creates the file but not
 * its folder, so the folder is made here.
 */
export function resolveDatabaseUrl(): string {
  const url = databaseUrl(process.env);
  process.env.DATABASE_URL = url;
  const file = sqliteFile(url);
  if (file) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return url;
}

/**
 * The one place a Prisma client is built (app, scripts, tests), so the driver adapter and
 * its settings live in one file. better-sqlite3 holds a single connection per client; the
 * busy timeout lets a second client (the public read client, a script) wait for a writer
 * instead of failing.
 */
export function createPrismaClient(url = resolveDatabaseUrl()) {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }) });
}

export type DbClient = ReturnType<typeof createPrismaClient>;
