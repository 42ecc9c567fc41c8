// The SQLite file DATABASE_URL names, for the backup and restore scripts, which work on the
// file itself. Other databases have their own tools (see README, "Backups").
import path from "node:path";
import { databaseUrl, sqliteFile } from "@/lib/database-url";

export function liveSqliteFile(env: NodeJS.ProcessEnv = process.env): string {
  const url = databaseUrl(env);
  const file = sqliteFile(url);
  if (!file) {
    console.error(
      `DATABASE_URL is not a SQLite file (${url.split(":")[0]}:…). For PostgreSQL use pg_dump --format=custom to back up ` +
        "and pg_restore --clean --if-exists --single-transaction to restore (see README, Backups).",
    );
    process.exit(2);
  }
  return path.resolve(file);
}
