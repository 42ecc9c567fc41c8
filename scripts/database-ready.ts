// A cheap check, before `npm start` loads Prisma: is the SQLite database already migrated,
// seeded and in WAL mode? One read-only connection and three queries (a few milliseconds),
// where preparing it anyway costs half a second or more. Any doubt (another database, a
// missing file, a table missing) answers "not ready", and the full preparation runs.
import fs from "node:fs";
import Database from "better-sqlite3";
import { sqliteFile } from "@/lib/database-url";
import { localSqliteMigrations } from "@/server/database/sqlite-migrations";

export function databaseIsReady(url: string, { demo }: { demo: boolean }): boolean {
  const file = sqliteFile(url);
  if (!file || !fs.existsSync(file)) return false;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
    const applied = new Set(
      db
        .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
        .all()
        .map((r) => (r as { migration_name: string }).migration_name),
    );
    if (localSqliteMigrations().some((m) => !applied.has(m))) return false;
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM "Measure") AS measures, (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Quarter") AS quarters`,
      )
      .get() as { measures: number; users: number; quarters: number };
    // As seedDatabase decides: the framework when there are no measures; the demo when there are no users or quarters.
    if (counts.measures === 0 || (demo && counts.users === 0 && counts.quarters === 0)) return false;
    return db.pragma("journal_mode", { simple: true }) === "wal";
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
