// npm run db:restore -- FILE: puts a backup (from db:backup) back as the live SQLite database,
// safe while the app runs. SQLite's online backup API copies the file into the live database
// through a connection of its own, under SQLite's locks, so running instances see the restored
// database at their next query (no restart, no stale connection on a replaced file). Then any
// migration the backup predates is applied, and a full regeneration of the public site is
// recorded: every instance serves exactly what the restored database holds within a second.
import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient } from "@/server/prisma-client";
import { liveSqliteFile } from "./sqlite-file";
import { migrateDatabase } from "./prepare-db";

function checkBackup(file: string) {
  if (!fs.existsSync(file)) throw new Error(`There is no backup at ${file}.`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`${file} failed its integrity check: ${String(check)}`);
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) throw new Error(`${file} is not a Scorecard database (it has no migration history).`);
  } finally {
    db.close();
  }
}

export async function restoreDatabase(backup: string, live: string) {
  checkBackup(backup);
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(live);
  } finally {
    source.close();
  }
  const db = new Database(live, { timeout: 10_000 });
  try {
    // Keep write-ahead logging on the live database (see scripts/prepare-db.ts).
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
  // A backup from an older version: bring its schema up to this one.
  await migrateDatabase();
  const client = createPrismaClient(`file:${live}`);
  try {
    await client.$transaction([
      // A build claim copied from the backup belongs to no running instance.
      client.publicSite.updateMany({ data: { claimedBy: null, claimedUntil: null } }),
      client.publicSiteChange.create({ data: { slug: null } }),
    ]);
  } finally {
    await client.$disconnect();
  }
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run db:restore -- FILE   (a backup made by npm run db:backup)");
    process.exit(2);
  }
  const live = liveSqliteFile();
  restoreDatabase(path.resolve(file), live)
    .then(() => console.log(`Restored ${path.resolve(file)} into ${live}.`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
