import "server-only";
import path from "node:path";
import pg from "pg";
import Postgrator from "postgrator";

/**
 * The PostgreSQL migration history: plain SQL files named `<timestamp>.do.<name>.sql`, applied
 * by postgrator, which records each one (version, name, MD5 of the file, time) in the
 * `schemaversion` table and refuses to run when an applied file no longer matches its MD5.
 * Prisma Migrate cannot apply them itself offline: its JS schema engine fails on a real
 * server through @prisma/adapter-pg (prisma/orm#27403). See README, "Running on PostgreSQL".
 */
export const POSTGRES_MIGRATIONS_DIR = path.join("prisma", "postgresql", "migrations");
export const POSTGRES_MIGRATIONS_TABLE = "schemaversion";

/** Every instance runs migrations (and the seed) under this session lock, one at a time. */
const LOCK_KEY = 7_302_118_410;

function migrator(client: pg.ClientBase | null, dir: string, currentSchema?: string) {
  return new Postgrator({
    migrationPattern: `${dir.split(path.sep).join("/")}/*.sql`,
    driver: "pg",
    schemaTable: POSTGRES_MIGRATIONS_TABLE,
    currentSchema,
    // The checksum ignores line endings, so a Windows checkout does not look "modified".
    newline: "LF",
    execQuery: async (query) => {
      if (!client) throw new Error("No connection: this migrator only reads the migration files.");
      return client.query(query);
    },
  });
}

/** The migration files, as `<version>.do.<name>.sql`, in the order they apply. */
export async function postgresMigrationFiles(dir = POSTGRES_MIGRATIONS_DIR) {
  const files = await migrator(null, dir).getMigrations();
  return files.filter((m) => m.action === "do").sort((a, b) => a.version - b.version);
}

/** Versions recorded as applied (none when the table does not exist yet). */
export async function appliedPostgresVersions(query: (sql: string) => Promise<{ version: unknown }[]>): Promise<number[]> {
  const [exists] = (await query(`SELECT to_regclass('${POSTGRES_MIGRATIONS_TABLE}') IS NOT NULL AS version`)) as { version: boolean }[];
  if (!exists?.version) return [];
  const rows = await query(`SELECT version FROM ${POSTGRES_MIGRATIONS_TABLE} WHERE version > 0`);
  return rows.map((r) => Number(r.version));
}

/** Names of migration files not yet applied, oldest first. */
export async function pendingPostgresMigrations(query: (sql: string) => Promise<{ version: unknown }[]>, dir = POSTGRES_MIGRATIONS_DIR) {
  const applied = new Set(await appliedPostgresVersions(query));
  return (await postgresMigrationFiles(dir)).filter((m) => !applied.has(m.version)).map((m) => path.basename(m.filename));
}

/**
 * postgrator applies only versions above the newest applied one, so a migration merged with
 * an older timestamp than one already applied would be skipped without a word; and it does not
 * notice an applied file that was deleted. Both are refused here instead.
 */
async function assertHistoryIntact(client: pg.ClientBase, dir: string) {
  const files = await postgresMigrationFiles(dir);
  const applied = await appliedPostgresVersions(async (sql) => (await client.query(sql)).rows);
  const newest = Math.max(0, ...applied);
  const skipped = files.filter((m) => m.version < newest && !applied.includes(m.version));
  if (skipped.length)
    throw new Error(
      `PostgreSQL migration ${skipped.map((m) => path.basename(m.filename)).join(", ")} is older than ${newest}, which is already applied. ` +
        "Give it a newer timestamp (npm run db:migration writes them in order).",
    );
  const missing = applied.filter((v) => !files.some((m) => m.version === v));
  if (missing.length) throw new Error(`Applied PostgreSQL migration ${missing.join(", ")} is missing from ${dir}.`);
}

/**
 * Applies every pending migration in one transaction (PostgreSQL DDL is transactional, so a
 * failure leaves the database as it was), on a connection that holds the migration lock.
 * Returns the files applied; an up-to-date database gets none.
 */
export async function migratePostgres(client: pg.ClientBase, dir = POSTGRES_MIGRATIONS_DIR): Promise<string[]> {
  const schema = (await client.query<{ schema: string }>("SELECT current_schema() AS schema")).rows[0]!.schema;
  await client.query("BEGIN");
  try {
    await assertHistoryIntact(client, dir);
    const applied = await migrator(client, dir, schema).migrate();
    await client.query("COMMIT");
    return applied.map((m) => path.basename(m.filename));
  } catch (error) {
    await client.query("ROLLBACK");
    const modified = error instanceof Error && /MD5 checksum failed for migration \[(\d+)\]/.exec(error.message);
    if (modified)
      throw new Error(
        `PostgreSQL migration ${modified[1]} in ${dir} was changed after it was applied (it no longer matches the MD5 recorded in ${POSTGRES_MIGRATIONS_TABLE}). ` +
          "Restore it as it was, and put the change in a new migration (npm run db:migration).",
        { cause: error },
      );
    throw error;
  }
}

/**
 * Runs fn on a connection holding the migration lock (a session advisory lock), so instances
 * started together migrate and seed one after the other: the first does the work, the others
 * find it done.
 */
export async function withMigrationLock<T>(url: string, fn: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    return await fn(client);
  } finally {
    await client.end();
  }
}
