// How `npm start` migrates a SQLite database (server/database/apply-sqlite-migrations.ts):
// recorded as Prisma Migrate records it, while other processes have the file open, waiting for
// another process's write, and saying plainly why when it cannot (issue 9, item 2).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { applySqliteMigrations, MigrationError } from "@/server/database/apply-sqlite-migrations";
import { localSqliteMigrations, SQLITE_MIGRATIONS_DIR } from "@/server/database/sqlite-migrations";

const all = localSqliteMigrations();
const newest = all.at(-1)!;
let folder: string;
const holders: ChildProcess[] = [];

afterEach(() => {
  for (const holder of holders.splice(0)) holder.kill();
  if (folder) {
    for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
      try {
        execFileSync("chattr", ["-i", path.join(folder, name)], { stdio: "ignore" });
      } catch {
        /* not made immutable */
      }
    }
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

/** A database with every migration but the newest applied, and a folder holding them all. */
function databaseWithOnePending() {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-migrate-"));
  const older = path.join(folder, "older");
  for (const name of all.slice(0, -1)) fs.cpSync(path.join(SQLITE_MIGRATIONS_DIR, name), path.join(older, name), { recursive: true });
  const file = path.join(folder, "app.db");
  applySqliteMigrations({ file, dir: older });
  return file;
}

const appliedNames = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT migration_name FROM _prisma_migrations ORDER BY migration_name").all() as { migration_name: string }[]).map(
      (r) => r.migration_name,
    );
  } finally {
    db.close();
  }
};

/** Another process with the database open: idle, inside a read transaction, or holding the write lock for `ms`. */
function holdOpen(file: string, mode: "idle" | "read" | "write", ms = 60_000): Promise<ChildProcess> {
  const script = `
    const db = new (require(${JSON.stringify(require.resolve("better-sqlite3"))}))(process.argv[1]);
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    if (process.argv[2] === "read") { db.exec("BEGIN"); db.prepare("SELECT count(*) FROM _prisma_migrations").get(); }
    if (process.argv[2] === "write") db.exec("BEGIN IMMEDIATE");
    console.log("ready");
    setTimeout(() => { if (db.inTransaction) db.exec("COMMIT"); }, Number(process.argv[3]));
    setTimeout(() => {}, 120000);`;
  const child = spawn(process.execPath, ["-e", script, file, mode, String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  holders.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`The process holding the database exited (${code})`)));
  });
}

