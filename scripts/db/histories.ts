// The two migration histories and the model each one leads to, for `npm run db:migration`
// and the history check (tests/integration/migration-history.test.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresMigrationFiles, POSTGRES_MIGRATIONS_DIR } from "@/server/database/postgres-migrations";
import { applySqliteMigrations } from "@/server/database/apply-sqlite-migrations";
import { prisma } from "./prisma-cli";

export const SQLITE_MIGRATIONS_DIR = path.join("prisma", "migrations");
/** The model as the PostgreSQL history leaves it: the starting point of its next migration. */
export const POSTGRES_HISTORY_SCHEMA = path.join("prisma", "postgresql", "schema.prisma");
export const POSTGRES_HISTORY_NOTE =
  "// This copy is the model as prisma/postgresql/migrations leaves it, the starting point of the\n" +
  "// next PostgreSQL migration: `npm run db:migration` rewrites it with each new migration.\n";

export type HistoryEntry = { version: number; name: string; file: string };

export function sqliteMigrations(dir = SQLITE_MIGRATIONS_DIR): HistoryEntry[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{14}_/.test(d.name))
    .map((d) => ({
      version: Number(d.name.slice(0, 14)),
      name: d.name.slice(15),
      file: path.join(dir, d.name, "migration.sql"),
    }))
    .sort((a, b) => a.version - b.version);
}

export async function postgresMigrations(dir = POSTGRES_MIGRATIONS_DIR): Promise<HistoryEntry[]> {
  return (await postgresMigrationFiles(dir)).map((m) => ({ version: m.version, name: m.name, file: m.filename }));
}

/**
 * Prisma Migrate can diff from a migrations folder only through a shadow database, which its
 * JS engine cannot set up here; so the SQLite history is applied to a throwaway file and that
 * file introspected into a schema, in a temporary folder that `dispose` removes.
 */
export function sqliteHistorySchema(): { schema: string; dispose: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-history-"));
  const url = `file:${path.join(dir, "history.db")}`;
  const schema = path.join(dir, "history.prisma");
  // As `npm start` applies it, so the check covers what installations get.
  applySqliteMigrations({ file: path.join(dir, "history.db") });
  fs.writeFileSync(schema, 'datasource db {\n  provider = "sqlite"\n  url      = env("DATABASE_URL")\n}\n');
  prisma(["db", "pull", "--schema", schema], { url, quiet: true });
  return { schema, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The SQL that takes schema `from` to schema `to` (both for one provider); "" when none. */
export function diffScript(from: string | "empty", to: string): string {
  const source = from === "empty" ? ["--from-empty"] : ["--from-schema-datamodel", from];
  const script = prisma(["migrate", "diff", ...source, "--to-schema-datamodel", to, "--script"], { quiet: true });
  return /^-- This is an empty migration\.\s*$/.test(script.trim()) ? "" : script;
}
