// Applies pending migrations, then seeds an empty database (never one that has data).
// Used by `npm start`, `npm run dev`, `npm run db:migrate`, `npm run db:restore` and the e2e
// web server. SQLite: Prisma Migrate applies prisma/migrations, and only when something is
// pending. PostgreSQL: postgrator applies prisma/postgresql/migrations (see
// server/database/postgres-migrations.ts), and the whole of it, seed included, runs under a
// lock so instances started together take turns.
import "dotenv/config";
import { execFileSync } from "node:child_process";
import { createPrismaClient, resolveDatabaseUrl } from "@/server/prisma-client";
import { migratePostgres, withMigrationLock } from "@/server/database/postgres-migrations";
import { pendingSqliteMigrations } from "@/server/database/sqlite-migrations";
import { databaseProvider } from "@/lib/database-url";
import { seedDatabase } from "@/prisma/seed-data/seed-database";

function migrateSqlite() {
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
}

/** Runs Prisma Migrate only when a migration is pending; the check's connection is closed first. */
async function migrateSqliteIfPending(url: string) {
  const probe = createPrismaClient(url);
  const pending = await pendingSqliteMigrations((sql) => probe.$queryRawUnsafe(sql)).finally(() => probe.$disconnect());
  if (pending.length > 0) migrateSqlite();
  return pending;
}

function reportApplied(applied: string[]) {
  if (applied.length) console.log(`Applied PostgreSQL migrations: ${applied.join(", ")}`);
}

/** Applies whatever is pending, on either database; returns what was applied (or pending, on SQLite). */
export async function migrateDatabase(): Promise<string[]> {
  const url = resolveDatabaseUrl();
  if (databaseProvider(url) === "sqlite") return migrateSqliteIfPending(url);
  return withMigrationLock(url, async (client) => {
    const applied = await migratePostgres(client);
    reportApplied(applied);
    return applied;
  });
}

async function seed(url: string) {
  const db = createPrismaClient(url);
  try {
    // SQLite only: write-ahead logging lets the public site's read connection see committed
    // data while a write is in flight (see server/db.ts). Persistent in the file.
    if (databaseProvider(url) === "sqlite") await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    console.log(await seedDatabase(db, { demo: process.env.SEED_DEMO !== "false" }));
  } finally {
    await db.$disconnect();
  }
}

export async function prepareDatabase() {
  const url = resolveDatabaseUrl();
  if (databaseProvider(url) === "sqlite") {
    await migrateSqliteIfPending(url);
    return seed(url);
  }
  await withMigrationLock(url, async (client) => {
    reportApplied(await migratePostgres(client));
    await seed(url);
  });
}

if (require.main === module) {
  (process.argv.includes("--migrate-only") ? migrateDatabase() : prepareDatabase()).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
