// npm run db:backup [-- FILE]: a consistent copy of the live database, safe while the app runs.
// SQLite: VACUUM INTO copies one read snapshot (writers carry on; nothing half-written is
// copied) into a new, compacted file; the copy is then checked before it is reported. Default
// FILE: data/backups/scorecard-<UTC timestamp>.db. PostgreSQL: pg_dump's custom format (see
// scripts/postgres-backup.ts), default data/backups/scorecard-<UTC timestamp>.dump.
import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseProvider, databaseUrl, sqliteFile } from "@/lib/database-url";
import { backupPostgres } from "./postgres-backup";

export function backupDatabase(source: string, target: string) {
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source}.`);
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare("VACUUM INTO ?").run(target);
  } finally {
    db.close();
  }
  const copy = new Database(target, { readonly: true });
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`The backup at ${target} failed its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return { target, bytes: fs.statSync(target).size };
}

async function main() {
  const url = databaseUrl(process.env);
  const postgres = databaseProvider(url) === "postgresql";
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = path.resolve(process.argv[2] ?? path.join("data", "backups", `scorecard-${stamp}.${postgres ? "dump" : "db"}`));
  const { bytes } = postgres ? await backupPostgres(url, target) : backupDatabase(path.resolve(sqliteFile(url)!), target);
  console.log(`Backed up the database to ${target} (${Math.round(bytes / 1024)} KB).`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
