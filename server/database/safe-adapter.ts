import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Both adapters (better-sqlite3 and pg) implement the same driver adapter interface.
type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Transaction["executeRaw"]>[0];
type Factory = { connect(): Promise<Adapter> };

const ROLLBACK: Query = { sql: "ROLLBACK", args: [], argTypes: [] };
// Reads the database header: a read transaction, which takes a WAL read mark at the newest frame.
const READ_MARK: Query = { sql: "PRAGMA schema_version", args: [], argTypes: [] };
const READS = /^\s*(SELECT|WITH|EXPLAIN)\b/i;

/** The database (or its write-ahead log or index) cannot be written; nothing was written. */
export class DatabaseUnwritableError extends Error {
  code = "SQLITE_READONLY";
}

/**
 * Refuses a write before SQLite starts it when the database's files cannot be written (made
 * read-only or immutable, a file system remounted read-only). SQLite would fail such a write
 * with an error, but in WAL mode it first touches its memory-mapped index (the -shm file), and
 * writing to a mapping of a file that can no longer be written kills the process with SIGBUS:
 * the whole server, public pages included, went down. A few access() calls per write.
 *
 * Reads write to that index too, once after each commit (a reader records the newest frame it
 * reads, its "read mark"), so each write is followed at once by a read that takes it, while the
 * files are still known to be writable; reads after that leave the index alone.
 */