describe.skipIf(!!process.env.TEST_POSTGRES_URL)("applying the SQLite migrations", () => {
  it("records them as Prisma Migrate does: Prisma then finds nothing to apply", () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-migrate-"));
    const file = path.join(folder, "fresh.db");
    expect(applySqliteMigrations({ file })).toEqual(all);
    expect(applySqliteMigrations({ file }), "a second run has nothing to do").toEqual([]);
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    const status = execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(status).toContain("No pending migrations to apply.");
  });

  it("applies while other processes have the database open, idle or reading", async () => {
    const file = databaseWithOnePending();
    await holdOpen(file, "idle");
    await holdOpen(file, "read");
    const started = Date.now();
    expect(applySqliteMigrations({ file })).toEqual([newest]);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(appliedNames(file)).toEqual(all);
  });

  it("waits for another process's write to finish, and says plainly when it does not, changing nothing", async () => {
    const file = databaseWithOnePending();
    const writer = await holdOpen(file, "write", 60_000);
    const error = (() => {
      try {
        applySqliteMigrations({ file, busyTimeoutMs: 500 });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toBe(
      `Could not apply the migration ${newest} to ${file}: another process kept the database locked for 0.5 s (a long write, or a sqlite3 shell or other tool inside a transaction). Close it and start again. Nothing was changed.`,
    );
    expect(appliedNames(file)).toEqual(all.slice(0, -1));
    writer.kill();
    await new Promise((resolve) => writer.once("exit", resolve));

    await holdOpen(file, "write", 1_000);
    const started = Date.now();
    expect(applySqliteMigrations({ file, busyTimeoutMs: 10_000 })).toEqual([newest]);
    expect(Date.now() - started, "waited for the writer").toBeGreaterThan(500);
  });

  it("a second process that applied the migration while this one waited for the lock: skipped, not run twice", async () => {
    const file = databaseWithOnePending();
    // The other process (a second instance starting at the same moment) applies the newest
    // migration and records it inside a write transaction it commits a second later.
    const sql = fs.readFileSync(path.join(SQLITE_MIGRATIONS_DIR, newest, "migration.sql"), "utf8");
    const script = `
      const db = new (require(${JSON.stringify(require.resolve("better-sqlite3"))}))(process.argv[1]);
      db.exec("BEGIN IMMEDIATE");
      db.exec(process.argv[2]);
      db.prepare(\`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
        VALUES (?, ?, datetime('now'), ?, NULL, NULL, datetime('now'), 1)\`).run(require("node:crypto").randomUUID(), process.argv[4], process.argv[3]);
      console.log("ready");
      setTimeout(() => { db.exec("COMMIT"); }, 1000);
      setTimeout(() => {}, 120000);`;
    const checksum = (await import("node:crypto")).createHash("sha256").update(sql).digest("hex");
    const other = spawn(process.execPath, ["-e", script, file, sql, newest, checksum], { stdio: ["ignore", "pipe", "inherit"] });
    holders.push(other);
    await new Promise((resolve, reject) => {
      other.stdout!.once("data", resolve);
      other.once("exit", (code) => reject(new Error(`The other migrating process exited (${code})`)));
    });
    expect(applySqliteMigrations({ file, busyTimeoutMs: 10_000 })).toEqual([]);
    expect(appliedNames(file)).toEqual(all);
  });

  it("a failing migration is rolled back whole and not recorded; the ones before it stay applied", () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-migrate-"));
    const dir = path.join(folder, "migrations");
    fs.cpSync(SQLITE_MIGRATIONS_DIR, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, "29990101000000_broken"));
    fs.writeFileSync(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      'CREATE TABLE "Half" (id TEXT);\nALTER TABLE "Nope" ADD COLUMN x TEXT;\n',
    );
    const file = path.join(folder, "app.db");
    expect(() => applySqliteMigrations({ file, dir })).toThrow(
      /Could not apply the migration 29990101000000_broken to .*: no such table: Nope\. The migrations before it were applied \(/,
    );
    expect(appliedNames(file)).toEqual(all);
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'Half'").all()).toEqual([]);
    db.close();
  });

  it("refuses an applied migration whose file has changed since", () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-migrate-"));
    const dir = path.join(folder, "migrations");
    fs.cpSync(SQLITE_MIGRATIONS_DIR, dir, { recursive: true });
    const file = path.join(folder, "app.db");
    applySqliteMigrations({ file, dir });
    fs.appendFileSync(path.join(dir, all[0]!, "migration.sql"), "\n-- edited\n");
    expect(() => applySqliteMigrations({ file, dir })).toThrow(`The migration ${all[0]} was changed after it was applied to ${file}.`);
  });

  it.runIf(process.getuid?.() === 0)("a database that cannot be written: a plain message, nothing changed", (context) => {
    const file = databaseWithOnePending();
    try {
      for (const suffix of ["", "-wal", "-shm"]) if (fs.existsSync(file + suffix)) execFileSync("chattr", ["+i", file + suffix]);
    } catch {
      context.skip("this file system has no immutable files (ext4 has them)");
    }
    expect(() => applySqliteMigrations({ file })).toThrow(
      new RegExp(
        `^Could not apply the migration ${newest} to .*: the database file or its folder cannot be written .*Nothing was changed\\.$`,
      ),
    );
    expect(appliedNames(file)).toEqual(all.slice(0, -1));
  });
});
