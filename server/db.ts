import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { databaseProvider } from "@/lib/database-url";
import { createPrismaClient, resolveDatabaseUrl, type DbClient } from "./prisma-client";

type Clients = { db: DbClient; publicDb: DbClient };

// The app's own clients, made on first use and kept on globalThis so dev-mode reloads do not
// open more.
//
// The public site reads through a second client. With SQLite, a client is one connection, and
// a query made on it while an interactive transaction is open runs inside that transaction and
// can see its uncommitted rows. The public client's own connection (in WAL mode, set by
// scripts/prepare-db.ts) sees only committed data, so a public page can never be rendered from
// a publication that is still in flight or that rolls back. On PostgreSQL a client is a pool
// and a transaction has a connection of its own, so one client serves both.
const globalForDb = globalThis as unknown as { scorecardClients?: Clients };

function appClients(): Clients {
  globalForDb.scorecardClients ??= (() => {
    const db = createPrismaClient();
    const separate = databaseProvider(resolveDatabaseUrl()) === "sqlite";
    return { db, publicDb: separate ? createPrismaClient() : db };
  })();
  return globalForDb.scorecardClients;
}

// The seam: domain operations read `db` and `publicDb`, which resolve to the clients of the
// current context. Integration tests (and scripts) run an operation against a database of
// their choosing with withDatabase; everything else gets the app's clients.
const scope = new AsyncLocalStorage<Clients>();

/** Runs fn with every domain operation inside it using `client` (and `publicClient` for public reads). */
export function withDatabase<T>(client: DbClient, fn: () => T, publicClient: DbClient = client): T {
  return scope.run({ db: client, publicDb: publicClient }, fn);
}

function contextual(pick: (clients: Clients) => DbClient): DbClient {
  return new Proxy({} as DbClient, {
    get(_target, property) {
      const client = pick(scope.getStore() ?? appClients());
      const value = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

export const db = contextual((c) => c.db);
export const publicDb = contextual((c) => c.publicDb);

export type Db = DbClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
