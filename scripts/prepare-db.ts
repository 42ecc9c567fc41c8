// Applies pending migrations, then seeds an empty database (never one that has data).
// Used by `npm start`, `npm run dev`, `npm run db:migrate` and the e2e web server.
// SQLite: Prisma Migrate applies prisma/migrations. PostgreSQL: postgrator applies
// prisma/postgresql/migrations (see server/database/postgres-migrations.ts), and the whole of
// it, seed included, runs under a lock so instances started together take turns.
import "dotenv/config";
import { execFileSync } from "node:child_process";
import { createPrismaClient, resolveDatabaseUrl } from "@/server/prisma-client";
import { migratePostgres, withMigrationLock } from "@/server/database/postgres-migrations";
import { databaseProvider } from "@/lib/database-url";
import { seedDatabase } from "@/prisma/seed-data/seed-database";

function migrateSqlite() {
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
}

function reportApplied(applied: string[]) {
  if (applied.length) console.log(`Applied PostgreSQL migrations: ${applied.join(", ")}`);
}

export async function migrateDatabase() {
  const url = resolveDatabaseUrl();
  if (databaseProvider(url) === "sqlite") return migrateSqlite();
  await withMigrationLock(url, async (client) => reportApplied(await migratePostgres(client)));
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
    migrateSqlite();
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
