import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createPrismaClient } from "@/server/prisma-client";
import { applySqliteMigrations } from "@/server/database/apply-sqlite-migrations";
import { postgresBinDir } from "@/scripts/postgres-cluster";

const MIGRATIONS = path.resolve("prisma", "migrations");
const POSTGRES_MIGRATIONS = path.resolve("prisma", "postgresql", "migrations");
const CACHE = path.resolve("node_modules", ".cache", "scorecard-it");

/** A name that changes whenever a migration is added or edited, so a stale template is never used. */
function migrationsDigest(dir = MIGRATIONS) {
  const hash = crypto.createHash("sha256");
  for (const entry of fs.readdirSync(dir).sort()) {
    const file = dir === MIGRATIONS ? path.join(dir, entry, "migration.sql") : path.join(dir, entry);
    if (fs.existsSync(file)) hash.update(entry).update(fs.readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * A migrated, empty SQLite file, built once by the code `npm start` uses (a copy takes
 * milliseconds) and reused until the migrations change. It is in WAL mode like the app's own
 * database. Workers that race to build it each build their own and rename it into place, so a
 * reader never sees a half-built file.
 */
function templateFile() {
  const template = path.join(CACHE, `template-${migrationsDigest()}.db`);
  if (fs.existsSync(template)) return template;
  fs.mkdirSync(CACHE, { recursive: true });
  const building = fs.mkdtempSync(path.join(CACHE, "building-"));
  const file = path.join(building, "template.db");
  applySqliteMigrations({ file });
  fs.renameSync(file, template);
  fs.rmSync(building, { recursive: true, force: true });
  return template;
}

/**
 * A migrated, empty database of its own for one test: `url` (for a child process or another
 * thread), `db` (a Prisma client on it) and `dispose()`, which closes it and deletes the database.
 *
 * SQLite (a file in a temporary folder) by default. When TEST_POSTGRES_URL names a PostgreSQL
 * server (`npm run test:integration:postgres` starts a throwaway cluster and sets it), a fresh
 * database on that server instead, copied from a template migrated once by the same code
 * `npm start` uses.
 */
export function tempDatabase() {
  const server = process.env.TEST_POSTGRES_URL;
  const { url, drop } = server ? emptyPostgresDatabase(server, postgresTemplate(server)) : sqliteFile();
  const db = createPrismaClient(url);
  return {
    url,
    db,
    async dispose() {
      await db.$disconnect();
      drop();
    },
  };
}

function sqliteFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-it-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(templateFile(), file);
  return { url: `file:${file}`, drop: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Runs SQL on the server's maintenance database, synchronously (tempDatabase is synchronous). */
function admin(serverUrl: string, sql: string): string {
  const psql = path.join(postgresBinDir(), "psql");
  return execFileSync(psql, ["--no-psqlrc", "-qtA", "-v", "ON_ERROR_STOP=1", "-d", serverUrl, "-c", sql], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  }).trim();
}

function withDatabaseName(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new database on the PostgreSQL server, copied from `template` (an empty one by default), and how to drop it. */
export function emptyPostgresDatabase(serverUrl: string, template = "template1") {
  const name = `scorecard_it_${crypto.randomBytes(6).toString("hex")}`;
  admin(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return { url: withDatabaseName(serverUrl, name), drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

const postgresTemplates = new Map<string, string>();

/**
 * A database migrated by `npm run db:migrate`'s code, named after the migrations it holds and
 * copied for each test (CREATE DATABASE … TEMPLATE takes milliseconds). It is migrated under
 * a name of its own and then renamed, so parallel test processes never copy a half-migrated
 * template: the first rename wins and the others drop theirs.
 */
function postgresTemplate(serverUrl: string) {
  const known = postgresTemplates.get(serverUrl);
  if (known) return known;
  const name = `scorecard_template_${migrationsDigest(POSTGRES_MIGRATIONS)}`;
  if (admin(serverUrl, `SELECT count(*) FROM pg_database WHERE datname = '${name}'`) !== "1") {
    const building = `${name}_${process.pid}`;
    admin(serverUrl, `DROP DATABASE IF EXISTS ${building}`);
    admin(serverUrl, `CREATE DATABASE ${building}`);
    execFileSync(process.execPath, [require.resolve("tsx/cli"), "--conditions=react-server", "scripts/prepare-db.ts", "--migrate-only"], {
      env: { ...process.env, DATABASE_URL: withDatabaseName(serverUrl, building) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    try {
      admin(serverUrl, `ALTER DATABASE ${building} RENAME TO ${name}`);
    } catch {
      admin(serverUrl, `DROP DATABASE ${building}`);
    }
  }
  postgresTemplates.set(serverUrl, name);
  return name;
}

export type TempDatabase = ReturnType<typeof tempDatabase>;
