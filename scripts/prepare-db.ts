// Applies pending migrations, then seeds an empty database (never one that has data).
// Used by `npm start`, `npm run dev` and the e2e web server.
import "dotenv/config";
import { execFileSync } from "node:child_process";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { resolveDatabaseUrl } from "../src/lib/database-url";
import { seedDatabase } from "../prisma/seed-data/seed-database";

export function migrateDatabase() {
  process.env.DATABASE_URL = resolveDatabaseUrl();
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
}

export async function prepareDatabase() {
  migrateDatabase();
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: resolveDatabaseUrl() }) });
  try {
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
