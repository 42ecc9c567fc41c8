import fs from "node:fs";
import path from "node:path";

/** The default embedded database, under data/ (ignored by git). */
export const DEFAULT_DATABASE_URL = "file:./data/scorecard.db";

/**
 * Resolves DATABASE_URL (defaulting it) and makes sure a SQLite file's folder exists,
 * because better-sqlite3 creates the file but not its directory.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  return url;
}
