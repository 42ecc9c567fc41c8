// Applies pending migrations, then seeds an empty database (never one that has data).
// Used by `npm start`, `npm run dev`, `npm run db:migrate`, `npm run db:restore` and the e2e
// web server. SQLite: prisma/migrations are applied in ordinary write transactions, recorded
// as Prisma Migrate records them, while other processes keep the file open (see
// server/database/apply-sqlite-migrations.ts). PostgreSQL: postgrator applies prisma/postgresql/migrations (see
// server/database/postgres-migrations.ts), and the whole of it, seed included, runs under a
// lock so instances started together take turns.
import "dotenv/config";
import { createPrismaClient, resolveDatabaseUrl } from "@/server/prisma-client";
import { migratePostgres, withMigrationLock } from "@/server/database/postgres-migrations";
import { applySqliteMigrations, MigrationError } from "@/server/database/apply-sqlite-migrations";
import { databaseProvider, sqliteFile } from "@/lib/database-url";
import { seedDatabase } from "@/prisma/seed-data/seed-database";

function migrateSqlite(url: string) {
  const applied = applySqliteMigrations({ file: sqliteFile(url)! });
  if (applied.length) console.log(`Applied SQLite migrations: ${applied.join(", ")}`);
  return applied;
}

function reportApplied(applied: string[]) {
  if (applied.length) console.log(`Applied PostgreSQL migrations: ${applied.join(", ")}`);
}

/** Applies whatever is pending, on either database; returns what was applied. */
export async function migrateDatabase(): Promise<string[]> {
  const url = resolveDatabaseUrl();
  if (databaseProvider(url) === "sqlite") return migrateSqlite(url);
  return withMigrationLock(url, async (client) => {
    const applied = await migratePostgres(client);
    reportApplied(applied);
    return applied;
  });
}

async function seed(url: string) {
  const db = createPrismaClient(url);
  try {
    console.log(await seedDatabase(db, { demo: process.env.SEED_DEMO !== "false" }));
  } finally {
    await db.$disconnect();
  }
}

export async function prepareDatabase() {
  const url = resolveDatabaseUrl();
  if (databaseProvider(url) === "sqlite") {
    migrateSqlite(url);
    return seed(url);
  }
  await withMigrationLock(url, async (client) => {
    reportApplied(await migratePostgres(client));
    await seed(url);
  });
}

if (require.main === module) {
  (process.argv.includes("--migrate-only") ? migrateDatabase() : prepareDatabase()).catch((error) => {
    console.error(error instanceof MigrationError ? error.message : error);
    process.exit(1);
  });
}
