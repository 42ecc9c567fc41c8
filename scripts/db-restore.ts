// npm run db:restore -- FILE: puts a backup (from db:backup) back as the live database, safe
// while the app runs. SQLite: the online backup API copies the file into the live database
// through a connection of its own, under SQLite's locks, so running instances see the restored
// database at their next query (no restart, no stale connection on a replaced file).
// PostgreSQL: pg_restore and psql replace the tables in one transaction
// (scripts/postgres-backup.ts). Then any migration the backup predates is applied, and a full
// regeneration of the public site is recorded: every instance serves exactly what the restored
// database holds within a second.
import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseProvider, sqliteFile } from "@/lib/database-url";
import { createPrismaClient, resolveDatabaseUrl } from "@/server/prisma-client";
import { restorePostgres } from "./postgres-backup";
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

async function restoreSqlite(backup: string, live: string) {
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
}

/** The running servers' entries (server-registry.ts), to carry over into the restored database. */
async function runningServers(url: string) {
  const client = createPrismaClient(url);
  try {
    return await client.publicSiteServer.findMany();
  } catch {
    return []; // A database from before the registry existed.
  } finally {
    await client.$disconnect();
  }
}

export async function restoreDatabase(backup: string, url = resolveDatabaseUrl()) {
  const servers = await runningServers(url);
  if (databaseProvider(url) === "postgresql") await restorePostgres(url, backup);
  else await restoreSqlite(backup, path.resolve(sqliteFile(url)!));
  // A backup from an older version: bring its schema up to this one.
  await migrateDatabase();
  const client = createPrismaClient(url);
  try {
    await client.$transaction([
      // A build claim copied from the backup belongs to no running instance; the servers
      // running now are the ones registered (so the newest keeps leading, see server-registry.ts).
      client.publicSite.updateMany({ data: { claimedBy: null, claimedUntil: null } }),
      client.publicSiteServer.deleteMany(),
      client.publicSiteServer.createMany({ data: servers }),
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
  const url = resolveDatabaseUrl();
  restoreDatabase(path.resolve(file), url)
    .then(() =>
      console.log(
        `Restored ${path.resolve(file)} into ${databaseProvider(url) === "postgresql" ? "the PostgreSQL database" : sqliteFile(url)}.`,
      ),
    )
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
