import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgresql/client";
import { databaseProvider, databaseUrl, sqliteFile } from "@/lib/database-url";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { safeAdapterFactory } from "./database/safe-adapter";
import { cacheQueryPlans } from "./database/query-plan-cache";

// The query compilers' runtimes, as the generated clients load them (generated/prisma*/internal/class.ts).
/* eslint-disable @typescript-eslint/no-require-imports -- the same CommonJS module instances the generated clients import */
cacheQueryPlans(require("@prisma/client/runtime/query_compiler_bg.sqlite.js"));
cacheQueryPlans(require("@prisma/client/runtime/query_compiler_bg.postgresql.js"));
/* eslint-enable @typescript-eslint/no-require-imports */

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
 * The one place a Prisma client is built (app, scripts, tests), so the driver adapters and
 * their settings live in one file. DATABASE_URL chooses: `postgresql://…` gets the PostgreSQL
 * client (generated from the same model, see scripts/db/generate-clients.ts) through
 * node-postgres; `file:…` the SQLite client through better-sqlite3, which holds a single
 * connection per client, with a busy timeout so a second client (the public read client, a
 * script) waits for a writer instead of failing. Both with transactions that survive a failed
 * COMMIT, and on SQLite writes refused at once when the file cannot be written
 * (server/database/safe-adapter.ts).
 */
export function createPrismaClient(url = resolveDatabaseUrl(), { busyTimeoutMs = 10_000 } = {}): DbClient {
  if (databaseProvider(url) === "postgresql") {
    // The two generated clients have the same API (one model); typing the PostgreSQL one as
    // the SQLite one keeps domain code to what both databases support (no `mode:
    // "insensitive"`, no PostgreSQL-only isolation levels). A server that does not answer
    // fails a request after 10 s instead of holding it forever.
    const adapter = safeAdapterFactory(new PrismaPg({ connectionString: url, connectionTimeoutMillis: 10_000 }));
    return new PostgresPrismaClient({ adapter }) as unknown as DbClient;
  }
  const adapter = safeAdapterFactory(new PrismaBetterSQLite3({ url, timeout: busyTimeoutMs }), { sqliteFile: sqliteFile(url) });
  return new PrismaClient({ adapter });
}

export type DbClient = PrismaClient;
