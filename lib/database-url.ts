/** The default embedded database, under data/ (ignored by git). */
export const DEFAULT_DATABASE_URL = "file:./data/scorecard.db";

export type DatabaseProvider = "sqlite" | "postgresql";

/** DATABASE_URL from the given environment, or the embedded default. */
export function databaseUrl(env: Readonly<Record<string, string | undefined>>): string {
  return env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/**
 * Which database a URL selects: `file:` is the embedded SQLite file, `postgresql://` (or
 * `postgres://`) a PostgreSQL server. Anything else is refused with the two forms spelled out,
 * rather than failing later inside a driver.
 */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must be a SQLite file (file:./data/scorecard.db) or a PostgreSQL server (postgresql://user:password@host:5432/database); got "${url.split(":")[0]}:…".`,
  );
}

/** The SQLite file a `file:` URL names, or null for any other database. */
export function sqliteFile(url: string): string | null {
  return url.startsWith("file:") ? url.slice("file:".length) : null;
}
