import "server-only";
import { createPrismaClient } from "@/lib/prisma-client";

// One client per process for the intranet and all writes; kept on globalThis so dev-mode
// reloads do not open more.
//
// The public site reads through a second client. With SQLite, a client is one connection, and
// a query made on it while an interactive transaction is open runs inside that transaction and
// can see its uncommitted rows. The public client's own connection (in WAL mode, set by
// scripts/prepare-db.ts) sees only committed data, so a public page can never be rendered, and
// cached, from a publication that is still in flight or that rolls back.
const globalForDb = globalThis as unknown as { scorecardDb?: ReturnType<typeof createPrismaClient>; scorecardPublicDb?: ReturnType<typeof createPrismaClient> };

export const db = globalForDb.scorecardDb ?? createPrismaClient();
export const publicDb = globalForDb.scorecardPublicDb ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") {
  globalForDb.scorecardDb = db;
  globalForDb.scorecardPublicDb = publicDb;
}

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
