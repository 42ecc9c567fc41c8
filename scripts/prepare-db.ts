// Applies pending migrations, then seeds an empty database (never one that has data).
// Used by `npm start`, `npm run dev` and the e2e web server.
import "dotenv/config";
import { execFileSync } from "node:child_process";
import { createPrismaClient, resolveDatabaseUrl } from "@/server/prisma-client";
import { seedDatabase } from "@/prisma/seed-data/seed-database";

export function migrateDatabase() {
  process.env.DATABASE_URL = resolveDatabaseUrl();
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
}

export async function prepareDatabase() {
  migrateDatabase();
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
