import "server-only";
import fs from "node:fs";
import path from "node:path";

/** The SQLite migration history Prisma Migrate applies. */
// Relative to the working directory, as Prisma resolves it (npm start runs from the repository root).
export const SQLITE_MIGRATIONS_DIR = path.resolve("prisma", "migrations");

export function localSqliteMigrations(dir = SQLITE_MIGRATIONS_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{14}_/.test(d.name))
    .map((d) => d.name)
    .sort();
}

type Query = <T>(sql: string) => Promise<T[]>;

/**
 * Migrations the database has not completed, read from Prisma's own history table in one
 * query (where `prisma migrate deploy` costs a second or more to start, and cannot run while
 * another process holds the SQLite file). All of them when there is no history yet.
 */
export async function pendingSqliteMigrations(query: Query): Promise<string[]> {
  const local = localSqliteMigrations();
  const [table] = await query<{ n: number }>(
    "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'",
  );
  if (!Number(table?.n)) return local;
  const applied = await query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const done = new Set(applied.map((row) => row.migration_name));
  return local.filter((name) => !done.has(name));
}