function assertWritable(file: string) {
  const wal = `${file}-wal`;
  const candidates = [file, `${file}-shm`, fs.existsSync(wal) ? wal : path.dirname(path.resolve(file))];
  for (const candidate of candidates) {
    try {
      fs.accessSync(candidate, fs.constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") continue;
      throw new DatabaseUnwritableError(`The database cannot be written (${candidate}: ${code}); nothing was written.`, { cause: error });
    }
  }
}

/** Calls on a proxy run on the object itself: the adapter's classes keep their state in private fields. */
function bound<T extends object>(target: T, property: string | symbol) {
  const value = Reflect.get(target, property, target);
  return typeof value === "function" ? value.bind(target) : value;
}

/**
 * A transaction that always gives its connection back. Prisma 6.19 sends COMMIT (or ROLLBACK)
 * and only then tells the adapter the transaction is over, which releases the connection (the
 * better-sqlite3 adapter's lock on its single connection; the pg adapter's pooled client);
 * when that statement fails (a read-only file, a full disk, an I/O error, a lock held too long)
 * it is never released: on SQLite every later transaction on the client waits forever, with
 * the connection left inside the failed transaction (prisma/orm#29933); on PostgreSQL each
 * failure leaks a pooled connection until none is left. Here a failed COMMIT or ROLLBACK is
 * rolled back for real, the connection released, and the error passed on, so that one failed
 * write fails alone.
 */
function safeTransaction(transaction: Transaction, sqlite: boolean): Transaction {
  return new Proxy(transaction, {
    get(target, property) {
      if (property !== "executeRaw") return bound(target, property);
      return async (query: Query) => {
        try {
          const result = await target.executeRaw(query);
          if (sqlite && query.sql === "COMMIT") await target.queryRaw(READ_MARK);
          return result;
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

type Statement = {
  readonly reader: boolean;
  run(...values: unknown[]): unknown;
  all(...values: unknown[]): unknown[];
  columns(): unknown[];
  raw(on?: boolean): Statement;
};
type Connection = { prepare(sql: string): Statement };

/** How many distinct statements a connection keeps prepared; the least recently used go first. */
export const KEPT_STATEMENTS = 500;

/**
 * A statement as the adapter uses it, with the values passed on each call: better-sqlite3
 * binds values to a statement for good (`bind` works once per statement), so a kept statement
 * is never bound itself. The adapter reads a reader's columns and then its rows; here the rows
 * are read first and kept for it. SQLite prepares a kept statement again only when it runs,
 * after another connection changed the schema, so columns read before running could be those
 * of the old schema and no longer match the rows.
 */
function withValues(statement: Statement, values: unknown[]) {
  let rows: unknown[] | undefined;
  const all = () => (rows ??= statement.raw(true).all(values));
  return {
    reader: statement.reader,
    run: () => statement.run(values),
    columns: () => {
      all();
      return statement.columns();
    },
    raw: () => ({ all }),
  };
}

/**
 * Two changes to the SQLite adapter's connection, both where it prepares its statements:
 *
 * Statements are kept and reused. The adapter (6.19) prepares every query afresh, and SQLite
 * compiles the SQL each time: 3% of the CPU of a busy intranet page. Prisma sends the same SQL
 * text for the same query shape with different values, so most queries find their statement
 * kept. Each call runs to completion synchronously (`run`, `all`), so no two uses of one
 * statement overlap; SQLite prepares a statement again by itself after a schema change (see
 * withValues for what that asks of the columns).
 *
 * Transactions take the write lock when they begin (BEGIN IMMEDIATE), not at their first write.
 * Every transaction the app opens writes, and some read first; begun deferred, such a
 * transaction fails at its first write with SQLITE_BUSY_SNAPSHOT, which no busy timeout waits
 * out, whenever another connection (a second server process, a script) committed after it
 * read. Begun immediately, it waits its turn (the busy timeout) instead. The adapter begins with
 * a plain "BEGIN" prepared on its connection, so that statement is the one changed.
 */
function reuseStatements(adapter: Adapter) {
  const connection = (adapter as unknown as { client?: Connection }).client;
  if (typeof connection?.prepare !== "function")
    throw new Error("The SQLite adapter has changed: its connection is not where it was (see reuseStatements).");
  const prepare = connection.prepare.bind(connection);
  const kept = new Map<string, Statement>();
  connection.prepare = ((sql: string) => {
    const text = sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql;
    const statement = kept.get(text) ?? prepare(text);
    // A Map keeps insertion order: moved to the end when used, the first is the least recent.
    kept.delete(text);
    kept.set(text, statement);
    if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
    return { ...withValues(statement, []), bind: (values: unknown[]) => withValues(statement, values) };
  }) as unknown as Connection["prepare"];
}

function safeAdapter(adapter: Adapter, sqliteFile: string | null): Adapter {
  if (sqliteFile) reuseStatements(adapter);
  const checked = sqliteFile ? () => assertWritable(sqliteFile) : () => undefined;
  return new Proxy(adapter, {
    get(target, property) {
      // Every transaction the app opens writes; a statement outside one is checked unless it only reads.
      if (property === "startTransaction")
        return async (...args: Parameters<Adapter["startTransaction"]>) => {
          checked();
          return safeTransaction(await target.startTransaction(...args), !!sqliteFile);
        };
      if (sqliteFile && (property === "queryRaw" || property === "executeRaw"))
        return async (query: Query) => {
          if (READS.test(query.sql)) return target[property](query);
          checked();
          const result = await target[property](query);
          await target.queryRaw(READ_MARK);
          return result;
        };
      if (sqliteFile && property === "executeScript")
        return async (script: string) => {
          checked();
          return target.executeScript(script);
        };
      return bound(target, property);
    },
  });
}

/**
 * A Prisma driver adapter factory whose transactions survive a failed COMMIT (see
 * safeTransaction); for a SQLite file, writes are also refused up front when its files cannot
 * be written (see assertWritable).
 */
export function safeAdapterFactory<F extends object>(factory: F, { sqliteFile = null }: { sqliteFile?: string | null } = {}): F {
  const file = sqliteFile === ":memory:" || sqliteFile === "" ? null : sqliteFile;
  return new Proxy(factory, {
    get(target, property) {
      if (property !== "connect") return bound(target, property);
      return async () => safeAdapter(await (target as unknown as Factory).connect(), file);
    },
  });
}
