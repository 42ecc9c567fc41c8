import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client";
import { resolveDatabaseUrl } from "./database-url";

/**
 * The one place a Prisma client is built (app, scripts, tests), so the driver adapter and
 * its settings live in one file. better-sqlite3 holds a single connection per client; the
 * busy timeout lets a second client (the public read client, a script) wait for a writer
 * instead of failing.
 */
export function createPrismaClient(url = resolveDatabaseUrl()) {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }) });
}
