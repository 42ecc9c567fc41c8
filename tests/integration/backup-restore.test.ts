// npm run db:backup and db:restore, run as the operator runs them, on the database the suite
// runs on: a SQLite file, or (npm run test:integration:postgres) a PostgreSQL database on the
// throwaway cluster, through pg_dump, pg_restore and psql.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/database-url";
import { tempDatabase, type TempDatabase } from "./temp-db";

let current: TempDatabase | undefined;
let folder: string | undefined;
afterEach(async () => {
  await current?.dispose();
  current = undefined;
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

const tsx = path.resolve("node_modules/.bin/tsx");

function script(name: "db-backup" | "db-restore", args: string[], env: Record<string, string>) {
  return spawnSync(tsx, ["--conditions=react-server", `scripts/${name}.ts`, ...args], {
    env: { ...process.env, NODE_OPTIONS: "", ...env },
    encoding: "utf8",
  });
}

const addUser = (db: TempDatabase["db"], email: string) => db.user.create({ data: { email, name: email, passwordHash: "x" } });
const emails = async (db: TempDatabase["db"]) =>
  (await db.user.findMany({ select: { email: true }, orderBy: { email: "asc" } })).map((u) => u.email);

describe("db:backup and db:restore", () => {
  it("restore brings back exactly what was backed up, keeps the running servers registered and regenerates the public site", async () => {
    current = tempDatabase();
    const { db, url } = current;
    const postgres = databaseProvider(url) === "postgresql";
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-backup-"));
    const file = path.join(folder, postgres ? "before.dump" : "before.db");
    await addUser(db, "kept@example.test");

    const backup = script("db-backup", [file], { DATABASE_URL: url });
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`Backed up the database to ${file}`);
    expect(script("db-backup", [file], { DATABASE_URL: url }).stderr, "never over an existing file").toContain("already exists");

    // After the backup: a new user, a table a later version might have added, and a running server.
    await addUser(db, "later@example.test");
    await db.$executeRawUnsafe(`CREATE TABLE "AddedLater" (id INTEGER PRIMARY KEY)`);
    const server = { id: "running-server", renderer: "r1", startedAt: new Date(), seenAt: new Date(), servedToken: "t1" };
    await db.publicSiteServer.create({ data: server });
    const changesBefore = await db.publicSiteChange.count();

    const restore = script("db-restore", [file], { DATABASE_URL: url });
    expect(restore.status, restore.stderr).toBe(0);
    expect(await emails(db)).toEqual(["kept@example.test"]);
    const tables = postgres
      ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename::text AS name FROM pg_tables WHERE tablename = 'AddedLater'`)
      : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE name = 'AddedLater'`);
    expect(tables, "nothing made after the backup survives").toEqual([]);
    expect(await db.publicSiteServer.findMany()).toEqual([server]);
    const latest = await db.publicSiteChange.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(latest.slug, "a full regeneration is recorded").toBeNull();
    expect(await db.publicSiteChange.count()).toBe(changesBefore + 1);
  });

  it("a damaged backup is refused and the database is left as it was", async () => {
    current = tempDatabase();
    const { db, url } = current;
    const postgres = databaseProvider(url) === "postgresql";
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-backup-"));
    const file = path.join(folder, "whole");
    await addUser(db, "before@example.test");
    expect(script("db-backup", [file], { DATABASE_URL: url }).status).toBe(0);
    await addUser(db, "after@example.test");

    // Cut short: on PostgreSQL its table of contents (at the start) still reads, and the data runs out at the end.
    const cut = path.join(folder, "cut");
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(cut, bytes.subarray(0, postgres ? bytes.length - 64 : bytes.length / 2));
    const restore = script("db-restore", [cut], { DATABASE_URL: url });
    expect(restore.status).toBe(1);
    expect(restore.stderr).toMatch(postgres ? /rolled back; the database is unchanged/ : /malformed|not a database|integrity/i);
    expect(await emails(db)).toEqual(["after@example.test", "before@example.test"]);

    const notABackup = path.join(folder, "notes.txt");
    fs.writeFileSync(notABackup, "not a backup");
    const refused = script("db-restore", [notABackup], { DATABASE_URL: url });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(postgres ? /is not a PostgreSQL backup made by npm run db:backup/ : /not a database/);
  });

  it.runIf(process.env.TEST_POSTGRES_URL)("on PostgreSQL, says what to install when pg_dump is missing", () => {
    current = tempDatabase();
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "scorecard-no-tools-"));
    folder = empty;
    const run = script("db-backup", [path.join(empty, "x.dump")], { DATABASE_URL: current.url, PG_BIN: empty });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("pg_dump is not in PG_BIN");
    expect(run.stderr).toContain("sudo apt-get install -y postgresql-client");
    expect(fs.existsSync(path.join(empty, "x.dump"))).toBe(false);
  });
});
