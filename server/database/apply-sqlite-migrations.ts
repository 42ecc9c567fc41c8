import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { localSqliteMigrations, SQLITE_MIGRATIONS_DIR } from "./sqlite-migrations";

/** A migration that could not be applied, with a message for the operator; nothing was changed. */
export class MigrationError extends Error {}

export type ApplySqliteMigrationsOptions = {
  /** The database file (created when missing). */
  file: string;
  dir?: string;
  /** How long to wait for another process's write to finish before giving up. */
  busyTimeoutMs?: number;
};

// Prisma Migrate's own history table, exactly as it creates it, so Prisma's tools
// (`prisma migrate status`, `deploy`) and this code read the same history.
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

type HistoryRow = { migration_name: string; checksum: string; finished_at: string | null; rolled_back_at: string | null };

const timestamp = () => new Date().toISOString().replace("Z", "+00:00");

function plainly(error: unknown, file: string, doing: string, waitedMs: number, applied: string[] = []): MigrationError {
  const code = (error as { code?: string }).code ?? "";
  const reason = code.startsWith("SQLITE_BUSY")
    ? `another process kept the database locked for ${waitedMs / 1000} s (a long write, or a sqlite3 shell or other tool inside a transaction). Close it and start again`
    : code.startsWith("SQLITE_READONLY") || code === "SQLITE_CANTOPEN" || code === "SQLITE_PERM"
      ? `the database file or its folder cannot be written (read-only, or owned by another user): ${(error as Error).message}`
      : code === "SQLITE_FULL"
        ? "the disk holding the database is full"
        : (error as Error).message;
  const changed = applied.length
    ? `The migrations before it were applied (${applied.join(", ")}); this one changed nothing.`
    : "Nothing was changed.";
  return new MigrationError(`Could not ${doing} ${file}: ${reason}. ${changed}`, { cause: error });
}

/**
 * Applies the SQLite migrations (prisma/migrations, written by Prisma) that the database has
 * not applied, recording each in Prisma's history table as Prisma Migrate does. Not Prisma
 * Migrate itself: its engine takes SQLite's exclusive locking mode, so it fails (after a
 * timeout, with "unknown variant SocketTimeout") whenever any other process has the file open
 * (a running server, a `sqlite3` shell, a backup), even an idle reader. Here each migration is
 * one ordinary write transaction, with its history row: readers carry on, a writer is waited
 * for (busy timeout), and a migration that fails leaves nothing behind. Foreign keys are off
 * while a migration runs (Prisma's table rebuilds drop and recreate tables, which must not
 * cascade) and checked before it commits. Refuses a history with a failed migration or an
 * applied migration whose file has changed since. Returns the names applied.
 */
export function applySqliteMigrations({
  file,
  dir = SQLITE_MIGRATIONS_DIR,
  busyTimeoutMs = 15_000,
}: ApplySqliteMigrationsOptions): string[] {
  let db: Database.Database;
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { timeout: busyTimeoutMs });
  } catch (error) {
    throw plainly(error, file, "open", busyTimeoutMs);
  }
  const applied: string[] = [];
  try {
    let step = "read the migration history of";
    try {
      // Write-ahead logging (see scripts/prepare-db.ts); switching needs the file to itself, so
      // when another process has it open the switch waits for a later start.
      if (db.pragma("journal_mode", { simple: true }) !== "wal") {
        try {
          db.pragma("journal_mode = WAL");
        } catch {
          /* kept as it is for now */
        }
      }
      db.pragma("foreign_keys = OFF");
      // Only when missing: a read-only database with nothing to apply must not fail here.
      if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get()) db.exec(HISTORY_TABLE);
      const history = db
        .prepare("SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations")
        .all() as HistoryRow[];
      const failed = history.find((row) => !row.finished_at && !row.rolled_back_at);
      if (failed)
        throw new MigrationError(
          `The migration ${failed.migration_name} failed part-way earlier (by Prisma Migrate). Repair the database, then mark it with npx prisma migrate resolve.`,
        );
      const done = new Map(
        history.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => [row.migration_name, row.checksum]),
      );
      for (const name of localSqliteMigrations(dir)) {
        const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
        const checksum = crypto.createHash("sha256").update(sql).digest("hex");
        const known = done.get(name);
        if (known !== undefined) {
          if (known !== checksum)
            throw new MigrationError(`The migration ${name} was changed after it was applied to ${file}. Restore its file as it was.`);
          continue;
        }
        step = `apply the migration ${name} to`;
        const startedAt = timestamp();
        db.exec("BEGIN IMMEDIATE");
        try {
          // Another process starting at the same time (a second instance on this file) may have
          // applied it while this one waited for the write lock: read the history again under it.
          const meanwhile = db
            .prepare("SELECT 1 FROM _prisma_migrations WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL")
            .get(name);
          if (meanwhile) {
            db.exec("ROLLBACK");
            continue;
          }
          db.exec(sql);
          const broken = db.pragma("foreign_key_check") as unknown[];
          if (broken.length) throw new MigrationError(`the migration ${name} leaves ${broken.length} rows with a missing parent`);
          db.prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
          ).run(crypto.randomUUID(), checksum, timestamp(), name, startedAt);
          db.exec("COMMIT");
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
        applied.push(name);
      }
    } catch (error) {
      if (error instanceof MigrationError) throw error;
      throw plainly(error, file, step, busyTimeoutMs, applied);
    }
  } finally {
    db.close();
  }
  return applied;
}
