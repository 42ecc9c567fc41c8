import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { resolveDatabaseUrl } from "@/lib/database-url";

// One client per process; kept on globalThis so dev-mode reloads do not open more.
const globalForDb = globalThis as unknown as { scorecardDb?: PrismaClient };

function createClient() {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: resolveDatabaseUrl() }) });
}

export const db = globalForDb.scorecardDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.scorecardDb = db;

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
