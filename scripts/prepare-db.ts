// Applies pending migrations, then seeds an empty database (never one that has data).
// Used by `npm start`, `npm run dev` and the e2e web server.
import "dotenv/config";
import { execFileSync } from "node:child_process";
import { createPrismaClient, resolveDatabaseUrl, type DbClient } from "@/server/prisma-client";
import { seedDatabase } from "@/prisma/seed-data/seed-database";
import { localMigrations } from "./database-ready";

/**
 * Migrations in prisma/migrations that the database has not completed, read from Prisma's own
 * history table: one query, where `prisma migrate deploy` costs a second or more to start (and
 * cannot run while another process holds the SQLite file). All of them when there is no history.
 */
export async function pendingMigrations(db: DbClient): Promise<string[]> {
  const local = localMigrations();
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return local.filter((name) => !applied.has(name));
  } catch {
    return local;
  }
}

export function migrateDatabase() {
  process.env.DATABASE_URL = resolveDatabaseUrl();
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
}

/** Applies pending migrations, if any; the check's connection is closed before migrating. */
export async function migrateIfPending() {
  const probe = createPrismaClient();
  const pending = await pendingMigrations(probe).finally(() => probe.$disconnect());
  if (pending.length > 0) migrateDatabase();
  return pending;
}

export async function prepareDatabase() {
  await migrateIfPending();
  const db = createPrismaClient();
  try {
    // SQLite only: write-ahead logging lets the public site's read connection see committed
    // data while a write is in flight (see server/db.ts). Persistent in the file.
    if (resolveDatabaseUrl().startsWith("file:")) await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    const outcome = await seedDatabase(db, { demo: process.env.SEED_DEMO !== "false" });
    console.log(outcome);
  } finally {
    await db.$disconnect();
  }
}

if (require.main === module) {
  prepareDatabase().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
