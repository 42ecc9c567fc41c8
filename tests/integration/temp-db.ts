import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createPrismaClient } from "@/server/prisma-client";
import { postgresBinDir } from "@/scripts/postgres-cluster";

export type TempDatabase = { url: string; db: ReturnType<typeof createPrismaClient>; dispose: () => Promise<void> };

/**
 * A migrated, empty database of its own, for integration tests. SQLite (a file in a temporary
 * folder) by default; a fresh database on a PostgreSQL server when TEST_POSTGRES_URL names one
 * (`npm run test:integration:postgres` starts a throwaway cluster and sets it). Either way the
 * migrations are applied once per test process, by the same code `npm start` uses, into a
 * template that each database is copied from.
 */
export function tempDatabase(): TempDatabase {
  return process.env.TEST_POSTGRES_URL ? postgresDatabase(process.env.TEST_POSTGRES_URL) : sqliteDatabase();
}

const migrate = (url: string) =>
  execFileSync(process.execPath, [require.resolve("tsx/cli"), "--conditions=react-server", "scripts/prepare-db.ts", "--migrate-only"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });

let sqliteTemplate: string | undefined;

function sqliteDatabase(): TempDatabase {
  if (!sqliteTemplate) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-it-template-"));
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
    migrate(`file:${path.join(dir, "template.db")}`);
    sqliteTemplate = path.join(dir, "template.db");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-it-"));
  fs.copyFileSync(sqliteTemplate, path.join(dir, "test.db"));
  const url = `file:${path.join(dir, "test.db")}`;
  const db = createPrismaClient(url);
  return {
    url,
    db,
    async dispose() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function withDatabaseName(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs SQL on the server's maintenance database, synchronously (tempDatabase is synchronous). */
function admin(serverUrl: string, sql: string): string {
  const psql = path.join(postgresBinDir(), "psql");
  return execFileSync(psql, ["--no-psqlrc", "-qtA", "-v", "ON_ERROR_STOP=1", "-d", serverUrl, "-c", sql], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  }).trim();
}

let postgresTemplate: string | undefined;

/**
 * The template is named after a hash of the migration files, so a changed history gets a new
 * one. It is migrated under a name of its own and then renamed, so that parallel test
 * processes never copy a half-migrated template: the first rename wins, the others drop theirs.
 */
function ensurePostgresTemplate(serverUrl: string) {
  const dir = path.join("prisma", "postgresql", "migrations");
  const hash = crypto.createHash("sha256");
  for (const file of fs.readdirSync(dir).sort()) hash.update(file).update(fs.readFileSync(path.join(dir, file)));
  const name = `scorecard_template_${hash.digest("hex").slice(0, 12)}`;
  if (admin(serverUrl, `SELECT count(*) FROM pg_database WHERE datname = '${name}'`) === "1") return name;
  const building = `${name}_${process.pid}`;
  admin(serverUrl, `DROP DATABASE IF EXISTS ${building}`);
  admin(serverUrl, `CREATE DATABASE ${building}`);
  migrate(withDatabaseName(serverUrl, building));
  try {
    admin(serverUrl, `ALTER DATABASE ${building} RENAME TO ${name}`);
  } catch {
    admin(serverUrl, `DROP DATABASE ${building}`);
  }
  return name;
}

/** A new, empty database on the PostgreSQL server (no migrations), and how to drop it. */
export function emptyPostgresDatabase(serverUrl: string, template = "template1") {
  const name = `scorecard_it_${crypto.randomBytes(6).toString("hex")}`;
  admin(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return { url: withDatabaseName(serverUrl, name), drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function postgresDatabase(serverUrl: string): TempDatabase {
  postgresTemplate ??= ensurePostgresTemplate(serverUrl);
  const { url, drop } = emptyPostgresDatabase(serverUrl, postgresTemplate);
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
