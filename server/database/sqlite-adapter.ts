import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Transaction["executeRaw"]>[0];

const ROLLBACK: Query = { sql: "ROLLBACK", args: [], argTypes: [] };

/** Calls on a proxy run on the object itself: the adapter's classes keep their state in private fields. */
function bound<T extends object>(target: T, property: string | symbol) {
  const value = Reflect.get(target, property, target);
  return typeof value === "function" ? value.bind(target) : value;
}

/**
 * A transaction that always gives its connection back. Prisma 6.19 sends COMMIT (or ROLLBACK)
 * and only then tells the adapter the transaction is over, which releases the adapter's lock
 * on its single connection; when that statement fails (a read-only file, a full disk, an I/O
 * error, a lock held too long) the lock is never released and every later transaction on the
 * client waits forever, while the connection stays inside the failed transaction
 * (prisma/orm#29933). Here a failed COMMIT or ROLLBACK is rolled back for real, the lock
 * released, and the error passed on, so that one failed write fails alone.
 */
function safeTransaction(transaction: Transaction): Transaction {
  return new Proxy(transaction, {
    get(target, property) {
      if (property !== "executeRaw") return bound(target, property);
      return async (query: Query) => {
        try {
          return await target.executeRaw(query);
        } catch (error) {
          if (query.sql === "COMMIT" || query.sql === "ROLLBACK") {
            // SQLite may have rolled back already (after an I/O error); then there is nothing to undo.
            await target.executeRaw(ROLLBACK).catch(() => undefined);
            await target.rollback();
          }
          throw error;
        }
      };
    },
  });
}

function safeAdapter(adapter: Adapter): Adapter {
  return new Proxy(adapter, {
    get(target, property) {
      if (property !== "startTransaction") return bound(target, property);
      return async (...args: Parameters<Adapter["startTransaction"]>) => safeTransaction(await target.startTransaction(...args));
    },
  });
}

/** Prisma's better-sqlite3 adapter, with transactions that survive a failed COMMIT (see safeTransaction). */
export function sqliteAdapter(options: ConstructorParameters<typeof PrismaBetterSQLite3>[0]) {
  const factory = new PrismaBetterSQLite3(options);
  return new Proxy(factory, {
    get(target, property) {
      if (property !== "connect") return bound(target, property);
      return async () => safeAdapter(await target.connect());
    },
  });
}
