import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createPrismaClient } from "@/server/prisma-client";

const MIGRATIONS = path.resolve("prisma", "migrations");
const CACHE = path.resolve("node_modules", ".cache", "scorecard-it");

/** A name that changes whenever a migration is added or edited, so a stale template is never used. */
function migrationsDigest() {
  const hash = crypto.createHash("sha256");
  for (const dir of fs.readdirSync(MIGRATIONS).sort()) {
    const file = path.join(MIGRATIONS, dir, "migration.sql");
    if (fs.existsSync(file)) hash.update(dir).update(fs.readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * A migrated, empty SQLite file, built once (`prisma migrate deploy` takes seconds; a copy,
 * milliseconds) and reused until the migrations change. It is in WAL mode like the app's own
 * database (scripts/prepare-db.ts). Workers that race to build it each build their own and
 * rename it into place, so a reader never sees a half-built file.
 */
function templateFile() {
  const template = path.join(CACHE, `template-${migrationsDigest()}.db`);
  if (fs.existsSync(template)) return template;
  fs.mkdirSync(CACHE, { recursive: true });
  const building = fs.mkdtempSync(path.join(CACHE, "building-"));
  const file = path.join(building, "template.db");
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "ignore",
  });
  // Switching to WAL needs no open connection but the one switching; the CLI has exited.
  execFileSync(process.execPath, ["-e", `new (require("better-sqlite3"))(${JSON.stringify(file)}).pragma("journal_mode = WAL")`]);
  fs.renameSync(file, template);
  fs.rmSync(building, { recursive: true, force: true });
  return template;
}

/**
 * A migrated, empty database of its own for one test: `url` (for a child process or another
 * thread), `db` (a Prisma client on it) and `dispose()`, which closes it and deletes the database.
 */
export function tempDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-it-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(templateFile(), file);
  const url = `file:${file}`;
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

export type TempDatabase = ReturnType<typeof tempDatabase>;
