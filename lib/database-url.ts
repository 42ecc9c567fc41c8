/** The default embedded database, under data/ (ignored by git). */
export const DEFAULT_DATABASE_URL = "file:./data/scorecard.db";

/** DATABASE_URL from the given environment, or the embedded default. */
export function databaseUrl(env: Readonly<Record<string, string | undefined>>): string {
  return env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** The SQLite file a `file:` URL names, or null for any other database. */
export function sqliteFile(url: string): string | null {
  return url.startsWith("file:") ? url.slice("file:".length) : null;
}
